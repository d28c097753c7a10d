<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HtmlSummary</name>
    <message>
        <location filename="../app/gui/headless_run.cpp" line="76"/>
        <source>Mieruka survey summary</source>
        <translation>Mieruka survey summary</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="61"/>
        <source>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</source>
        <translation>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="65"/>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="67"/>
        <source>pcap, pcapng, .gz files or folders of them.</source>
        <translation>pcap, pcapng, .gz files or folders of them.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="70"/>
        <source>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</source>
        <translation>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="74"/>
        <source>Write the JSON export (docs/json-schema.md); - for stdout.</source>
        <translation>Write the JSON export (docs/json-schema.md); - for stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="77"/>
        <source>Write the asset ledger as CSV (UTF-8 with BOM).</source>
        <translation>Write the asset ledger as CSV (UTF-8 with BOM).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="80"/>
        <source>Write an HTML summary.</source>
        <translation>Write an HTML summary.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="82"/>
        <source>No progress output.</source>
        <translation>No progress output.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="84"/>
        <source>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</source>
        <translation>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="88"/>
        <source>Also classify and count every industrial request (read, write, PLC stop, download…); slower import.</source>
        <translation>Also classify and count every industrial request (read, write, PLC stop, download…); slower import.</translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <location filename="../app/gui/headless_run.cpp" line="79"/>
        <source>no display: wrote %1 hosts, %2 frames to %3 (assets.csv, analysis.json, summary.html; survey %4)</source>
        <translation>no display: wrote %1 hosts, %2 frames to %3 (assets.csv, analysis.json, summary.html; survey %4)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Passive OT network assessment.</source>
        <translation>Passive OT network assessment.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Survey file to open or create.</source>
        <translation>Survey file to open or create.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Without a display: folder for the exports (default ./out).</source>
        <translation>Without a display: folder for the exports (default ./out).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Capture files or folders to import.</source>
        <translation>Capture files or folders to import.</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::EvidenceModel</name>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="71"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="72"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="73"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="74"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="75"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="76"/>
        <source>Capture file</source>
        <translation>Capture file</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="77"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="78"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ImportWorker</name>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="39"/>
        <source>Checking files</source>
        <translation>Checking files</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="39"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="40"/>
        <source>%1: %2 frames (%3 frames/s)</source>
        <translation>%1: %2 frames (%3 frames/s)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::LedgerModel</name>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="47"/>
        <source>PLC / controller</source>
        <translation>PLC / controller</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="49"/>
        <source>HMI</source>
        <translation>HMI</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="51"/>
        <source>Engineering workstation</source>
        <translation>Engineering workstation</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="53"/>
        <source>Historian</source>
        <translation>Historian</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="55"/>
        <source>SCADA server</source>
        <translation>SCADA server</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="57"/>
        <source>Windows PC</source>
        <translation>Windows PC</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="59"/>
        <source>Windows server</source>
        <translation>Windows server</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="61"/>
        <source>Linux server</source>
        <translation>Linux server</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="63"/>
        <source>Network device</source>
        <translation>Network device</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="65"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="67"/>
        <source>IoT device / camera</source>
        <translation>IoT device / camera</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="68"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="109"/>
        <source>%1 (end of life)</source>
        <translation>%1 (end of life)</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="143"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="144"/>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="145"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="146"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="147"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="148"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="149"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="150"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="151"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="152"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="153"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="154"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="155"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="156"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="37"/>
        <source>Mieruka</source>
        <translation>Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="51"/>
        <source>Search IP, MAC, vendor, protocol…</source>
        <translation>Search IP, MAC, vendor, protocol…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="99"/>
        <source>&amp;New survey…</source>
        <translation>&amp;New survey…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="100"/>
        <source>&amp;Open survey…</source>
        <translation>&amp;Open survey…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="102"/>
        <source>&amp;Import capture files…</source>
        <translation>&amp;Import capture files…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="102"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Import capture &amp;folder…</source>
        <translation>Import capture &amp;folder…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="105"/>
        <source>Export ledger as &amp;CSV…</source>
        <translation>Export ledger as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="122"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="122"/>
        <source>The new language applies when Mieruka starts next time.</source>
        <translation>The new language applies when Mieruka starts next time.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka surveys (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="130"/>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <source>Open survey</source>
        <translation>Open survey</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>Import capture folder</source>
        <translation>Import capture folder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="149"/>
        <source>Import capture files</source>
        <translation>Import capture files</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</source>
        <translation>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>%1 — Mieruka</source>
        <translation>%1 — Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>Wait for the running import to finish or cancel it.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="176"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="176"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="212"/>
        <source>Import cancelled; everything committed before the cancel is kept.</source>
        <translation>Import cancelled; everything committed before the cancel is kept.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Problems during import</source>
        <translation>Problems during import</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Export ledger</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="231"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="231"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="241"/>
        <source>No survey open. Use File → New survey, then import capture files (or drop them here).</source>
        <translation>No survey open. Use File → New survey, then import capture files (or drop them here).</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>%1 | %2 – %3 | %4 frames | %5 hosts</source>
        <translation>%1 | %2 – %3 | %4 frames | %5 hosts</translation>
    </message>
</context>
<context>
    <name>mieruka::render::HtmlSummary</name>
    <message>
        <location filename="../app/render/html_summary.cpp" line="56"/>
        <source>Key numbers</source>
        <translation>Key numbers</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="57"/>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="58"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="60"/>
        <source>Time span</source>
        <translation>Time span</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="62"/>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="63"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Capture files</source>
        <translation>Capture files</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <source>Vendors</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Asset ledger</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
</context>
</TS>
