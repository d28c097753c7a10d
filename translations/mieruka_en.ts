<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertText</name>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="19"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="20"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="21"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="22"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="23"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="46"/>
        <source>New device</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="47"/>
        <source>End-of-life OS</source>
        <translation>End-of-life OS</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="48"/>
        <source>Device silent</source>
        <translation>Device silent</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="49"/>
        <source>New communication</source>
        <translation>New communication</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="50"/>
        <source>Unusual traffic volume</source>
        <translation>Unusual traffic volume</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="51"/>
        <source>OT command</source>
        <translation>OT command</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="52"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="53"/>
        <source>Internet exposure</source>
        <translation>Internet exposure</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="54"/>
        <source>Cleartext protocol</source>
        <translation>Cleartext protocol</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="55"/>
        <source>SMBv1</source>
        <translation>SMBv1</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="56"/>
        <source>OPC UA without security</source>
        <translation>OPC UA without security</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="57"/>
        <source>Duplicate IP address</source>
        <translation>Duplicate IP address</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="58"/>
        <source>ARP spoofing</source>
        <translation>ARP spoofing</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="59"/>
        <source>Rogue DHCP server</source>
        <translation>Rogue DHCP server</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="60"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="61"/>
        <source>Broadcast storm</source>
        <translation>Broadcast storm</translation>
    </message>
</context>
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
        <location filename="../app/cli/analyze_command.cpp" line="64"/>
        <source>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</source>
        <translation>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</translation>
    </message>
    <message>
        <location filename="../app/cli/alerts_command.cpp" line="41"/>
        <source>List the alerts of a survey, oldest first, one tab-separated line each:
id, type, severity, first time (UTC), source → destination, protocol, rule, count.
The id is what &apos;mieruka-cli export-packets SURVEY --alert ID&apos; takes.</source>
        <translation>List the alerts of a survey, oldest first, one tab-separated line each:
