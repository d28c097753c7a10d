<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HtmlSummary</name>
    <message>
        <location filename="../app/gui/headless_run.cpp" line="76"/>
        <source>Mieruka survey summary</source>
        <translation>Mieruka 調査サマリー</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="61"/>
        <source>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</source>
        <translation>キャプチャファイルを調査ファイルに取り込み、その内容を出力します。
CAPTURE を省略すると、--survey の調査ファイルの内容を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="65"/>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="67"/>
        <source>pcap, pcapng, .gz files or folders of them.</source>
        <translation>pcap・pcapng・.gz ファイル、またはそれらを含むフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="70"/>
        <source>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</source>
        <translation>調査ファイル（*.mieruka）。無ければ作成します。省略時は一時的な調査ファイルを使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="74"/>
        <source>Write the JSON export (docs/json-schema.md); - for stdout.</source>
        <translation>JSON を出力します（docs/json-schema.md）。- で標準出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="77"/>
        <source>Write the asset ledger as CSV (UTF-8 with BOM).</source>
        <translation>資産台帳を CSV（BOM 付き UTF-8）で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="80"/>
        <source>Write an HTML summary.</source>
        <translation>HTML サマリーを出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="82"/>
        <source>No progress output.</source>
        <translation>進捗を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="84"/>
        <source>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</source>
        <translation>少なくとも N フレームごとに調査ファイルへ確定します（既定 524288。0.5 秒ごとにも確定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="88"/>
        <source>Also classify and count every industrial request (read, write, PLC stop, download…); slower import.</source>
        <translation>制御系の要求（読み出し・書き込み・PLC 停止・ダウンロードなど）もすべて分類して数えます。取り込みは遅くなります。</translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <location filename="../app/gui/headless_run.cpp" line="79"/>
        <source>no display: wrote %1 hosts, %2 frames to %3 (assets.csv, analysis.json, summary.html; survey %4)</source>
        <translation>画面がありません：%1 台の機器・%2 フレームを %3 に書き出しました（assets.csv、analysis.json、summary.html。調査ファイル %4）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Passive OT network assessment.</source>
        <translation>受動的な OT ネットワーク診断。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Survey file to open or create.</source>
        <translation>開く、または作成する調査ファイル。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Without a display: folder for the exports (default ./out).</source>
        <translation>画面がないときの出力先フォルダー（既定 ./out）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Capture files or folders to import.</source>
        <translation>取り込むキャプチャファイルまたはフォルダー。</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::EvidenceModel</name>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="71"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="72"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="73"/>
        <source>Source</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="74"/>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="75"/>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="76"/>
        <source>Capture file</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="77"/>
        <source>Frame</source>
        <translation>フレーム番号</translation>
    </message>
    <message>
        <location filename="../app/gui/evidence_model.cpp" line="78"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ImportWorker</name>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="39"/>
        <source>Checking files</source>
        <translation>ファイルを確認中</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="39"/>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="40"/>
        <source>%1: %2 frames (%3 frames/s)</source>
        <translation>%1：%2 フレーム（%3 フレーム/秒）</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::LedgerModel</name>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="47"/>
        <source>PLC / controller</source>
        <translation>PLC・コントローラー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="49"/>
        <source>HMI</source>
        <translation>HMI</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="51"/>
        <source>Engineering workstation</source>
        <translation>エンジニアリング端末</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="53"/>
        <source>Historian</source>
        <translation>ヒストリアン</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="55"/>
        <source>SCADA server</source>
        <translation>SCADA サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="57"/>
        <source>Windows PC</source>
        <translation>Windows PC</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="59"/>
        <source>Windows server</source>
        <translation>Windows サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="61"/>
        <source>Linux server</source>
        <translation>Linux サーバー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="63"/>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="65"/>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="67"/>
        <source>IoT device / camera</source>
        <translation>IoT 機器・カメラ</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="68"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="109"/>
        <source>%1 (end of life)</source>
        <translation>%1（サポート終了）</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="143"/>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="144"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="145"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="146"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="147"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="148"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="149"/>
        <source>Model</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="150"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="151"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="152"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="153"/>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="154"/>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="155"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="156"/>
        <source>Bytes</source>
        <translation>バイト数</translation>
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
        <translation>IP・MAC・ベンダー・プロトコルで検索…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="98"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="99"/>
        <source>&amp;New survey…</source>
        <translation>新しい調査(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="100"/>
        <source>&amp;Open survey…</source>
        <translation>調査を開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="102"/>
        <source>&amp;Import capture files…</source>
        <translation>キャプチャファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="102"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Import capture &amp;folder…</source>
        <translation>キャプチャフォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="105"/>
        <source>Export ledger as &amp;CSV…</source>
        <translation>台帳を CSV で書き出す(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="122"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="122"/>
        <source>The new language applies when Mieruka starts next time.</source>
        <translation>新しい言語は次回 Mieruka を起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka 調査ファイル (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="130"/>
        <source>New survey</source>
        <translation>新しい調査</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <source>Open survey</source>
        <translation>調査を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>Import capture folder</source>
        <translation>キャプチャフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="149"/>
        <source>Import capture files</source>
        <translation>キャプチャファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</source>
        <translation>キャプチャファイル (*.pcap *.pcapng *.cap *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>%1 — Mieruka</source>
        <translation>%1 — Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>Import running</source>
        <translation>取り込み中です</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>実行中の取り込みが終わるまで待つか、取り消してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="176"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="176"/>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="212"/>
        <source>Import cancelled; everything committed before the cancel is kept.</source>
        <translation>取り込みを取り消しました。取り消し前に確定した内容は保持されています。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Problems during import</source>
        <translation>取り込み中の問題</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Export ledger</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="231"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="231"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="241"/>
        <source>No survey open. Use File → New survey, then import capture files (or drop them here).</source>
        <translation>調査ファイルが開かれていません。「ファイル → 新しい調査」を選び、キャプチャファイルを取り込んでください（ここへのドロップも可）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>%1 | %2 – %3 | %4 frames | %5 hosts</source>
        <translation>%1 | %2 – %3 | %4 フレーム | %5 台</translation>
    </message>
</context>
<context>
    <name>mieruka::render::HtmlSummary</name>
    <message>
        <location filename="../app/render/html_summary.cpp" line="56"/>
        <source>Key numbers</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="57"/>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="58"/>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="60"/>
        <source>Time span</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="62"/>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="63"/>
        <source>Conversations</source>
        <translation>通信</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Capture files</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="67"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <source>Vendors</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="73"/>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Asset ledger</source>
        <translation>資産台帳</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/render/html_summary.cpp" line="79"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
</context>
</TS>