id, type, severity, first time (UTC), source → destination, protocol, rule, count.
The id is what &apos;mieruka-cli export-packets SURVEY --alert ID&apos; takes.</translation>
    </message>
    <message>
        <location filename="../app/cli/alerts_command.cpp" line="46"/>
        <location filename="../app/cli/analyze_command.cpp" line="68"/>
        <location filename="../app/cli/capture_command.cpp" line="91"/>
        <location filename="../app/cli/diff_command.cpp" line="75"/>
        <location filename="../app/cli/export_packets_command.cpp" line="61"/>
        <location filename="../app/cli/interfaces_command.cpp" line="47"/>
        <location filename="../app/cli/report_command.cpp" line="48"/>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <location filename="../app/cli/alerts_command.cpp" line="47"/>
        <location filename="../app/cli/export_packets_command.cpp" line="62"/>
        <source>Survey file (*.mieruka).</source>
        <translation>Survey file (*.mieruka).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="70"/>
        <source>pcap, pcapng, .gz files or folders of them.</source>
        <translation>pcap, pcapng, .gz files or folders of them.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="73"/>
        <source>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</source>
        <translation>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="77"/>
        <source>Write the JSON export (docs/json-schema.md); - for stdout.</source>
        <translation>Write the JSON export (docs/json-schema.md); - for stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="80"/>
        <source>Write the asset ledger as CSV (UTF-8 with BOM).</source>
        <translation>Write the asset ledger as CSV (UTF-8 with BOM).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="83"/>
        <source>Write an HTML summary.</source>
        <translation>Write an HTML summary.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="85"/>
        <source>No progress output.</source>
        <translation>No progress output.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="87"/>
        <source>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</source>
        <translation>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="91"/>
        <source>Classify and count every industrial request (the default; kept for older scripts).</source>
        <translation>Classify and count every industrial request (the default; kept for older scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="94"/>
        <source>Do not classify industrial requests (faster import; no ot_command alerts).</source>
        <translation>Do not classify industrial requests (faster import; no ot_command alerts).</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="56"/>
        <source>Write the frames behind an alert, read again from the survey&apos;s capture files, as a pcap file
with nanosecond timestamps for Wireshark: every frame between the alert&apos;s hosts from its first
to its last occurrence, and its evidence frame. &apos;mieruka-cli alerts SURVEY&apos; lists the ids.</source>
        <translation>Write the frames behind an alert, read again from the survey&apos;s capture files, as a pcap file
with nanosecond timestamps for Wireshark: every frame between the alert&apos;s hosts from its first
to its last occurrence, and its evidence frame. &apos;mieruka-cli alerts SURVEY&apos; lists the ids.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="63"/>
        <source>The alert&apos;s id.</source>
        <translation>The alert&apos;s id.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="66"/>
        <source>The pcap file to write; - for stdout.</source>
        <translation>The pcap file to write; - for stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="69"/>
        <source>Widen the alert&apos;s time span by this much on both sides (default 0).</source>
        <translation>Widen the alert&apos;s time span by this much on both sides (default 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="73"/>
        <source>Every frame in the time span, not only the alert&apos;s hosts&apos;.</source>
        <translation>Every frame in the time span, not only the alert&apos;s hosts&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="76"/>
        <source>Write at most N frames (default 100000).</source>
        <translation>Write at most N frames (default 100000).</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="79"/>
        <source>Check each capture file&apos;s SHA-256 against the survey (slow), not only its size.</source>
        <translation>Check each capture file&apos;s SHA-256 against the survey (slow), not only its size.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="82"/>
        <source>Look here, by file name, for capture files no longer where they were imported from.</source>
        <translation>Look here, by file name, for capture files no longer where they were imported from.</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="86"/>
        <source>No summary line.</source>
        <translation>No summary line.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="85"/>
        <source>Capture live from network interfaces (e.g. a switch mirror port) into a survey.
The mieruka-capture helper holds the capture rights and writes pcapng ring files
into the folder SURVEY.captures next to the survey; they are imported as they grow.
Ctrl+C stops cleanly (everything captured is imported); a second Ctrl+C aborts.</source>
        <translation>Capture live from network interfaces (e.g. a switch mirror port) into a survey.
The mieruka-capture helper holds the capture rights and writes pcapng ring files
into the folder SURVEY.captures next to the survey; they are imported as they grow.
Ctrl+C stops cleanly (everything captured is imported); a second Ctrl+C aborts.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="93"/>
        <source>Interface to capture on (repeat for several); see &apos;mieruka-cli interfaces&apos;.</source>
        <translation>Interface to capture on (repeat for several); see &apos;mieruka-cli interfaces&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="97"/>
        <source>BPF capture filter (tcpdump syntax).</source>
        <translation>BPF capture filter (tcpdump syntax).</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="100"/>
        <source>Stop after this many seconds.</source>
        <translation>Stop after this many seconds.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="102"/>
        <source>Stop after writing this many MB.</source>
        <translation>Stop after writing this many MB.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="104"/>
        <source>Size of one ring file in MB (default 100).</source>
        <translation>Size of one ring file in MB (default 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="107"/>
        <source>Bytes kept per frame (default 262144).</source>
        <translation>Bytes kept per frame (default 262144).</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="110"/>
        <source>Do not put the interface in promiscuous mode.</source>
        <translation>Do not put the interface in promiscuous mode.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="112"/>
        <source>Survey file (*.mieruka); created if missing.</source>
        <translation>Survey file (*.mieruka); created if missing.</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="115"/>
        <source>No status output while capturing.</source>
        <translation>No status output while capturing.</translation>
    </message>
    <message>
        <location filename="../app/cli/interfaces_command.cpp" line="45"/>
        <source>List the network interfaces live capture can use.</source>
        <translation>List the network interfaces live capture can use.</translation>
    </message>
    <message>
        <location filename="../app/cli/interfaces_command.cpp" line="48"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="69"/>
        <source>Compare two surveys, or two periods of one survey: devices added, removed and changed,
communications added, removed and changed in volume, new alerts (docs/diff-schema.md).
Periods are one per import (import-N) or ranges defined in the app; a period is read
again from its capture files.</source>
        <translation>Compare two surveys, or two periods of one survey: devices added, removed and changed,
communications added, removed and changed in volume, new alerts (docs/diff-schema.md).
Periods are one per import (import-N) or ranges defined in the app; a period is read
again from its capture files.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="76"/>
        <source>The earlier survey.</source>
        <translation>The earlier survey.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="77"/>
        <source>The later survey (default: A).</source>
        <translation>The later survey (default: A).</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="80"/>
        <source>A period to compare (see --list-periods).</source>
        <translation>A period to compare (see --list-periods).</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="83"/>
        <source>List the periods of the survey(s) and stop.</source>
        <translation>List the periods of the survey(s) and stop.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="85"/>
        <source>Write the diff as JSON; - for stdout.</source>
        <translation>Write the diff as JSON; - for stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="88"/>
        <source>Write the diff as CSV, one row per difference.</source>
        <translation>Write the diff as CSV, one row per difference.</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="91"/>
        <source>Report a communication whose bytes per hour changed by this factor (default 3).</source>
        <translation>Report a communication whose bytes per hour changed by this factor (default 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="45"/>
        <source>Write the PDF assessment report of a survey (docs/report.md).</source>
        <translation>Write the PDF assessment report of a survey (docs/report.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="49"/>
        <source>The survey file (*.mieruka).</source>
        <translation>The survey file (*.mieruka).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="51"/>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="53"/>
        <source>Language of the report: ja or en (default en).</source>
        <translation>Language of the report: ja or en (default en).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="56"/>
        <source>An earlier survey: add what changed since it.</source>
        <translation>An earlier survey: add what changed since it.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="59"/>
        <source>Pseudonymise addresses and names (for sharing).</source>
        <translation>Pseudonymise addresses and names (for sharing).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="61"/>
        <source>Comma-separated section ids (default: all).</source>
        <translation>Comma-separated section ids (default: all).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="63"/>
        <source>Site name (kept in the survey).</source>
        <translation>Site name (kept in the survey).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="66"/>
        <source>Customer (kept in the survey).</source>
        <translation>Customer (kept in the survey).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="68"/>
        <source>Consultant (kept in the survey).</source>
        <translation>Consultant (kept in the survey).</translation>
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
    <name>live</name>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="35"/>
        <source>the capture helper crashed</source>
        <translation>the capture helper crashed</translation>
    </message>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="36"/>
        <source>the capture helper exited with code %1</source>
        <translation>the capture helper exited with code %1</translation>
    </message>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="42"/>
        <location filename="../app/live/capture_helper_process.cpp" line="70"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <location filename="../app/live/helper_locator.cpp" line="59"/>
        <source>You may not run the capture helper %1. Ask an administrator to add you to its group (sudo adduser %2 %3), then log in again.</source>
        <translation>You may not run the capture helper %1. Ask an administrator to add you to its group (sudo adduser %2 %3), then log in again.</translation>
    </message>
    <message>
        <location filename="../app/live/helper_locator.cpp" line="63"/>
        <source>The capture helper mieruka-capture was not found (looked in: %1). Reinstall Mieruka or set MIERUKA_CAPTURE_HELPER.</source>
        <translation>The capture helper mieruka-capture was not found (looked in: %1). Reinstall Mieruka or set MIERUKA_CAPTURE_HELPER.</translation>
    </message>
    <message>
        <location filename="../app/live/interface_list.cpp" line="36"/>
        <source>The capture helper gave an unreadable interface list (%1).</source>
        <translation>The capture helper gave an unreadable interface list (%1).</translation>
    </message>
    <message>
        <location filename="../app/live/interface_list.cpp" line="74"/>
        <source>%1 could not list the network interfaces: %2</source>
        <translation>%1 could not list the network interfaces: %2</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="21"/>
        <source>stopped by the user</source>
        <translation>stopped by the user</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="22"/>
        <source>the set duration was reached</source>
        <translation>the set duration was reached</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="23"/>
        <source>the set size was reached</source>
        <translation>the set size was reached</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="24"/>
        <source>the set packet count was reached</source>
        <translation>the set packet count was reached</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="25"/>
        <source>stopped by an error</source>
        <translation>stopped by an error</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="110"/>
        <source>A capture is already running.</source>
        <translation>A capture is already running.</translation>
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
    <name>mieruka::cli::DetectionArguments</name>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="23"/>
        <source>Also load this Suricata/Snort rules file (repeatable); rules it cannot support are listed, the rest are used.</source>
        <translation>Also load this Suricata/Snort rules file (repeatable); rules it cannot support are listed, the rest are used.</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="25"/>
        <source>OT command rule table to use instead of the bundled one (format: resources/detect/ot_command_rules.tsv).</source>
        <translation>OT command rule table to use instead of the bundled one (format: resources/detect/ot_command_rules.tsv).</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="27"/>
        <source>Another survey that is all learning period: everything in this survey is judged against it.</source>
        <translation>Another survey that is all learning period: everything in this survey is judged against it.</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="29"/>
        <source>End of the learning period (ISO 8601 time, UTC unless it names a zone).</source>
        <translation>End of the learning period (ISO 8601 time, UTC unless it names a zone).</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="31"/>
        <source>Learning period as a share of the survey&apos;s time span (default 0.2).</source>
        <translation>Learning period as a share of the survey&apos;s time span (default 0.2).</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="33"/>
        <source>Switch detectors off, by alert type, comma separated (e.g. volume_band,new_communication).</source>
        <translation>Switch detectors off, by alert type, comma separated (e.g. volume_band,new_communication).</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="35"/>
        <source>Import without running the detectors.</source>
        <translation>Import without running the detectors.</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AlertsModel</name>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="193"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="194"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="195"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="196"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="197"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="198"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="199"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="200"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="201"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AlertsView</name>
    <message numerus="yes">
        <location filename="../app/gui/alerts_view.cpp" line="92"/>
        <source>%n frame(s) written to %1.</source>
        <translation>
            <numerusform>%n frame written to %1.</numerusform>
            <numerusform>%n frames written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="93"/>
        <source>No pcap file was written.</source>
        <translation>No pcap file was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/alerts_view.cpp" line="94"/>
        <source>%n capture file(s) read.</source>
        <translation>
            <numerusform>%n capture file read.</numerusform>
            <numerusform>%n capture files read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="102"/>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="103"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="130"/>
        <source>Search address, protocol, rule…</source>
        <translation>Search address, protocol, rule…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="132"/>
        <source>Only the selected host</source>
        <translation>Only the selected host</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="136"/>
        <source>Minimum severity:</source>
        <translation>Minimum severity:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="158"/>
        <source>Select an alert to see its details.</source>
        <translation>Select an alert to see its details.</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="159"/>
        <source>Copy command</source>
        <translation>Copy command</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="161"/>
        <source>Copies the command that exports this alert&apos;s frames as a pcap file</source>
        <translation>Copies the command that exports this alert&apos;s frames as a pcap file</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="163"/>
        <source>Export packets for Wireshark…</source>
        <translation>Export packets for Wireshark…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="165"/>
        <source>Writes this alert&apos;s frames, read again from the survey&apos;s capture files, to a pcap file</source>
        <translation>Writes this alert&apos;s frames, read again from the survey&apos;s capture files, to a pcap file</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="233"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="336"/>
        <location filename="../app/gui/alerts_view.cpp" line="372"/>
        <source>Export packets for Wireshark</source>
        <translation>Export packets for Wireshark</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="337"/>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap files (*.pcap);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="358"/>
        <source>Exporting the frames of alert %1…</source>
        <translation>Exporting the frames of alert %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="410"/>
        <source>Alert id</source>
        <translation>Alert id</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="411"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="412"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="413"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="414"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="415"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="416"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="417"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="418"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="419"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="421"/>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="431"/>
        <source>No single frame is the evidence of this alert.</source>
        <translation>No single frame is the evidence of this alert.</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="433"/>
        <source>Evidence frame: packet %1 (capture file unknown)</source>
        <translation>Evidence frame: packet %1 (capture file unknown)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="435"/>
        <source>Evidence frame: packet %1 of %2</source>
        <translation>Evidence frame: packet %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="438"/>
        <source>To open the frames in Wireshark, export them with:</source>
        <translation>To open the frames in Wireshark, export them with:</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AssetsView</name>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="36"/>
        <source>Search IP, MAC, vendor, protocol…</source>
        <translation>Search IP, MAC, vendor, protocol…</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="42"/>
        <source>Role filter</source>
        <translation>Role filter</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="43"/>
        <source>Vendor filter</source>
        <translation>Vendor filter</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="44"/>
        <source>Subnet filter</source>
        <translation>Subnet filter</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="74"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="75"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="123"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="124"/>
        <source>All vendors</source>
        <translation>All vendors</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="125"/>
        <source>All subnets</source>
        <translation>All subnets</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::CaptureDialog</name>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="42"/>
        <source>Capture live</source>
        <translation>Capture live</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="45"/>
        <source>Tick the interface connected to the switch&apos;s mirror (SPAN) port. The packets/s line shows which port is busy; the mirror check tells whether frames between other devices arrive — if only this computer&apos;s and broadcast traffic does, the mirror is not set up yet.</source>
        <translation>Tick the interface connected to the switch&apos;s mirror (SPAN) port. The packets/s line shows which port is busy; the mirror check tells whether frames between other devices arrive — if only this computer&apos;s and broadcast traffic does, the mirror is not set up yet.</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Packets/s</source>
        <translation>Packets/s</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Mirror check</source>
        <translation>Mirror check</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="68"/>
        <source>empty: everything (e.g. not port 3389)</source>
        <translation>empty: everything (e.g. not port 3389)</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="70"/>
        <source>Capture filter (BPF):</source>
        <translation>Capture filter (BPF):</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="74"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="75"/>
        <location filename="../app/gui/capture_dialog.cpp" line="80"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="76"/>
        <source>Stop after:</source>
        <translation>Stop after:</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="79"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="81"/>
        <source>Stop after writing:</source>
        <translation>Stop after writing:</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="82"/>
        <source>Promiscuous mode (needed on a mirror port)</source>
        <translation>Promiscuous mode (needed on a mirror port)</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="88"/>
        <source>Start capture</source>
        <translation>Start capture</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="100"/>
        <source>%1
Fix: %2</source>
        <translation>%1
Fix: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="136"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="136"/>
        <source>no link</source>
        <translation>no link</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/capture_dialog.cpp" line="191"/>
        <source>Mirrored: %n frame(s) between other devices</source>
        <translation>
            <numerusform>Mirrored: %n frame between other devices</numerusform>
            <numerusform>Mirrored: %n frames between other devices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="193"/>
        <source>Not mirrored? Only this computer&apos;s and broadcast traffic</source>
        <translation>Not mirrored? Only this computer&apos;s and broadcast traffic</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="195"/>
        <source>No traffic yet</source>
        <translation>No traffic yet</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="197"/>
        <source>No mirror check on this link type</source>
        <translation>No mirror check on this link type</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="217"/>
        <source>Filter is valid.</source>
        <translation>Filter is valid.</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="217"/>
        <source>Invalid filter: %1</source>
        <translation>Invalid filter: %1</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffLoader</name>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="34"/>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="43"/>
        <source>%1: no such survey file</source>
        <translation>%1: no such survey file</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="49"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="54"/>
        <source>%1: no period &quot;%2&quot;</source>
        <translation>%1: no period &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="58"/>
        <source>Reading period %1 of %2 from its capture files…</source>
        <translation>Reading period %1 of %2 from its capture files…</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffMap</name>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="99"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="99"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="106"/>
        <source>Network map before</source>
        <translation>Network map before</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="106"/>
        <source>Network map after</source>
        <translation>Network map after</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="157"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="159"/>
        <source>Broadcast / multicast</source>
        <translation>Broadcast / multicast</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="168"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>Laying out %n host…</numerusform>
            <numerusform>Laying out %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="181"/>
        <source>The map could not be laid out.</source>
        <translation>The map could not be laid out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="183"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>%n quiet host not drawn (the map shows the busiest %1).</numerusform>
            <numerusform>%n quiet hosts not drawn (the map shows the busiest %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="186"/>
        <source>Hosts common to both periods sit at the same place on both maps.</source>
        <translation>Hosts common to both periods sit at the same place on both maps.</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffMatrices</name>
    <message>
        <location filename="../app/gui/diff_matrices.cpp" line="29"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_matrices.cpp" line="29"/>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffModel</name>
    <message numerus="yes">
        <location filename="../app/gui/diff_model.cpp" line="57"/>
        <source>%n packet(s), %1</source>
        <translation>
            <numerusform>%n packet, %1</numerusform>
            <numerusform>%n packets, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="80"/>
        <source>Matched by MAC address</source>
        <translation>Matched by MAC address</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="82"/>
        <source>Matched by IP address</source>
        <translation>Matched by IP address</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="83"/>
        <source>Matched by IP address and identity (new network card?)</source>
        <translation>Matched by IP address and identity (new network card?)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="133"/>
        <source>Bytes per hour</source>
        <translation>Bytes per hour</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="134"/>
        <source>×%1, %2</source>
        <translation>×%1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="155"/>
        <source>Device added</source>
        <translation>Device added</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="156"/>
        <source>Device removed</source>
        <translation>Device removed</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="157"/>
        <source>Device changed</source>
        <translation>Device changed</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="158"/>
        <source>Communication added</source>
        <translation>Communication added</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="159"/>
        <source>Communication removed</source>
        <translation>Communication removed</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="160"/>
        <source>Volume changed</source>
        <translation>Volume changed</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="161"/>
        <source>New alert</source>
        <translation>New alert</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="185"/>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="185"/>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="186"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="186"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="187"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="187"/>
        <source>End of life</source>
        <translation>End of life</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="188"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="188"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="189"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="189"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="190"/>
        <source>OT protocols</source>
        <translation>OT protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="190"/>
        <source>Server ports</source>
        <translation>Server ports</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="191"/>
        <source>Client ports</source>
        <translation>Client ports</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="242"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="243"/>
        <source>Device or endpoints</source>
        <translation>Device or endpoints</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="244"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="245"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="246"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="247"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffSideChooser</name>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="31"/>
        <source>Another survey file…</source>
        <translation>Another survey file…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="46"/>
        <source>%1 — %2 … %3</source>
        <translation>%1 — %2 … %3</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="47"/>
        <source>%1 — %2 — %3 … %4</source>
        <translation>%1 — %2 — %3 … %4</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="130"/>
        <source>%1: no such survey file</source>
        <translation>%1: no such survey file</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="142"/>
        <source>%1: whole survey</source>
        <translation>%1: whole survey</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="154"/>
        <source>Compare with survey</source>
        <translation>Compare with survey</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="155"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka surveys (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="160"/>
        <source>Cannot read survey</source>
        <translation>Cannot read survey</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffTable</name>
    <message>
        <location filename="../app/gui/diff_table.cpp" line="40"/>
        <source>Search address, name, attribute, value…</source>
        <translation>Search address, name, attribute, value…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_table.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffView</name>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="51"/>
        <source>&amp;Before:</source>
        <translation>&amp;Before:</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="51"/>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="60"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;pare</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="62"/>
        <source>Define period from the current time filter…</source>
        <translation>Define period from the current time filter…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="70"/>
        <source>Choose the two periods to compare, then Compare.</source>
        <translation>Choose the two periods to compare, then Compare.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="80"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="81"/>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="91"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="92"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="163"/>
        <source>Choose both periods first.</source>
        <translation>Choose both periods first.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="178"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="187"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="227"/>
        <source>No differences between the two periods.</source>
        <translation>No differences between the two periods.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_view.cpp" line="227"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="235"/>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="264"/>
        <source>Export diff as JSON</source>
        <translation>Export diff as JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="265"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="266"/>
        <source>Export diff as CSV</source>
        <translation>Export diff as CSV</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="267"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="271"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="280"/>
        <source>No survey is open.</source>
        <translation>No survey is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="284"/>
        <source>Choose a time range first (drag over a chart on the Traffic page).</source>
        <translation>Choose a time range first (drag over a chart on the Traffic page).</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="288"/>
        <source>Give the period a name.</source>
        <translation>Give the period a name.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="311"/>
        <source>Define period</source>
        <translation>Define period</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="311"/>
        <source>Name of the period:</source>
        <translation>Name of the period:</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="318"/>
        <source>Cannot define the period</source>
        <translation>Cannot define the period</translation>
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
        <location filename="../app/gui/import_worker.cpp" line="40"/>
        <source>Running the detectors</source>
        <translation>Running the detectors</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="41"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="42"/>
        <source>%1: %2 frames (%3 frames/s)</source>
        <translation>%1: %2 frames (%3 frames/s)</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="48"/>
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
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
        <location filename="../app/gui/ledger_model.cpp" line="161"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="162"/>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="163"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="164"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="165"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="166"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="167"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="168"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="169"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="170"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="171"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="172"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="173"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="174"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="175"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::LiveCaptureBar</name>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="19"/>
        <source>Stop capture</source>
        <translation>Stop capture</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/live_capture_bar.cpp" line="44"/>
        <source>● Capturing on %1 — %2 — %3 packets — %4 Mbit/s — %5 in the survey — %n file(s)</source>
        <translation>
            <numerusform>● Capturing on %1 — %2 — %3 packets — %4 Mbit/s — %5 in the survey — %n file</numerusform>
            <numerusform>● Capturing on %1 — %2 — %3 packets — %4 Mbit/s — %5 in the survey — %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="49"/>
        <source>No packets dropped</source>
        <translation>No packets dropped</translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="52"/>
        <source>DROPPED: %1 by the kernel, %2 by the interface</source>
        <translation>DROPPED: %1 by the kernel, %2 by the interface</translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="61"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="47"/>
        <source>Mieruka</source>
        <translation>Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>&amp;New survey…</source>
        <translation>&amp;New survey…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>&amp;Open survey…</source>
        <translation>&amp;Open survey…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>&amp;Import capture files…</source>
        <translation>&amp;Import capture files…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>Import capture &amp;folder…</source>
        <translation>Import capture &amp;folder…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="73"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="75"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="76"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="77"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="78"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="80"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="81"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <source>&amp;Recent surveys</source>
        <translation>&amp;Recent surveys</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>Capture &amp;live…</source>
        <translation>Capture &amp;live…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>Export ledger as &amp;CSV (rows and columns as shown)…</source>
        <translation>Export ledger as &amp;CSV (rows and columns as shown)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>The new language applies when Mieruka starts next time.</source>
        <translation>The new language applies when Mieruka starts next time.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka surveys (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="179"/>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Open survey</source>
        <translation>Open survey</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="194"/>
        <source>Import capture folder</source>
        <translation>Import capture folder</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="198"/>
        <source>Import capture files</source>
        <translation>Import capture files</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</source>
        <translation>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>%1 — Mieruka</source>
        <translation>%1 — Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="232"/>
        <source>Capture running</source>
        <translation>Capture running</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="232"/>
        <source>Stop the live capture before importing files.</source>
        <translation>Stop the live capture before importing files.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>Wait for the running import to finish or cancel it.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>Import cancelled; everything committed before the cancel is kept.</source>
        <translation>Import cancelled; everything committed before the cancel is kept.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="291"/>
        <source>Problems during import</source>
        <translation>Problems during import</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="302"/>
        <source>Export ledger</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="308"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="308"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="322"/>
        <source>No survey open. Use File → New survey, then import capture files (or drop them here).</source>
        <translation>No survey open. Use File → New survey, then import capture files (or drop them here).</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="328"/>
        <source>%1 | %2 – %3 | %4 frames | %5 hosts | %6 alerts</source>
        <translation>%1 | %2 – %3 | %4 frames | %5 hosts | %6 alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>Capture failed</source>
        <translation>Capture failed</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="369"/>
        <source>Open or create a survey first.</source>
        <translation>Open or create a survey first.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="369"/>
        <source>A capture or import is running.</source>
        <translation>A capture or import is running.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="376"/>
        <source>Capture problem</source>
        <translation>Capture problem</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="377"/>
        <source>%1

Fix: %2</source>
        <translation>%1

Fix: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="418"/>
        <source>Capture ended (%1): %2 packets, %3 dropped.</source>
        <translation>Capture ended (%1): %2 packets, %3 dropped.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="419"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="424"/>
        <source>Problems during capture</source>
        <translation>Problems during capture</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MapView</name>
    <message>
        <location filename="../app/gui/map_view.cpp" line="52"/>
        <source>Network (/24)</source>
        <translation>Network (/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="55"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="58"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="64"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="67"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="69"/>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="132"/>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="133"/>
        <source>All protocols</source>
        <translation>All protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="134"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="196"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="198"/>
        <source>Broadcast / multicast</source>
        <translation>Broadcast / multicast</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="201"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>Laying out %n host…</numerusform>
            <numerusform>Laying out %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="227"/>
        <source>The map could not be laid out.</source>
        <translation>The map could not be laid out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="229"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>%n quiet host not drawn (the map shows the busiest %1).</numerusform>
            <numerusform>%n quiet hosts not drawn (the map shows the busiest %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="233"/>
        <source>No hosts match the filter.</source>
        <translation>No hosts match the filter.</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="374"/>
        <source>Network map</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="402"/>
        <source>Export map as SVG</source>
        <translation>Export map as SVG</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="402"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="403"/>
        <source>Export map as PNG</source>
        <translation>Export map as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="403"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="407"/>
        <source>Map saved to %1</source>
        <translation>Map saved to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="407"/>
        <source>Could not save the map to %1</source>
        <translation>Could not save the map to %1</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixGrid</name>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="41"/>
        <source>Terminal matrix</source>
        <translation>Terminal matrix</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="231"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="238"/>
        <source>New device (alert)</source>
        <translation>New device (alert)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="247"/>
        <source>End-of-life OS</source>
        <translation>End-of-life OS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="283"/>
        <source>Address .%1 not seen</source>
        <translation>Address .%1 not seen</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixModel</name>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="173"/>
        <source>Unknown vendor</source>
        <translation>Unknown vendor</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="180"/>
        <source>Unknown OS</source>
        <translation>Unknown OS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="182"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="184"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="186"/>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="188"/>
        <source>BSD</source>
        <translation>BSD</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="190"/>
        <source>Embedded</source>
        <translation>Embedded</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="192"/>
        <source>RTOS</source>
        <translation>RTOS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="201"/>
        <source>Info alerts</source>
        <translation>Info alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="202"/>
        <source>Low alerts</source>
        <translation>Low alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="203"/>
        <source>Medium alerts</source>
        <translation>Medium alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="204"/>
        <source>High alerts</source>
        <translation>High alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="205"/>
        <source>Critical alerts</source>
        <translation>Critical alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="206"/>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="230"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="241"/>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="242"/>
        <source>MAC: %1</source>
        <translation>MAC: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="242"/>
        <source>none seen</source>
        <translation>none seen</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="244"/>
        <source>Vendor: %1</source>
        <translation>Vendor: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="244"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="246"/>
        <source>Hostname: %1</source>
        <translation>Hostname: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="249"/>
        <source>OS: %1</source>
        <translation>OS: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="251"/>
        <source>End of life: %1</source>
        <translation>End of life: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="252"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="253"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="255"/>
        <source>New device since the baseline</source>
        <translation>New device since the baseline</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="264"/>
        <source>Every host has an IPv4 address on the grid.</source>
        <translation>Every host has an IPv4 address on the grid.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_model.cpp" line="265"/>
        <source>Not on the grid: %n host(s) with IPv6 only</source>
        <translation>
            <numerusform>Not on the grid: %n host with IPv6 only</numerusform>
            <numerusform>Not on the grid: %n hosts with IPv6 only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_model.cpp" line="266"/>
        <source>%n host(s) without an IP address (MAC only).</source>
        <translation>
            <numerusform>%n host without an IP address (MAC only).</numerusform>
            <numerusform>%n hosts without an IP address (MAC only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixView</name>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="19"/>
        <source>Network (/24)</source>
        <translation>Network (/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="22"/>
        <source>Colour cells by</source>
        <translation>Colour cells by</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="23"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="24"/>
        <source>OS family</source>
        <translation>OS family</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="25"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="26"/>
        <source>Alert state</source>
        <translation>Alert state</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="27"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="28"/>
        <source>Export the matrix as a PNG image</source>
        <translation>Export the matrix as a PNG image</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="33"/>
        <source>Hosts not on the grid</source>
        <translation>Hosts not on the grid</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="35"/>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="37"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_view.cpp" line="70"/>
        <source>%1.0/24 (%n host(s))</source>
        <translation>
            <numerusform>%1.0/24 (%n host)</numerusform>
            <numerusform>%1.0/24 (%n hosts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="74"/>
        <source>No survey is open.</source>
        <translation>No survey is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="179"/>
        <source>Export matrix as PNG</source>
        <translation>Export matrix as PNG</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="180"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="187"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="187"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="196"/>
        <source>Terminal matrix: no IPv4 network</source>
        <translation>Terminal matrix: no IPv4 network</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="197"/>
        <source>Terminal matrix %1, coloured by %2</source>
        <translation>Terminal matrix %1, coloured by %2</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::OverviewView</name>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="47"/>
        <source>Embedded</source>
        <translation>Embedded</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="49"/>
        <source>Real-time OS</source>
        <translation>Real-time OS</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="50"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="62"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="64"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="66"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="67"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="182"/>
        <source>No survey is open.</source>
        <translation>No survey is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="222"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="223"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="230"/>
        <location filename="../app/gui/overview_view.cpp" line="242"/>
        <location filename="../app/gui/overview_view.cpp" line="252"/>
        <location filename="../app/gui/overview_view.cpp" line="278"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="236"/>
        <source>Vendors (top 5)</source>
        <translation>Vendors (top 5)</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="238"/>
        <source>No vendor known.</source>
        <translation>No vendor known.</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="249"/>
        <source>Operating systems</source>
        <translation>Operating systems</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="253"/>
        <source>%n host(s) with an end-of-life OS</source>
        <translation>
            <numerusform>%n host with an end-of-life OS</numerusform>
            <numerusform>%n hosts with an end-of-life OS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="260"/>
        <source>OT protocols</source>
        <translation>OT protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="262"/>
        <source>No industrial protocol seen.</source>
        <translation>No industrial protocol seen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="266"/>
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n host</numerusform>
            <numerusform>%1: %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="274"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="275"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="288"/>
        <source>Detection has not run on this survey.</source>
        <translation>Detection has not run on this survey.</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="290"/>
        <source>The learning period was too short: new and unusual traffic was not judged.</source>
        <translation>The learning period was too short: new and unusual traffic was not judged.</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="296"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="300"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="305"/>
        <source>%1 frames in %n capture file(s)</source>
        <translation>
            <numerusform>%1 frames in %n capture file</numerusform>
            <numerusform>%1 frames in %n capture files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="313"/>
        <source>Top findings</source>
        <translation>Top findings</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="315"/>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::PeersTable</name>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::RankingsView</name>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="46"/>
        <source>Hosts by number of peers</source>
        <translation>Hosts by number of peers</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="47"/>
        <source>Hosts by bytes</source>
        <translation>Hosts by bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="48"/>
        <source>Hosts by packets</source>
        <translation>Hosts by packets</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="49"/>
        <source>Host pairs by bytes</source>
        <translation>Host pairs by bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="50"/>
        <source>Services by bytes</source>
        <translation>Services by bytes</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="65"/>
        <source>Ranking:</source>
        <translation>Ranking:</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="68"/>
        <source>Click a host&apos;s bar to select it</source>
        <translation>Click a host&apos;s bar to select it</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="178"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="223"/>
        <source>peers</source>
        <translation>peers</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="224"/>
        <source>packets</source>
        <translation>packets</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="225"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportJob</name>
    <message>
        <location filename="../app/gui/report_job.cpp" line="34"/>
        <location filename="../app/gui/report_job.cpp" line="76"/>
        <source>No survey is open.</source>
        <translation>No survey is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="42"/>
        <source>%1: no such survey file.</source>
        <translation>%1: no such survey file.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="48"/>
        <source>Cannot read the earlier survey %1: %2</source>
        <translation>Cannot read the earlier survey %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="69"/>
        <source>The report has no pages.</source>
        <translation>The report has no pages.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="83"/>
        <source>Cannot store the report fields in %1: %2</source>
        <translation>Cannot store the report fields in %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="93"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportOptionsPanel</name>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="57"/>
        <source>The period comparison appears only when an earlier survey is chosen.</source>
        <translation>The period comparison appears only when an earlier survey is chosen.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="58"/>
        <source>Pseudonymise addresses and names</source>
        <translation>Pseudonymise addresses and names</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="60"/>
        <source>For a report shared outside the plant: addresses and host names are replaced by stable pseudonyms.</source>
        <translation>For a report shared outside the plant: addresses and host names are replaced by stable pseudonyms.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="64"/>
        <source>No earlier survey</source>
        <translation>No earlier survey</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="65"/>
        <source>Compare with an earlier survey…</source>
        <translation>Compare with an earlier survey…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="66"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="73"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="74"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="75"/>
        <source>C&amp;onsultant:</source>
        <translation>C&amp;onsultant:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="76"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="77"/>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="80"/>
        <source>Earlier survey:</source>
        <translation>Earlier survey:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="172"/>
        <source>Earlier survey</source>
        <translation>Earlier survey</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="173"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka surveys (*.mieruka)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportView</name>
    <message>
        <location filename="../app/gui/report_view.cpp" line="41"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="43"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="99"/>
        <source>The options changed: update the preview to see them.</source>
        <translation>The options changed: update the preview to see them.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="120"/>
        <source>Choose the options, then update the preview or export the PDF.</source>
        <translation>Choose the options, then update the preview or export the PDF.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="121"/>
        <source>Open a survey to write its report.</source>
        <translation>Open a survey to write its report.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="148"/>
        <source>The report is still being drawn.</source>
        <translation>The report is still being drawn.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="150"/>
        <source>No survey is open.</source>
        <translation>No survey is open.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="152"/>
        <source>Choose at least one section.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="196"/>
        <source>The survey changed while the report was drawn: try again.</source>
        <translation>The survey changed while the report was drawn: try again.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="204"/>
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="212"/>
        <source>Cannot draw the preview: %1</source>
        <translation>Cannot draw the preview: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="217"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/report_view.cpp" line="218"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="219"/>
        <source>Preview updated.</source>
        <translation>Preview updated.</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="228"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="235"/>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="238"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="240"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="249"/>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="250"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::TrafficView</name>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="117"/>
        <location filename="../app/gui/traffic_view.cpp" line="131"/>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="118"/>
        <source>packets/s</source>
        <translation>packets/s</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="147"/>
        <source>Use visible range as filter</source>
        <translation>Use visible range as filter</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="149"/>
        <source>Or drag over the chart with Shift held down</source>
        <translation>Or drag over the chart with Shift held down</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="155"/>
        <source>Wheel: zoom time · drag: pan · Shift+drag: filter by time</source>
        <translation>Wheel: zoom time · drag: pan · Shift+drag: filter by time</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="203"/>
        <source>OT</source>
        <translation>OT</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="204"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="205"/>
        <source>Broadcast / discovery</source>
        <translation>Broadcast / discovery</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="206"/>
        <source>Broadcast / discovery rate</source>
        <translation>Broadcast / discovery rate</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="208"/>
        <source>Packets/s</source>
        <translation>Packets/s</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="276"/>
        <source>Broadcast storm</source>
        <translation>Broadcast storm</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="276"/>
        <source>Volume spike</source>
        <translation>Volume spike</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="283"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/traffic_view.cpp" line="287"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/traffic_view.cpp" line="288"/>
        <source>%1, %2 – %3 UTC (%n alert(s))</source>
        <translation>
            <numerusform>%1, %2 – %3 UTC (%n alert)</numerusform>
            <numerusform>%1, %2 – %3 UTC (%n alerts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="329"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="330"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="331"/>
        <source>Select a host in any view to see its traffic here.</source>
        <translation>Select a host in any view to see its traffic here.</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="332"/>
        <source>Traffic of %1</source>
        <translation>Traffic of %1</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="370"/>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="371"/>
        <source>Traffic between %1 and %2</source>
        <translation>Traffic between %1 and %2</translation>
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
<context>
    <name>mieruka::render::ReportDetailSections</name>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="70"/>
        <source>What was observed: %1</source>
        <translation>What was observed: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="71"/>
        <source>When: %1 to %2 (UTC).</source>
        <translation>When: %1 to %2 (UTC).</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="73"/>
        <source>Hosts involved: %1</source>
        <translation>Hosts involved: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="75"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="75"/>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <location filename="../app/render/report_detail_sections.cpp" line="130"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="80"/>
        <source>Why it matters: %1</source>
        <translation>Why it matters: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="81"/>
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="82"/>
        <source>References: IEC 62443-3-3 %1; METI Factory System Security Guideline %2</source>
        <translation>References: IEC 62443-3-3 %1; METI Factory System Security Guideline %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="83"/>
        <location filename="../app/render/report_detail_sections.cpp" line="84"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="91"/>
        <source>Each finding groups the alerts of one kind. Security findings come first; availability findings that matter to production staff follow in their own part.</source>
        <translation>Each finding groups the alerts of one kind. Security findings come first; availability findings that matter to production staff follow in their own part.</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="103"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="105"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="106"/>
        <source>Availability (production)</source>
        <translation>Availability (production)</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="111"/>
        <source>Industrial operations that change a controller (writes, program transfers, run/stop), by sender and target. Reads are not listed.</source>
        <translation>Industrial operations that change a controller (writes, program transfers, run/stop), by sender and target. Reads are not listed.</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="114"/>
        <source>No such operation was observed.</source>
        <translation>No such operation was observed.</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <source>First (UTC)</source>
        <translation>First (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="127"/>
        <source>Before: %1, %2 to %3. After: %4, %5 to %6.</source>
        <translation>Before: %1, %2 to %3. After: %4, %5 to %6.</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="130"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="131"/>
        <location filename="../app/render/report_detail_sections.cpp" line="147"/>
        <source>Devices added</source>
        <translation>Devices added</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="132"/>
        <location filename="../app/render/report_detail_sections.cpp" line="148"/>
        <source>Devices removed</source>
        <translation>Devices removed</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="133"/>
        <location filename="../app/render/report_detail_sections.cpp" line="149"/>
        <source>Devices changed</source>
        <translation>Devices changed</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="134"/>
        <location filename="../app/render/report_detail_sections.cpp" line="164"/>
        <source>Communications added</source>
        <translation>Communications added</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="135"/>
        <location filename="../app/render/report_detail_sections.cpp" line="165"/>
        <source>Communications removed</source>
        <translation>Communications removed</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="136"/>
        <location filename="../app/render/report_detail_sections.cpp" line="166"/>
        <source>Communications with changed volume</source>
        <translation>Communications with changed volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <location filename="../app/render/report_detail_sections.cpp" line="178"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="141"/>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="158"/>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="176"/>
        <source>Asset ledger</source>
        <translation>Asset ledger</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="178"/>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="184"/>
        <source>Communication matrix</source>
        <translation>Communication matrix</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Host A</source>
        <translation>Host A</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Host B</source>
        <translation>Host B</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="204"/>
        <source>The %1 busiest of %2 host pairs are listed; the full list is in the CSV export.</source>
        <translation>The %1 busiest of %2 host pairs are listed; the full list is in the CSV export.</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportDocument</name>
    <message>
        <location filename="../app/render/report_document.cpp" line="37"/>
        <source>OT network assessment report</source>
        <translation>OT network assessment report</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="42"/>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 to %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="52"/>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="53"/>
        <source>Scope and method</source>
        <translation>Scope and method</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="54"/>
        <source>Asset inventory</source>
        <translation>Asset inventory</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="55"/>
        <source>Terminal matrices</source>
        <translation>Terminal matrices</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="56"/>
        <source>Network map</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="57"/>
        <source>Traffic over time</source>
        <translation>Traffic over time</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="58"/>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="59"/>
        <location filename="../app/render/report_document.cpp" line="184"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="60"/>
        <source>OT commands observed</source>
        <translation>OT commands observed</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="61"/>
        <source>Period comparison</source>
        <translation>Period comparison</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="62"/>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="69"/>
        <source>PLC / controller</source>
        <translation>PLC / controller</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="70"/>
        <source>HMI</source>
        <translation>HMI</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="71"/>
        <source>Engineering station</source>
        <translation>Engineering station</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="72"/>
        <source>Historian</source>
        <translation>Historian</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="73"/>
        <source>SCADA server</source>
        <translation>SCADA server</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="74"/>
        <source>Windows PC</source>
        <translation>Windows PC</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="75"/>
        <source>Windows server</source>
        <translation>Windows server</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="76"/>
        <source>Linux server</source>
        <translation>Linux server</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="77"/>
        <source>Network device</source>
        <translation>Network device</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="78"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="79"/>
        <source>IoT device</source>
        <translation>IoT device</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="80"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="124"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="124"/>
        <location filename="../app/render/report_document.cpp" line="177"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="125"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="126"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="127"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="128"/>
        <source>Survey period</source>
        <translation>Survey period</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="130"/>
        <source>Compared periods</source>
        <translation>Compared periods</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="130"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="131"/>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>Addresses and names</source>
        <translation>Addresses and names</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>Pseudonymised for sharing</source>
        <translation>Pseudonymised for sharing</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>As observed</source>
        <translation>As observed</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="135"/>
        <source>This report describes what passive observation of the plant network showed. It contains information about the plant&apos;s systems: handle it as confidential.</source>
        <translation>This report describes what passive observation of the plant network showed. It contains information about the plant&apos;s systems: handle it as confidential.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="144"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="167"/>
        <source>Overall rating: %1 (score %2 of 100)</source>
        <translation>Overall rating: %1 (score %2 of 100)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="169"/>
        <source>The score adds points for each kind of finding and for structural weaknesses such as end-of-life systems; the table shows where the points come from, and they add up to the score.</source>
        <translation>The score adds points for each kind of finding and for structural weaknesses such as end-of-life systems; the table shows where the points come from, and they add up to the score.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="176"/>
        <source>Key numbers</source>
        <translation>Key numbers</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="177"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="178"/>
        <source>Devices seen</source>
        <translation>Devices seen</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="179"/>
        <source>Industrial (OT) devices</source>
        <translation>Industrial (OT) devices</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="180"/>
        <location filename="../app/render/report_document.cpp" line="253"/>
        <source>End-of-life systems</source>
        <translation>End-of-life systems</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="181"/>
        <source>Observed duration</source>
        <translation>Observed duration</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="182"/>
        <source>Packets / data volume</source>
        <translation>Packets / data volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="183"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="185"/>
        <source>Controller-changing OT commands</source>
        <translation>Controller-changing OT commands</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="188"/>
        <source>Top findings</source>
        <translation>Top findings</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="190"/>
        <source>No findings were raised during the survey.</source>
        <translation>No findings were raised during the survey.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="196"/>
        <source>%1. [%2] %3: %4</source>
        <translation>%1. [%2] %3: %4</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="204"/>
        <source>The survey observed %1 packets (%2) from %3 over %4.</source>
        <translation>The survey observed %1 packets (%2) from %3 over %4.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <source>Capture file</source>
        <translation>Capture file</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <location filename="../app/render/report_document.cpp" line="310"/>
        <location filename="../app/render/report_document.cpp" line="338"/>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <location filename="../app/render/report_document.cpp" line="338"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="217"/>
        <source>Link types: %1.</source>
        <translation>Link types: %1.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="217"/>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="218"/>
        <source>Mirror coverage</source>
        <translation>Mirror coverage</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="219"/>
        <source>%1 of TCP conversations were seen in both directions. A low share means the mirror port or tap saw only one direction of some links, so volumes and some findings are understated.</source>
        <translation>%1 of TCP conversations were seen in both directions. A low share means the mirror port or tap saw only one direction of some links, so volumes and some findings are understated.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="226"/>
        <source>What passive observation cannot see</source>
        <translation>What passive observation cannot see</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="227"/>
        <source>Mieruka only listens; it sent nothing to the plant network. It therefore sees only traffic that passed the mirror point during the survey: devices that stayed silent, traffic inside other switches, serial fieldbuses, encrypted content, and vulnerabilities that show no traffic are not visible. Software versions come from what devices announce and may be incomplete. The absence of a finding is not proof that a weakness is absent.</source>
        <translation>Mieruka only listens; it sent nothing to the plant network. It therefore sees only traffic that passed the mirror point during the survey: devices that stayed silent, traffic inside other switches, serial fieldbuses, encrypted content, and vulnerabilities that show no traffic are not visible. Software versions come from what devices announce and may be incomplete. The absence of a finding is not proof that a weakness is absent.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="236"/>
        <source>%1 devices were seen, %2 of them industrial (OT) devices.</source>
        <translation>%1 devices were seen, %2 of them industrial (OT) devices.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="241"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="247"/>
        <source>Devices by role</source>
        <translation>Devices by role</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="247"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="248"/>
        <source>Devices by vendor</source>
        <translation>Devices by vendor</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="248"/>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="249"/>
        <source>Devices by operating system</source>
        <translation>Devices by operating system</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="249"/>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>End of support</source>
        <translation>End of support</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="258"/>
        <source>Controllers</source>
        <translation>Controllers</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="260"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="268"/>
        <source>Each square is one address of the network (row: high digit, column: low digit of the last octet in hexadecimal); the colour is the device&apos;s role, a red corner an end-of-life system.</source>
        <translation>Each square is one address of the network (row: high digit, column: low digit of the last octet in hexadecimal); the colour is the device&apos;s role, a red corner an end-of-life system.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="272"/>
        <source>%1: not an IPv4 /24 network, no matrix drawn.</source>
        <translation>%1: not an IPv4 /24 network, no matrix drawn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/render/report_document.cpp" line="276"/>
        <source>%1 (%n devices)</source>
        <translation>
            <numerusform>%1 (%n devices)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="279"/>
        <source>End-of-life OS</source>
        <translation>End-of-life OS</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="287"/>
        <source>The network map could not be laid out (Graphviz failed).</source>
        <translation>The network map could not be laid out (Graphviz failed).</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="290"/>
        <source>Boxes are networks (/24), nodes are devices coloured by role, orange lines industrial protocols, blue lines other traffic.</source>
        <translation>Boxes are networks (/24), nodes are devices coloured by role, orange lines industrial protocols, blue lines other traffic.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="293"/>
        <source>The map shows the %1 busiest devices; %2 quieter devices are listed in the appendix only.</source>
        <translation>The map shows the %1 busiest devices; %2 quieter devices are listed in the appendix only.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="303"/>
        <source>Data volume per minute over the survey; the numbered circles are the busiest minutes.</source>
        <translation>Data volume per minute over the survey; the numbered circles are the busiest minutes.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>Bytes per minute</source>
        <translation>Bytes per minute</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>Broadcast frames per minute</source>
        <translation>Broadcast frames per minute</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>No traffic</source>
        <translation>No traffic</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="308"/>
        <source>Peak minutes</source>
        <translation>Peak minutes</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <source>Minute (UTC)</source>
        <translation>Minute (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="310"/>
        <source>Broadcast frames</source>
        <translation>Broadcast frames</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="316"/>
        <source>Broadcast storms</source>
        <translation>Broadcast storms</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>From (UTC)</source>
        <translation>From (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="328"/>
        <source>No broadcast storm was detected.</source>
        <translation>No broadcast storm was detected.</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="340"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="347"/>
        <source>Hosts by data volume</source>
        <translation>Hosts by data volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="347"/>
        <location filename="../app/render/report_document.cpp" line="348"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="348"/>
        <source>Hosts by number of peers</source>
        <translation>Hosts by number of peers</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="349"/>
        <source>Busiest host pairs</source>
        <translation>Busiest host pairs</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="349"/>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="350"/>
        <source>Busiest services</source>
        <translation>Busiest services</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="350"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportFindingTexts</name>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="19"/>
        <source>Industrial commands that change controllers</source>
        <translation>Industrial commands that change controllers</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="20"/>
        <source>%1 write, program or run/stop operations were sent to controllers, in %3 incidents involving %2 hosts.</source>
        <translation>%1 write, program or run/stop operations were sent to controllers, in %3 incidents involving %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="21"/>
        <source>A command that stops a PLC or downloads a program changes production directly. Anyone on the network who can send it can do the same.</source>
        <translation>A command that stops a PLC or downloads a program changes production directly. Anyone on the network who can send it can do the same.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="22"/>
        <source>Confirm that every sender is an approved engineering station; restrict these operations to those stations with firewall rules or controller access protection, and log them.</source>
        <translation>Confirm that every sender is an approved engineering station; restrict these operations to those stations with firewall rules or controller access protection, and log them.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="24"/>
        <source>Devices that appeared after the learning period</source>
        <translation>Devices that appeared after the learning period</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="25"/>
        <source>%2 devices first appeared after the baseline was learnt (%3 incidents).</source>
        <translation>%2 devices first appeared after the baseline was learnt (%3 incidents).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="26"/>
        <source>An unknown device on the control network may be a maintenance laptop, a replaced part or an intruder.</source>
        <translation>An unknown device on the control network may be a maintenance laptop, a replaced part or an intruder.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="27"/>
        <source>Identify each new device with the owner of the line, add approved ones to the asset ledger and remove the rest; consider port security on the switches.</source>
        <translation>Identify each new device with the owner of the line, add approved ones to the asset ledger and remove the rest; consider port security on the switches.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="29"/>
        <source>Operating systems past end of life</source>
        <translation>Operating systems past end of life</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="30"/>
        <source>%2 hosts run an operating system that no longer receives security updates.</source>
        <translation>%2 hosts run an operating system that no longer receives security updates.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="31"/>
        <source>Known vulnerabilities of these systems stay open for ever; malware spreading in IT networks reaches them first.</source>
        <translation>Known vulnerabilities of these systems stay open for ever; malware spreading in IT networks reaches them first.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="32"/>
        <source>Plan replacement or upgrade; until then isolate these hosts in their own zone, disable unused services and keep offline backups.</source>
        <translation>Plan replacement or upgrade; until then isolate these hosts in their own zone, disable unused services and keep offline backups.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="34"/>
        <source>Devices that went silent</source>
        <translation>Devices that went silent</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="35"/>
        <source>%2 devices stopped sending during the survey (%3 incidents).</source>
        <translation>%2 devices stopped sending during the survey (%3 incidents).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="36"/>
        <source>A controller or sensor that stops talking can mean a failure, a cable fault or a device taken off the line.</source>
        <translation>A controller or sensor that stops talking can mean a failure, a cable fault or a device taken off the line.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="37"/>
        <source>Check with production whether the silence was planned; monitor these devices for availability.</source>
        <translation>Check with production whether the silence was planned; monitor these devices for availability.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="39"/>
        <source>New communication paths</source>
        <translation>New communication paths</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="40"/>
        <source>%3 communication paths appeared after the learning period, involving %2 hosts.</source>
        <translation>%3 communication paths appeared after the learning period, involving %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="41"/>
        <source>Control networks are stable; a new path often means a configuration change or someone exploring the network.</source>
        <translation>Control networks are stable; a new path often means a configuration change or someone exploring the network.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="42"/>
        <source>Review each new path with the system owner and allow only the documented ones in the zone conduits.</source>
        <translation>Review each new path with the system owner and allow only the documented ones in the zone conduits.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="44"/>
        <source>Traffic outside its usual volume</source>
        <translation>Traffic outside its usual volume</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="45"/>
        <source>%3 communications moved much more or much less data than during learning (%1 occurrences).</source>
        <translation>%3 communications moved much more or much less data than during learning (%1 occurrences).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="46"/>
        <source>Unusual volume can be a data copy, a misconfigured device or the start of a storm.</source>
        <translation>Unusual volume can be a data copy, a misconfigured device or the start of a storm.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="47"/>
        <source>Find out what caused the change; set volume alarms on the critical links.</source>
        <translation>Find out what caused the change; set volume alarms on the critical links.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="49"/>
        <source>Traffic matching attack signatures</source>
        <translation>Traffic matching attack signatures</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="50"/>
        <source>%1 packets matched known attack or malware signatures, involving %2 hosts.</source>
        <translation>%1 packets matched known attack or malware signatures, involving %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="51"/>
        <source>A signature match points to malware, exploitation attempts or security tools running on the plant network.</source>
        <translation>A signature match points to malware, exploitation attempts or security tools running on the plant network.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="52"/>
        <source>Investigate the source hosts at once, scan them for malware and find out who runs security tools on the plant network.</source>
        <translation>Investigate the source hosts at once, scan them for malware and find out who runs security tools on the plant network.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="54"/>
        <source>Communication with the internet</source>
        <translation>Communication with the internet</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="55"/>
        <source>%2 hosts exchanged traffic with public internet addresses (%3 incidents).</source>
        <translation>%2 hosts exchanged traffic with public internet addresses (%3 incidents).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="56"/>
        <source>Direct internet paths let attackers and malware reach plant devices without crossing a DMZ.</source>
        <translation>Direct internet paths let attackers and malware reach plant devices without crossing a DMZ.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="57"/>
        <source>Route all external access through a DMZ with a firewall and remote-access gateway; block direct paths.</source>
        <translation>Route all external access through a DMZ with a firewall and remote-access gateway; block direct paths.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="59"/>
        <source>Passwords and data in clear text</source>
        <translation>Passwords and data in clear text</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="60"/>
        <source>%1 sessions of clear-text protocols (Telnet, FTP, HTTP, …) were seen on %2 hosts.</source>
        <translation>%1 sessions of clear-text protocols (Telnet, FTP, HTTP, …) were seen on %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="61"/>
        <source>Anyone who can listen on the network reads the passwords and can reuse them.</source>
        <translation>Anyone who can listen on the network reads the passwords and can reuse them.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="62"/>
        <source>Replace them with encrypted equivalents (SSH, SFTP, HTTPS) or confine them to an isolated maintenance zone.</source>
        <translation>Replace them with encrypted equivalents (SSH, SFTP, HTTPS) or confine them to an isolated maintenance zone.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="64"/>
        <source>SMB version 1 in use</source>
        <translation>SMB version 1 in use</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="65"/>
        <source>SMBv1 was used by %2 hosts (%1 sessions).</source>
        <translation>SMBv1 was used by %2 hosts (%1 sessions).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="66"/>
        <source>SMBv1 is the protocol that WannaCry and NotPetya used to spread through factories.</source>
        <translation>SMBv1 is the protocol that WannaCry and NotPetya used to spread through factories.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="67"/>
        <source>Disable SMBv1 on every host; where an old device needs it, isolate that device.</source>
        <translation>Disable SMBv1 on every host; where an old device needs it, isolate that device.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="69"/>
        <source>OPC UA without security</source>
        <translation>OPC UA without security</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="70"/>
        <source>%1 OPC UA sessions used the security policy None, involving %2 hosts.</source>
        <translation>%1 OPC UA sessions used the security policy None, involving %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="71"/>
        <source>Without signing and encryption, values and commands can be read and changed on the way.</source>
        <translation>Without signing and encryption, values and commands can be read and changed on the way.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="72"/>
        <source>Configure OPC UA endpoints to require Sign or SignAndEncrypt and disable the None policy.</source>
        <translation>Configure OPC UA endpoints to require Sign or SignAndEncrypt and disable the None policy.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="74"/>
        <source>Duplicate IP addresses</source>
        <translation>Duplicate IP addresses</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="75"/>
        <source>%3 addresses were claimed by more than one device (%2 hosts).</source>
        <translation>%3 addresses were claimed by more than one device (%2 hosts).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="76"/>
        <source>Two devices with one address cause intermittent communication loss that is hard to diagnose.</source>
        <translation>Two devices with one address cause intermittent communication loss that is hard to diagnose.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="77"/>
        <source>Correct the address plan, keep it in the asset ledger and check new devices before connection.</source>
        <translation>Correct the address plan, keep it in the asset ledger and check new devices before connection.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="79"/>
        <source>Possible ARP spoofing</source>
        <translation>Possible ARP spoofing</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="80"/>
        <source>%1 conflicting ARP replies were seen, involving %2 hosts.</source>
        <translation>%1 conflicting ARP replies were seen, involving %2 hosts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="81"/>
        <source>ARP spoofing lets a device put itself between a controller and its HMI to read or alter traffic.</source>
        <translation>ARP spoofing lets a device put itself between a controller and its HMI to read or alter traffic.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="82"/>
        <source>Find the device behind the conflicting MAC addresses; enable dynamic ARP inspection where the switches support it.</source>
        <translation>Find the device behind the conflicting MAC addresses; enable dynamic ARP inspection where the switches support it.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="84"/>
        <source>Unexpected DHCP servers</source>
        <translation>Unexpected DHCP servers</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="85"/>
        <source>%2 hosts answered DHCP requests (%1 offers).</source>
        <translation>%2 hosts answered DHCP requests (%1 offers).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="86"/>
        <source>A second DHCP server hands out wrong addresses and gateways and can redirect traffic.</source>
        <translation>A second DHCP server hands out wrong addresses and gateways and can redirect traffic.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="87"/>
        <source>Remove unapproved DHCP servers and enable DHCP snooping on the switches.</source>
        <translation>Remove unapproved DHCP servers and enable DHCP snooping on the switches.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="89"/>
        <source>Network scanning</source>
        <translation>Network scanning</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="90"/>
        <source>%2 hosts probed many addresses or ports (%3 incidents).</source>
        <translation>%2 hosts probed many addresses or ports (%3 incidents).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="91"/>
        <source>Scans map the network before an attack and can crash fragile controllers.</source>
        <translation>Scans map the network before an attack and can crash fragile controllers.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="92"/>
        <source>Identify who scanned; allow scans only as planned work outside production hours.</source>
        <translation>Identify who scanned; allow scans only as planned work outside production hours.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="94"/>
        <source>Broadcast storms and loops</source>
        <translation>Broadcast storms and loops</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="95"/>
        <source>%3 periods with abnormal broadcast or multicast traffic were seen (%1 frames).</source>
        <translation>%3 periods with abnormal broadcast or multicast traffic were seen (%1 frames).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="96"/>
        <source>A storm or a switching loop can stop controller communication across the whole segment and halt production.</source>
        <translation>A storm or a switching loop can stop controller communication across the whole segment and halt production.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="97"/>
        <source>Find the loop or the flooding device; enable loop protection and storm control on the switches.</source>
        <translation>Find the loop or the flooding device; enable loop protection and storm control on the switches.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="99"/>
        <source>Flat network</source>
        <translation>Flat network</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="100"/>
        <source>Control devices and office devices share one network (%2 hosts involved).</source>
        <translation>Control devices and office devices share one network (%2 hosts involved).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="101"/>
        <source>In a flat network, one infected PC can reach every controller, and one fault can disturb all lines.</source>
        <translation>In a flat network, one infected PC can reach every controller, and one fault can disturb all lines.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="102"/>
        <source>Divide the network into zones (e.g. per line and a DMZ) with conduits that allow only the needed traffic.</source>
        <translation>Divide the network into zones (e.g. per line and a DMZ) with conduits that allow only the needed traffic.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="104"/>
        <source>Bandwidth pressure</source>
        <translation>Bandwidth pressure</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="105"/>
        <source>Links were close to their capacity in %3 periods (%1 occurrences).</source>
        <translation>Links were close to their capacity in %3 periods (%1 occurrences).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="106"/>
        <source>A saturated link delays cyclic control traffic and can trip production equipment.</source>
        <translation>A saturated link delays cyclic control traffic and can trip production equipment.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="107"/>
        <source>Find the heavy senders (see Rankings), move bulk transfers off production hours or add capacity.</source>
        <translation>Find the heavy senders (see Rankings), move bulk transfers off production hours or add capacity.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>Finding: %4</source>
        <translation>Finding: %4</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>%3 incidents involving %2 hosts (%1 occurrences).</source>
        <translation>%3 incidents involving %2 hosts (%1 occurrences).</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>See the evidence below.</source>
        <translation>See the evidence below.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="110"/>
        <source>Review the evidence with the system owner.</source>
        <translation>Review the evidence with the system owner.</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="119"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="120"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="121"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="122"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="123"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="128"/>
        <source>Critical risk</source>
        <translation>Critical risk</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="129"/>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="130"/>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="131"/>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="136"/>
        <source>Share of end-of-life systems</source>
        <translation>Share of end-of-life systems</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="137"/>
        <source>No separation between zones</source>
        <translation>No separation between zones</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="138"/>
        <source>Controller stop, program or firmware changes seen</source>
        <translation>Controller stop, program or firmware changes seen</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportRenderer</name>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="73"/>
        <source>The report needs a QGuiApplication to load its fonts.</source>
        <translation>The report needs a QGuiApplication to load its fonts.</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="84"/>
        <source>The font &quot;%1&quot; is not installed (Debian package fonts-noto-cjk); the report cannot embed Japanese text without it.</source>
        <translation>The font &quot;%1&quot; is not installed (Debian package fonts-noto-cjk); the report cannot embed Japanese text without it.</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="100"/>
        <location filename="../app/render/report_renderer.cpp" line="140"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>Cannot write the report to %1: %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="104"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="135"/>
        <source>Cannot write the report to %1: drawing the pages failed.</source>
        <translation>Cannot write the report to %1: drawing the pages failed.</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="187"/>
        <source>Drawing the report pages failed.</source>
        <translation>Drawing the report pages failed.</translation>
    </message>
</context>
<context>
    <name>mieruka::render::TruncationText</name>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="22"/>
        <source>Survey truncated</source>
        <translation>Survey truncated</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="24"/>
        <source>Flow table full</source>
        <translation>Flow table full</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="32"/>
        <source>This survey reached its size limits (%1 addresses, %2 conversations): %3 address records and %4 conversation records beyond them were not listed.</source>
        <translation>This survey reached its size limits (%1 addresses, %2 conversations): %3 address records and %4 conversation records beyond them were not listed.</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="36"/>
        <source>%1 frames are counted in the capture totals but belong to no listed conversation. The devices seen first are kept; a scan or a flood of forged addresses is the usual cause.</source>
        <translation>%1 frames are counted in the capture totals but belong to no listed conversation. The devices seen first are kept; a scan or a flood of forged addresses is the usual cause.</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="41"/>
        <source>More than %1 conversations were active at once; %2 were closed early and counted again when they continued.</source>
        <translation>More than %1 conversations were active at once; %2 were closed early and counted again when they continued.</translation>
    </message>
</context>
</TS>
