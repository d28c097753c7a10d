<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertText</name>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="19"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="20"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="21"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="22"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="23"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="46"/>
        <source>New device</source>
        <translation>新規デバイス</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="47"/>
        <source>End-of-life OS</source>
        <translation>サポート終了OS</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="48"/>
        <source>Device silent</source>
        <translation>デバイス無応答</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="49"/>
        <source>New communication</source>
        <translation>新規通信</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="50"/>
        <source>Unusual traffic volume</source>
        <translation>通信量の異常</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="51"/>
        <source>OT command</source>
        <translation>OTコマンド</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="52"/>
        <source>Signature</source>
        <translation>シグネチャ</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="53"/>
        <source>Internet exposure</source>
        <translation>インターネットへの露出</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="54"/>
        <source>Cleartext protocol</source>
        <translation>平文プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="55"/>
        <source>SMBv1</source>
        <translation>SMBv1</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="56"/>
        <source>OPC UA without security</source>
        <translation>セキュリティなしのOPC UA</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="57"/>
        <source>Duplicate IP address</source>
        <translation>IPアドレス重複</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="58"/>
        <source>ARP spoofing</source>
        <translation>ARPスプーフィング</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="59"/>
        <source>Rogue DHCP server</source>
        <translation>不正DHCPサーバ</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="60"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../app/gui/alert_text.cpp" line="61"/>
        <source>Broadcast storm</source>
        <translation>ブロードキャストストーム</translation>
    </message>
</context>
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
        <location filename="../app/cli/analyze_command.cpp" line="64"/>
        <source>Import capture files into a survey and export what it holds.
With no CAPTURE, exports what --survey already holds.</source>
        <translation>キャプチャファイルを調査ファイルに取り込み、その内容を出力します。
CAPTURE を省略すると、--survey の調査ファイルの内容を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/alerts_command.cpp" line="41"/>
        <source>List the alerts of a survey, oldest first, one tab-separated line each:
id, type, severity, first time (UTC), source → destination, protocol, rule, count.
The id is what &apos;mieruka-cli export-packets SURVEY --alert ID&apos; takes.</source>
        <translation>調査のアラートを古い順に、1行ずつタブ区切りで一覧表示します:
ID、種類、重大度、初回時刻 (UTC)、送信元 → 宛先、プロトコル、ルール、件数。
IDは &apos;mieruka-cli export-packets SURVEY --alert ID&apos; に指定します。</translation>
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
        <translation>コマンド。</translation>
    </message>
    <message>
        <location filename="../app/cli/alerts_command.cpp" line="47"/>
        <location filename="../app/cli/export_packets_command.cpp" line="62"/>
        <source>Survey file (*.mieruka).</source>
        <translation>調査ファイル (*.mieruka)。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="70"/>
        <source>pcap, pcapng, .gz files or folders of them.</source>
        <translation>pcap・pcapng・.gz ファイル、またはそれらを含むフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="73"/>
        <source>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</source>
        <translation>調査ファイル（*.mieruka）。無ければ作成します。省略時は一時的な調査ファイルを使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="77"/>
        <source>Write the JSON export (docs/json-schema.md); - for stdout.</source>
        <translation>JSON を出力します（docs/json-schema.md）。- で標準出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="80"/>
        <source>Write the asset ledger as CSV (UTF-8 with BOM).</source>
        <translation>資産台帳を CSV（BOM 付き UTF-8）で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="83"/>
        <source>Write an HTML summary.</source>
        <translation>HTML サマリーを出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="85"/>
        <source>No progress output.</source>
        <translation>進捗を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="87"/>
        <source>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</source>
        <translation>少なくとも N フレームごとに調査ファイルへ確定します（既定 524288。0.5 秒ごとにも確定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="91"/>
        <source>Classify and count every industrial request (the default; kept for older scripts).</source>
        <translation>すべての産業用リクエストを分類・集計します(既定。古いスクリプト用に残しています)。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="94"/>
        <source>Do not classify industrial requests (faster import; no ot_command alerts).</source>
        <translation>産業用リクエストを分類しません(取り込みが速くなりますが、ot_command アラートは出ません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="56"/>
        <source>Write the frames behind an alert, read again from the survey&apos;s capture files, as a pcap file
with nanosecond timestamps for Wireshark: every frame between the alert&apos;s hosts from its first
to its last occurrence, and its evidence frame. &apos;mieruka-cli alerts SURVEY&apos; lists the ids.</source>
        <translation>アラートの根拠となるフレームを調査のキャプチャファイルから読み直し、Wireshark 用にナノ秒精度の
pcap ファイルとして書き出します: 最初から最後の発生までのアラートのホスト間の全フレームと、証拠フレーム。
ID は &apos;mieruka-cli alerts SURVEY&apos; で一覧できます。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="63"/>
        <source>The alert&apos;s id.</source>
        <translation>アラートのID。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="66"/>
        <source>The pcap file to write; - for stdout.</source>
        <translation>書き出す pcap ファイル。- で標準出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="69"/>
        <source>Widen the alert&apos;s time span by this much on both sides (default 0).</source>
        <translation>アラートの時間範囲を前後にこの秒数だけ広げます(既定 0)。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="73"/>
        <source>Every frame in the time span, not only the alert&apos;s hosts&apos;.</source>
        <translation>アラートのホストに限らず、時間範囲内のすべてのフレーム。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="76"/>
        <source>Write at most N frames (default 100000).</source>
        <translation>最大 N フレームまで書き出します(既定 100000)。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="79"/>
        <source>Check each capture file&apos;s SHA-256 against the survey (slow), not only its size.</source>
        <translation>各キャプチャファイルのサイズだけでなく SHA-256 も調査と照合します(低速)。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="82"/>
        <source>Look here, by file name, for capture files no longer where they were imported from.</source>
        <translation>取り込み元から移動したキャプチャファイルを、ファイル名でこのフォルダから探します。</translation>
    </message>
    <message>
        <location filename="../app/cli/export_packets_command.cpp" line="86"/>
        <source>No summary line.</source>
        <translation>要約行を出力しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="85"/>
        <source>Capture live from network interfaces (e.g. a switch mirror port) into a survey.
The mieruka-capture helper holds the capture rights and writes pcapng ring files
into the folder SURVEY.captures next to the survey; they are imported as they grow.
Ctrl+C stops cleanly (everything captured is imported); a second Ctrl+C aborts.</source>
        <translation>ネットワークインターフェース（スイッチのミラーポートなど）からライブキャプチャし、調査ファイルに取り込みます。
キャプチャ権限は mieruka-capture ヘルパーだけが持ち、調査ファイルの隣のフォルダ SURVEY.captures に
pcapng リングファイルを書きます。ファイルは書かれるそばから取り込まれます。
Ctrl+C で正常に停止します（キャプチャしたものはすべて取り込まれます）。もう一度 Ctrl+C で中断します。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="93"/>
        <source>Interface to capture on (repeat for several); see &apos;mieruka-cli interfaces&apos;.</source>
        <translation>キャプチャするインターフェース（複数指定可）。&apos;mieruka-cli interfaces&apos; を参照。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="97"/>
        <source>BPF capture filter (tcpdump syntax).</source>
        <translation>BPF キャプチャフィルタ（tcpdump の書式）。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="100"/>
        <source>Stop after this many seconds.</source>
        <translation>この秒数で停止します。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="102"/>
        <source>Stop after writing this many MB.</source>
        <translation>この MB 数を書き込んだら停止します。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="104"/>
        <source>Size of one ring file in MB (default 100).</source>
        <translation>リングファイル 1 つの大きさ（MB、既定 100）。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="107"/>
        <source>Bytes kept per frame (default 262144).</source>
        <translation>フレームごとに保存するバイト数（既定 262144）。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="110"/>
        <source>Do not put the interface in promiscuous mode.</source>
        <translation>インターフェースをプロミスキャスモードにしません。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="112"/>
        <source>Survey file (*.mieruka); created if missing.</source>
        <translation>調査ファイル（*.mieruka）。なければ作成します。</translation>
    </message>
    <message>
        <location filename="../app/cli/capture_command.cpp" line="115"/>
        <source>No status output while capturing.</source>
        <translation>キャプチャ中の状況を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/interfaces_command.cpp" line="45"/>
        <source>List the network interfaces live capture can use.</source>
        <translation>ライブキャプチャに使えるネットワークインターフェースを一覧表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/interfaces_command.cpp" line="48"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="69"/>
        <source>Compare two surveys, or two periods of one survey: devices added, removed and changed,
communications added, removed and changed in volume, new alerts (docs/diff-schema.md).
Periods are one per import (import-N) or ranges defined in the app; a period is read
again from its capture files.</source>
        <translation>2 つの調査ファイル、または 1 つの調査ファイルの 2 つの期間を比較します: 追加・削除・変更されたデバイス、
追加・削除・通信量が変化した通信、新しいアラート（docs/diff-schema.md）。
期間は取り込みごとに 1 つ（import-N）か、アプリで定義した時間範囲です。期間はキャプチャファイルから
読み直されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="76"/>
        <source>The earlier survey.</source>
        <translation>前の調査ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="77"/>
        <source>The later survey (default: A).</source>
        <translation>後の調査ファイル（既定: A）。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="80"/>
        <source>A period to compare (see --list-periods).</source>
        <translation>比較する期間（--list-periods を参照）。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="83"/>
        <source>List the periods of the survey(s) and stop.</source>
        <translation>調査ファイルの期間を一覧表示して終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="85"/>
        <source>Write the diff as JSON; - for stdout.</source>
        <translation>差分を JSON で書き出します。- で標準出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="88"/>
        <source>Write the diff as CSV, one row per difference.</source>
        <translation>差分を CSV で書き出します（差分 1 件につき 1 行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/diff_command.cpp" line="91"/>
        <source>Report a communication whose bytes per hour changed by this factor (default 3).</source>
        <translation>1 時間あたりのバイト数がこの倍率以上変化した通信を報告します（既定 3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="45"/>
        <source>Write the PDF assessment report of a survey (docs/report.md).</source>
        <translation>調査ファイルの PDF 評価報告書を書き出します（docs/report.md）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="49"/>
        <source>The survey file (*.mieruka).</source>
        <translation>調査ファイル（*.mieruka）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="51"/>
        <source>The PDF file to write.</source>
        <translation>書き出す PDF ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="53"/>
        <source>Language of the report: ja or en (default en).</source>
        <translation>報告書の言語: ja または en（既定 en）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="56"/>
        <source>An earlier survey: add what changed since it.</source>
        <translation>以前の調査ファイル: それ以降の変化を加えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="59"/>
        <source>Pseudonymise addresses and names (for sharing).</source>
        <translation>アドレスと名前を仮名化します（共有用）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="61"/>
        <source>Comma-separated section ids (default: all).</source>
        <translation>カンマ区切りの章 ID（既定: すべて）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="63"/>
        <source>Site name (kept in the survey).</source>
        <translation>拠点名（調査ファイルに保存）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="66"/>
        <source>Customer (kept in the survey).</source>
        <translation>顧客名（調査ファイルに保存）。</translation>
    </message>
    <message>
        <location filename="../app/cli/report_command.cpp" line="68"/>
        <source>Consultant (kept in the survey).</source>
        <translation>担当コンサルタント（調査ファイルに保存）。</translation>
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
    <name>live</name>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="35"/>
        <source>the capture helper crashed</source>
        <translation>キャプチャヘルパーが異常終了しました</translation>
    </message>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="36"/>
        <source>the capture helper exited with code %1</source>
        <translation>キャプチャヘルパーが終了コード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../app/live/capture_helper_process.cpp" line="42"/>
        <location filename="../app/live/capture_helper_process.cpp" line="70"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location filename="../app/live/helper_locator.cpp" line="59"/>
        <source>You may not run the capture helper %1. Ask an administrator to add you to its group (sudo adduser %2 %3), then log in again.</source>
        <translation>キャプチャ補助プログラム %1 を実行する権限がありません。管理者にグループへの追加（sudo adduser %2 %3）を依頼し、ログインし直してください。</translation>
    </message>
    <message>
        <location filename="../app/live/helper_locator.cpp" line="63"/>
        <source>The capture helper mieruka-capture was not found (looked in: %1). Reinstall Mieruka or set MIERUKA_CAPTURE_HELPER.</source>
        <translation>キャプチャヘルパー mieruka-capture が見つかりません（探した場所: %1）。Mieruka を再インストールするか MIERUKA_CAPTURE_HELPER を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/live/interface_list.cpp" line="36"/>
        <source>The capture helper gave an unreadable interface list (%1).</source>
        <translation>キャプチャヘルパーのインターフェース一覧を読めません（%1）。</translation>
    </message>
    <message>
        <location filename="../app/live/interface_list.cpp" line="74"/>
        <source>%1 could not list the network interfaces: %2</source>
        <translation>%1 がネットワークインターフェースを一覧できません: %2</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="21"/>
        <source>stopped by the user</source>
        <translation>ユーザーが停止</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="22"/>
        <source>the set duration was reached</source>
        <translation>設定した時間に達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="23"/>
        <source>the set size was reached</source>
        <translation>設定したサイズに達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="24"/>
        <source>the set packet count was reached</source>
        <translation>設定したパケット数に達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="25"/>
        <source>stopped by an error</source>
        <translation>エラーで停止</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="110"/>
        <source>A capture is already running.</source>
        <translation>キャプチャはすでに実行中です。</translation>
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
    <name>mieruka::cli::DetectionArguments</name>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="23"/>
        <source>Also load this Suricata/Snort rules file (repeatable); rules it cannot support are listed, the rest are used.</source>
        <translation>この Suricata/Snort ルールファイルも読み込みます(複数指定可)。対応できないルールは一覧表示し、残りを使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="25"/>
        <source>OT command rule table to use instead of the bundled one (format: resources/detect/ot_command_rules.tsv).</source>
        <translation>同梱の代わりに使う OT コマンドルール表(形式: resources/detect/ot_command_rules.tsv)。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="27"/>
        <source>Another survey that is all learning period: everything in this survey is judged against it.</source>
        <translation>全体を学習期間とする別の調査: この調査のすべてをそれと比較して判定します。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="29"/>
        <source>End of the learning period (ISO 8601 time, UTC unless it names a zone).</source>
        <translation>学習期間の終わり(ISO 8601 時刻。タイムゾーン指定がなければ UTC)。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="31"/>
        <source>Learning period as a share of the survey&apos;s time span (default 0.2).</source>
        <translation>調査の時間範囲に対する学習期間の割合(既定 0.2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="33"/>
        <source>Switch detectors off, by alert type, comma separated (e.g. volume_band,new_communication).</source>
        <translation>検知器をアラート種別でカンマ区切りで無効にします(例: volume_band,new_communication)。</translation>
    </message>
    <message>
        <location filename="../app/cli/detection_arguments.cpp" line="35"/>
        <source>Import without running the detectors.</source>
        <translation>検知器を実行せずに取り込みます。</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AlertsModel</name>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="193"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="194"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="195"/>
        <source>First seen</source>
        <translation>初回確認</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="196"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="197"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="198"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="199"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="200"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_model.cpp" line="201"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AlertsView</name>
    <message numerus="yes">
        <location filename="../app/gui/alerts_view.cpp" line="92"/>
        <source>%n frame(s) written to %1.</source>
        <translation>
            <numerusform>%1 に %n フレームを書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="93"/>
        <source>No pcap file was written.</source>
        <translation>pcap ファイルは書き出されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/alerts_view.cpp" line="94"/>
        <source>%n capture file(s) read.</source>
        <translation>
            <numerusform>キャプチャファイルを %n 個読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="102"/>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="103"/>
        <source>Notes:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="130"/>
        <source>Search address, protocol, rule…</source>
        <translation>アドレス、プロトコル、ルールを検索…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="132"/>
        <source>Only the selected host</source>
        <translation>選択中のホストのみ</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="136"/>
        <source>Minimum severity:</source>
        <translation>最低重大度:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="158"/>
        <source>Select an alert to see its details.</source>
        <translation>アラートを選択すると詳細を表示します。</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="159"/>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="161"/>
        <source>Copies the command that exports this alert&apos;s frames as a pcap file</source>
        <translation>このアラートのフレームを pcap ファイルに書き出すコマンドをコピーします</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="163"/>
        <source>Export packets for Wireshark…</source>
        <translation>Wireshark 用にパケットを書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="165"/>
        <source>Writes this alert&apos;s frames, read again from the survey&apos;s capture files, to a pcap file</source>
        <translation>このアラートのフレームを調査のキャプチャファイルから読み直し、pcap ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="233"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="336"/>
        <location filename="../app/gui/alerts_view.cpp" line="372"/>
        <source>Export packets for Wireshark</source>
        <translation>Wireshark 用にパケットを書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="337"/>
        <source>pcap files (*.pcap);;All files (*)</source>
        <translation>pcap ファイル (*.pcap);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="358"/>
        <source>Exporting the frames of alert %1…</source>
        <translation>アラート %1 のフレームを書き出し中…</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="410"/>
        <source>Alert id</source>
        <translation>アラートID</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="411"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="412"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="413"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="414"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="415"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="416"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="417"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="418"/>
        <source>First seen</source>
        <translation>初回確認</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="419"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="421"/>
        <source>Fields:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="431"/>
        <source>No single frame is the evidence of this alert.</source>
        <translation>このアラートには単一の証拠フレームがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="433"/>
        <source>Evidence frame: packet %1 (capture file unknown)</source>
        <translation>証拠フレーム: パケット %1(キャプチャファイル不明)</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="435"/>
        <source>Evidence frame: packet %1 of %2</source>
        <translation>証拠フレーム: %2 のパケット %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alerts_view.cpp" line="438"/>
        <source>To open the frames in Wireshark, export them with:</source>
        <translation>Wireshark でフレームを開くには、次のコマンドで書き出します:</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::AssetsView</name>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="36"/>
        <source>Search IP, MAC, vendor, protocol…</source>
        <translation>IP、MAC、ベンダー、プロトコルを検索…</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="42"/>
        <source>Role filter</source>
        <translation>役割で絞り込み</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="43"/>
        <source>Vendor filter</source>
        <translation>ベンダーで絞り込み</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="44"/>
        <source>Subnet filter</source>
        <translation>サブネットで絞り込み</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="74"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="75"/>
        <source>Peers</source>
        <translation>通信相手</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="123"/>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="124"/>
        <source>All vendors</source>
        <translation>すべてのベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/assets_view.cpp" line="125"/>
        <source>All subnets</source>
        <translation>すべてのサブネット</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::CaptureDialog</name>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="42"/>
        <source>Capture live</source>
        <translation>ライブキャプチャ</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="45"/>
        <source>Tick the interface connected to the switch&apos;s mirror (SPAN) port. The packets/s line shows which port is busy; the mirror check tells whether frames between other devices arrive — if only this computer&apos;s and broadcast traffic does, the mirror is not set up yet.</source>
        <translation>スイッチのミラー（SPAN）ポートにつないだインターフェースにチェックを入れてください。パケット/秒のグラフで通信の多いポートがわかります。ミラー確認は他の機器どうしのフレームが届いているかを示します。このパソコン自身の通信とブロードキャストしか届かない場合、ミラーはまだ設定されていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="51"/>
        <source>Mirror check</source>
        <translation>ミラー確認</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="68"/>
        <source>empty: everything (e.g. not port 3389)</source>
        <translation>空欄: すべて（例: not port 3389）</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="70"/>
        <source>Capture filter (BPF):</source>
        <translation>キャプチャフィルタ（BPF）:</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="74"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="75"/>
        <location filename="../app/gui/capture_dialog.cpp" line="80"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="76"/>
        <source>Stop after:</source>
        <translation>停止するまでの時間:</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="79"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="81"/>
        <source>Stop after writing:</source>
        <translation>停止する書き込み量:</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="82"/>
        <source>Promiscuous mode (needed on a mirror port)</source>
        <translation>プロミスキャスモード（ミラーポートでは必要）</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="88"/>
        <source>Start capture</source>
        <translation>キャプチャ開始</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="100"/>
        <source>%1
Fix: %2</source>
        <translation>%1
対処: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="136"/>
        <source>down</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="136"/>
        <source>no link</source>
        <translation>リンクなし</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/capture_dialog.cpp" line="191"/>
        <source>Mirrored: %n frame(s) between other devices</source>
        <translation>
            <numerusform>ミラーされています: 他の機器どうしのフレーム %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="193"/>
        <source>Not mirrored? Only this computer&apos;s and broadcast traffic</source>
        <translation>ミラーされていない可能性: このパソコン自身の通信とブロードキャストのみ</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="195"/>
        <source>No traffic yet</source>
        <translation>まだ通信がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="197"/>
        <source>No mirror check on this link type</source>
        <translation>このリンク種別ではミラー確認できません</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="217"/>
        <source>Filter is valid.</source>
        <translation>フィルタは有効です。</translation>
    </message>
    <message>
        <location filename="../app/gui/capture_dialog.cpp" line="217"/>
        <source>Invalid filter: %1</source>
        <translation>無効なフィルタ: %1</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffLoader</name>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="34"/>
        <source>Comparing…</source>
        <translation>比較中…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="43"/>
        <source>%1: no such survey file</source>
        <translation>%1: 調査ファイルがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="49"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="54"/>
        <source>%1: no period &quot;%2&quot;</source>
        <translation>%1: 期間「%2」がありません</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_loader.cpp" line="58"/>
        <source>Reading period %1 of %2 from its capture files…</source>
        <translation>%2 の期間 %1 をキャプチャファイルから読み込み中…</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffMap</name>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="99"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="99"/>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="106"/>
        <source>Network map before</source>
        <translation>ネットワークマップ（前）</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="106"/>
        <source>Network map after</source>
        <translation>ネットワークマップ（後）</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="157"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="159"/>
        <source>Broadcast / multicast</source>
        <translation>ブロードキャスト / マルチキャスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="168"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストを配置中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="181"/>
        <source>The map could not be laid out.</source>
        <translation>マップを配置できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="183"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>通信の少ないホスト %n 台は描画していません(通信の多い %1 台を表示)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="186"/>
        <source>Hosts common to both periods sit at the same place on both maps.</source>
        <translation>両方の期間にあるホストは、両方のマップで同じ位置に表示されます。</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffMatrices</name>
    <message>
        <location filename="../app/gui/diff_matrices.cpp" line="29"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_matrices.cpp" line="29"/>
        <source>After</source>
        <translation>後</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffModel</name>
    <message numerus="yes">
        <location filename="../app/gui/diff_model.cpp" line="57"/>
        <source>%n packet(s), %1</source>
        <translation>
            <numerusform>%n パケット、%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="80"/>
        <source>Matched by MAC address</source>
        <translation>MAC アドレスで対応付け</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="82"/>
        <source>Matched by IP address</source>
        <translation>IP アドレスで対応付け</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="83"/>
        <source>Matched by IP address and identity (new network card?)</source>
        <translation>IP アドレスと識別情報で対応付け（ネットワークカード交換？）</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="133"/>
        <source>Bytes per hour</source>
        <translation>1 時間あたりのバイト数</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="134"/>
        <source>×%1, %2</source>
        <translation>×%1、%2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="155"/>
        <source>Device added</source>
        <translation>デバイス追加</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="156"/>
        <source>Device removed</source>
        <translation>デバイス削除</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="157"/>
        <source>Device changed</source>
        <translation>デバイス変更</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="158"/>
        <source>Communication added</source>
        <translation>通信追加</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="159"/>
        <source>Communication removed</source>
        <translation>通信削除</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="160"/>
        <source>Volume changed</source>
        <translation>通信量の変化</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="161"/>
        <source>New alert</source>
        <translation>新しいアラート</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="185"/>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="185"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="186"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="186"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="187"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="187"/>
        <source>End of life</source>
        <translation>サポート終了</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="188"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="188"/>
        <source>Model</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="189"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="189"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="190"/>
        <source>OT protocols</source>
        <translation>OT プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="190"/>
        <source>Server ports</source>
        <translation>サーバーポート</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="191"/>
        <source>Client ports</source>
        <translation>クライアントポート</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="242"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="243"/>
        <source>Device or endpoints</source>
        <translation>デバイスまたは通信端点</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="244"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="245"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="246"/>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_model.cpp" line="247"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffSideChooser</name>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="31"/>
        <source>Another survey file…</source>
        <translation>別の調査ファイル…</translation>
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
        <translation>%1: 調査ファイルがありません</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="142"/>
        <source>%1: whole survey</source>
        <translation>%1: 調査全体</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="154"/>
        <source>Compare with survey</source>
        <translation>比較する調査ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="155"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka 調査ファイル (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_side_chooser.cpp" line="160"/>
        <source>Cannot read survey</source>
        <translation>調査ファイルを読めません</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::DiffTable</name>
    <message>
        <location filename="../app/gui/diff_table.cpp" line="40"/>
        <source>Search address, name, attribute, value…</source>
        <translation>アドレス、名前、属性、値で検索…</translation>
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
        <translation>前(&amp;B):</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="51"/>
        <source>&amp;After:</source>
        <translation>後(&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="60"/>
        <source>Com&amp;pare</source>
        <translation>比較(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="62"/>
        <source>Define period from the current time filter…</source>
        <translation>現在の時間フィルタから期間を定義…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="70"/>
        <source>Choose the two periods to compare, then Compare.</source>
        <translation>比較する 2 つの期間を選び、「比較」を押してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="80"/>
        <source>Export CSV…</source>
        <translation>CSV を書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="81"/>
        <source>Export JSON…</source>
        <translation>JSON を書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="91"/>
        <source>Matrices</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="92"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="163"/>
        <source>Choose both periods first.</source>
        <translation>先に両方の期間を選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="178"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="187"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="227"/>
        <source>No differences between the two periods.</source>
        <translation>2 つの期間に差分はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_view.cpp" line="227"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>差分 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="235"/>
        <source>Cannot compare: %1</source>
        <translation>比較できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="264"/>
        <source>Export diff as JSON</source>
        <translation>差分を JSON で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="265"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="266"/>
        <source>Export diff as CSV</source>
        <translation>差分を CSV で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="267"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="271"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="280"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="284"/>
        <source>Choose a time range first (drag over a chart on the Traffic page).</source>
        <translation>先に時間範囲を選んでください（トラフィックページのグラフ上でドラッグ）。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="288"/>
        <source>Give the period a name.</source>
        <translation>期間に名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="311"/>
        <source>Define period</source>
        <translation>期間の定義</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="311"/>
        <source>Name of the period:</source>
        <translation>期間の名前:</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="318"/>
        <source>Cannot define the period</source>
        <translation>期間を定義できません</translation>
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
        <location filename="../app/gui/import_worker.cpp" line="40"/>
        <source>Running the detectors</source>
        <translation>検知を実行中</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="41"/>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="42"/>
        <source>%1: %2 frames (%3 frames/s)</source>
        <translation>%1：%2 フレーム（%3 フレーム/秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/import_worker.cpp" line="48"/>
        <source>about %1 s left</source>
        <translation>残り約 %1 秒</translation>
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
        <location filename="../app/gui/ledger_model.cpp" line="161"/>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="162"/>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="163"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="164"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="165"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="166"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="167"/>
        <source>Model</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="168"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="169"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="170"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="171"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="172"/>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="173"/>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="174"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location filename="../app/gui/ledger_model.cpp" line="175"/>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::LiveCaptureBar</name>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="19"/>
        <source>Stop capture</source>
        <translation>キャプチャ停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/live_capture_bar.cpp" line="44"/>
        <source>● Capturing on %1 — %2 — %3 packets — %4 Mbit/s — %5 in the survey — %n file(s)</source>
        <translation>
            <numerusform>● %1 でキャプチャ中 — %2 — %3 パケット — %4 Mbit/s — 調査ファイルに %5 — ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="49"/>
        <source>No packets dropped</source>
        <translation>取りこぼしなし</translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="52"/>
        <source>DROPPED: %1 by the kernel, %2 by the interface</source>
        <translation>取りこぼし: カーネルで %1、インターフェースで %2</translation>
    </message>
    <message>
        <location filename="../app/gui/live_capture_bar.cpp" line="61"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>&amp;New survey…</source>
        <translation>新しい調査(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>&amp;Open survey…</source>
        <translation>調査を開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>&amp;Import capture files…</source>
        <translation>キャプチャファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>Import capture &amp;folder…</source>
        <translation>キャプチャフォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="73"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="75"/>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="76"/>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="77"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="78"/>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Rankings</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="80"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="81"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <source>&amp;Recent surveys</source>
        <translation>最近の調査(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>Capture &amp;live…</source>
        <translation>ライブキャプチャ(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>Export ledger as &amp;CSV (rows and columns as shown)…</source>
        <translation>台帳を &amp;CSV で書き出し(表示中の行と列)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>The new language applies when Mieruka starts next time.</source>
        <translation>新しい言語は次回 Mieruka を起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka 調査ファイル (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="179"/>
        <source>New survey</source>
        <translation>新しい調査</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Open survey</source>
        <translation>調査を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="194"/>
        <source>Import capture folder</source>
        <translation>キャプチャフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="198"/>
        <source>Import capture files</source>
        <translation>キャプチャファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</source>
        <translation>キャプチャファイル (*.pcap *.pcapng *.cap *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>%1 — Mieruka</source>
        <translation>%1 — Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="232"/>
        <source>Capture running</source>
        <translation>キャプチャ実行中</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="232"/>
        <source>Stop the live capture before importing files.</source>
        <translation>ファイルを取り込む前にライブキャプチャを停止してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>Import running</source>
        <translation>取り込み中です</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>実行中の取り込みが終わるまで待つか、取り消してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="246"/>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>Import cancelled; everything committed before the cancel is kept.</source>
        <translation>取り込みを取り消しました。取り消し前に確定した内容は保持されています。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="291"/>
        <source>Problems during import</source>
        <translation>取り込み中の問題</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="302"/>
        <source>Export ledger</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="308"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="308"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="322"/>
        <source>No survey open. Use File → New survey, then import capture files (or drop them here).</source>
        <translation>調査ファイルが開かれていません。「ファイル → 新しい調査」を選び、キャプチャファイルを取り込んでください（ここへのドロップも可）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="328"/>
        <source>%1 | %2 – %3 | %4 frames | %5 hosts | %6 alerts</source>
        <translation>%1 | %2 – %3 | %4 フレーム | %5 ホスト | %6 アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>Capture failed</source>
        <translation>キャプチャに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="369"/>
        <source>Open or create a survey first.</source>
        <translation>先に調査ファイルを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="369"/>
        <source>A capture or import is running.</source>
        <translation>キャプチャまたは取り込みを実行中です。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="376"/>
        <source>Capture problem</source>
        <translation>キャプチャの問題</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="377"/>
        <source>%1

Fix: %2</source>
        <translation>%1

対処: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="418"/>
        <source>Capture ended (%1): %2 packets, %3 dropped.</source>
        <translation>キャプチャ終了（%1）: %2 パケット、取りこぼし %3。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="419"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="424"/>
        <source>Problems during capture</source>
        <translation>キャプチャ中の問題</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MapView</name>
    <message>
        <location filename="../app/gui/map_view.cpp" line="52"/>
        <source>Network (/24)</source>
        <translation>ネットワーク (/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="55"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="58"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="64"/>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="67"/>
        <source>Export PNG…</source>
        <translation>PNG で書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="69"/>
        <source>Export SVG…</source>
        <translation>SVG で書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="132"/>
        <source>All networks</source>
        <translation>すべてのネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="133"/>
        <source>All protocols</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="134"/>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="196"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="198"/>
        <source>Broadcast / multicast</source>
        <translation>ブロードキャスト / マルチキャスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="201"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストを配置中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="227"/>
        <source>The map could not be laid out.</source>
        <translation>マップを配置できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="229"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>通信の少ないホスト %n 台は描画していません(通信の多い %1 台を表示)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="233"/>
        <source>No hosts match the filter.</source>
        <translation>絞り込み条件に合うホストはありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="374"/>
        <source>Network map</source>
        <translation>ネットワークマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="402"/>
        <source>Export map as SVG</source>
        <translation>マップを SVG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="402"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="403"/>
        <source>Export map as PNG</source>
        <translation>マップを PNG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="403"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="407"/>
        <source>Map saved to %1</source>
        <translation>マップを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="407"/>
        <source>Could not save the map to %1</source>
        <translation>マップを %1 に保存できませんでした</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixGrid</name>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="41"/>
        <source>Terminal matrix</source>
        <translation>端末マトリクス</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="231"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="238"/>
        <source>New device (alert)</source>
        <translation>新規デバイス(アラート)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="247"/>
        <source>End-of-life OS</source>
        <translation>サポート終了OS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_grid.cpp" line="283"/>
        <source>Address .%1 not seen</source>
        <translation>アドレス .%1 は未観測</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixModel</name>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="173"/>
        <source>Unknown vendor</source>
        <translation>不明なベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="180"/>
        <source>Unknown OS</source>
        <translation>不明なOS</translation>
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
        <translation>組込み</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="192"/>
        <source>RTOS</source>
        <translation>RTOS</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="201"/>
        <source>Info alerts</source>
        <translation>情報アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="202"/>
        <source>Low alerts</source>
        <translation>低アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="203"/>
        <source>Medium alerts</source>
        <translation>中アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="204"/>
        <source>High alerts</source>
        <translation>高アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="205"/>
        <source>Critical alerts</source>
        <translation>重大アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="206"/>
        <source>No alerts</source>
        <translation>アラートなし</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="230"/>
        <source>Other</source>
        <translation>その他</translation>
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
        <translation>未観測</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="244"/>
        <source>Vendor: %1</source>
        <translation>ベンダー: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="244"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="246"/>
        <source>Hostname: %1</source>
        <translation>ホスト名: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="249"/>
        <source>OS: %1</source>
        <translation>OS: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="251"/>
        <source>End of life: %1</source>
        <translation>サポート終了: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="252"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="253"/>
        <source>Role: %1</source>
        <translation>役割: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="255"/>
        <source>New device since the baseline</source>
        <translation>ベースライン以降の新規デバイス</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_model.cpp" line="264"/>
        <source>Every host has an IPv4 address on the grid.</source>
        <translation>すべてのホストがグリッド上の IPv4 アドレスを持っています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_model.cpp" line="265"/>
        <source>Not on the grid: %n host(s) with IPv6 only</source>
        <translation>
            <numerusform>グリッド外: IPv6 のみのホスト %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_model.cpp" line="266"/>
        <source>%n host(s) without an IP address (MAC only).</source>
        <translation>
            <numerusform>IP アドレスのないホスト %n 台(MAC のみ)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mieruka::gui::MatrixView</name>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="19"/>
        <source>Network (/24)</source>
        <translation>ネットワーク (/24)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="22"/>
        <source>Colour cells by</source>
        <translation>セルの色分け</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="23"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="24"/>
        <source>OS family</source>
        <translation>OS 系統</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="25"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="26"/>
        <source>Alert state</source>
        <translation>アラート状態</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="27"/>
        <source>Export PNG…</source>
        <translation>PNG で書き出し…</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="28"/>
        <source>Export the matrix as a PNG image</source>
        <translation>マトリクスを PNG 画像として書き出します</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="33"/>
        <source>Hosts not on the grid</source>
        <translation>グリッド外のホスト</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="35"/>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="37"/>
        <source>&amp;Colour by:</source>
        <translation>色分け(&amp;C):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix_view.cpp" line="70"/>
        <source>%1.0/24 (%n host(s))</source>
        <translation>
            <numerusform>%1.0/24(%n 台)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="74"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="179"/>
        <source>Export matrix as PNG</source>
        <translation>マトリクスを PNG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="180"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="187"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="187"/>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="196"/>
        <source>Terminal matrix: no IPv4 network</source>
        <translation>端末マトリクス: IPv4 ネットワークなし</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix_view.cpp" line="197"/>
        <source>Terminal matrix %1, coloured by %2</source>
        <translation>端末マトリクス %1(%2 で色分け)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::OverviewView</name>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="47"/>
        <source>Embedded</source>
        <translation>組込み</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="49"/>
        <source>Real-time OS</source>
        <translation>リアルタイム OS</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="50"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="62"/>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="64"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="66"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="67"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="182"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="222"/>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="223"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台</numerusform>
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
        <translation>ベンダー(上位5)</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="238"/>
        <source>No vendor known.</source>
        <translation>ベンダー不明。</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="249"/>
        <source>Operating systems</source>
        <translation>OS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="253"/>
        <source>%n host(s) with an end-of-life OS</source>
        <translation>
            <numerusform>サポート終了 OS のホスト %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="260"/>
        <source>OT protocols</source>
        <translation>OT プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="262"/>
        <source>No industrial protocol seen.</source>
        <translation>産業用プロトコルは観測されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="266"/>
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="274"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="275"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>アラート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="288"/>
        <source>Detection has not run on this survey.</source>
        <translation>この調査では検知が実行されていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="290"/>
        <source>The learning period was too short: new and unusual traffic was not judged.</source>
        <translation>学習期間が短すぎるため、新規・異常な通信は判定していません。</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="296"/>
        <source>Captures</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="300"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2(%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/overview_view.cpp" line="305"/>
        <source>%1 frames in %n capture file(s)</source>
        <translation>
            <numerusform>%1 フレーム(キャプチャファイル %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="313"/>
        <source>Top findings</source>
        <translation>主な指摘事項</translation>
    </message>
    <message>
        <location filename="../app/gui/overview_view.cpp" line="315"/>
        <source>No alerts.</source>
        <translation>アラートはありません。</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::PeersTable</name>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Peer</source>
        <translation>通信相手</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/peers_table.cpp" line="27"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::RankingsView</name>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="46"/>
        <source>Hosts by number of peers</source>
        <translation>通信相手数の多いホスト</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="47"/>
        <source>Hosts by bytes</source>
        <translation>バイト数の多いホスト</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="48"/>
        <source>Hosts by packets</source>
        <translation>パケット数の多いホスト</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="49"/>
        <source>Host pairs by bytes</source>
        <translation>バイト数の多いホストペア</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="50"/>
        <source>Services by bytes</source>
        <translation>バイト数の多いサービス</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="65"/>
        <source>Ranking:</source>
        <translation>ランキング:</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="68"/>
        <source>Click a host&apos;s bar to select it</source>
        <translation>ホストのバーをクリックすると選択します</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="178"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="223"/>
        <source>peers</source>
        <translation>通信相手</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="224"/>
        <source>packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <location filename="../app/gui/rankings_view.cpp" line="225"/>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportJob</name>
    <message>
        <location filename="../app/gui/report_job.cpp" line="34"/>
        <location filename="../app/gui/report_job.cpp" line="76"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="42"/>
        <source>%1: no such survey file.</source>
        <translation>%1: 調査ファイルがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="48"/>
        <source>Cannot read the earlier survey %1: %2</source>
        <translation>以前の調査ファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="69"/>
        <source>The report has no pages.</source>
        <translation>報告書にページがありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="83"/>
        <source>Cannot store the report fields in %1: %2</source>
        <translation>報告書の項目を %1 に保存できません: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/report_job.cpp" line="93"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportOptionsPanel</name>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="57"/>
        <source>The period comparison appears only when an earlier survey is chosen.</source>
        <translation>期間比較は以前の調査ファイルを選んだときだけ表示されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="58"/>
        <source>Pseudonymise addresses and names</source>
        <translation>アドレスと名前を仮名化</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="60"/>
        <source>For a report shared outside the plant: addresses and host names are replaced by stable pseudonyms.</source>
        <translation>工場外に共有する報告書向け: アドレスとホスト名を一貫した仮名に置き換えます。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="64"/>
        <source>No earlier survey</source>
        <translation>以前の調査ファイルなし</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="65"/>
        <source>Compare with an earlier survey…</source>
        <translation>以前の調査ファイルと比較…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="66"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="73"/>
        <source>&amp;Site:</source>
        <translation>拠点(&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="74"/>
        <source>C&amp;ustomer:</source>
        <translation>顧客(&amp;U):</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="75"/>
        <source>C&amp;onsultant:</source>
        <translation>担当コンサルタント(&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="76"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="77"/>
        <source>Sections:</source>
        <translation>章:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="80"/>
        <source>Earlier survey:</source>
        <translation>以前の調査ファイル:</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="172"/>
        <source>Earlier survey</source>
        <translation>以前の調査ファイル</translation>
    </message>
    <message>
        <location filename="../app/gui/report_options_panel.cpp" line="173"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka 調査ファイル (*.mieruka)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::ReportView</name>
    <message>
        <location filename="../app/gui/report_view.cpp" line="41"/>
        <source>&amp;Update preview</source>
        <translation>プレビューを更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="43"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF を書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="99"/>
        <source>The options changed: update the preview to see them.</source>
        <translation>設定が変わりました。プレビューを更新して確認してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="120"/>
        <source>Choose the options, then update the preview or export the PDF.</source>
        <translation>設定を選び、プレビューを更新するか PDF を書き出してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="121"/>
        <source>Open a survey to write its report.</source>
        <translation>報告書を作成するには調査ファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="148"/>
        <source>The report is still being drawn.</source>
        <translation>報告書を描画中です。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="150"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="152"/>
        <source>Choose at least one section.</source>
        <translation>少なくとも 1 つの章を選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="196"/>
        <source>The survey changed while the report was drawn: try again.</source>
        <translation>報告書の描画中に調査ファイルが変わりました。もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="204"/>
        <source>Drawing the preview…</source>
        <translation>プレビューを描画中…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="212"/>
        <source>Cannot draw the preview: %1</source>
        <translation>プレビューを描画できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="217"/>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/report_view.cpp" line="218"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="219"/>
        <source>Preview updated.</source>
        <translation>プレビューを更新しました。</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="228"/>
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="235"/>
        <source>Report written to %1</source>
        <translation>報告書を %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="238"/>
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="240"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="249"/>
        <source>Export report as PDF</source>
        <translation>報告書を PDF で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/report_view.cpp" line="250"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mieruka::gui::TrafficView</name>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="117"/>
        <location filename="../app/gui/traffic_view.cpp" line="131"/>
        <source>bits/s</source>
        <translation>ビット/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="118"/>
        <source>packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="147"/>
        <source>Use visible range as filter</source>
        <translation>表示範囲で絞り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="149"/>
        <source>Or drag over the chart with Shift held down</source>
        <translation>または Shift を押しながらグラフ上をドラッグ</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="155"/>
        <source>Wheel: zoom time · drag: pan · Shift+drag: filter by time</source>
        <translation>ホイール: 時間の拡大縮小 · ドラッグ: 移動 · Shift+ドラッグ: 時間で絞り込み</translation>
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
        <translation>ブロードキャスト / 探索</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="206"/>
        <source>Broadcast / discovery rate</source>
        <translation>ブロードキャスト / 探索のレート</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="208"/>
        <source>Packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="276"/>
        <source>Broadcast storm</source>
        <translation>ブロードキャストストーム</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="276"/>
        <source>Volume spike</source>
        <translation>通信量の急増</translation>
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
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/traffic_view.cpp" line="288"/>
        <source>%1, %2 – %3 UTC (%n alert(s))</source>
        <translation>
            <numerusform>%1、%2 – %3 UTC(アラート %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="329"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="330"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="331"/>
        <source>Select a host in any view to see its traffic here.</source>
        <translation>いずれかのビューでホストを選択すると、ここに通信量を表示します。</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="332"/>
        <source>Traffic of %1</source>
        <translation>%1 のトラフィック</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="370"/>
        <source>Both directions</source>
        <translation>双方向</translation>
    </message>
    <message>
        <location filename="../app/gui/traffic_view.cpp" line="371"/>
        <source>Traffic between %1 and %2</source>
        <translation>%1 と %2 の間のトラフィック</translation>
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
<context>
    <name>mieruka::render::ReportDetailSections</name>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="70"/>
        <source>What was observed: %1</source>
        <translation>観測内容: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="71"/>
        <source>When: %1 to %2 (UTC).</source>
        <translation>期間: %1 ～ %2（UTC）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="73"/>
        <source>Hosts involved: %1</source>
        <translation>関係するホスト: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="75"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="75"/>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <location filename="../app/render/report_detail_sections.cpp" line="130"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="80"/>
        <source>Why it matters: %1</source>
        <translation>問題となる理由: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="81"/>
        <source>Recommendation: %1</source>
        <translation>推奨対策: %1</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="82"/>
        <source>References: IEC 62443-3-3 %1; METI Factory System Security Guideline %2</source>
        <translation>参照: IEC 62443-3-3 %1、経済産業省 工場システムにおけるサイバー・フィジカル・セキュリティ対策ガイドライン %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="83"/>
        <location filename="../app/render/report_detail_sections.cpp" line="84"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="91"/>
        <source>Each finding groups the alerts of one kind. Security findings come first; availability findings that matter to production staff follow in their own part.</source>
        <translation>各指摘事項は同じ種類のアラートをまとめたものです。セキュリティの指摘を先に、生産現場にとって重要な可用性の指摘を別の節に示します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="103"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="105"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="106"/>
        <source>Availability (production)</source>
        <translation>可用性（生産）</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="111"/>
        <source>Industrial operations that change a controller (writes, program transfers, run/stop), by sender and target. Reads are not listed.</source>
        <translation>コントローラーを変更する産業用操作（書き込み、プログラム転送、運転/停止）を送信元と宛先ごとに示します。読み出しは含みません。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="114"/>
        <source>No such operation was observed.</source>
        <translation>該当する操作は観測されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Sender</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Target</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="117"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="118"/>
        <source>First (UTC)</source>
        <translation>初回（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="127"/>
        <source>Before: %1, %2 to %3. After: %4, %5 to %6.</source>
        <translation>前: %1、%2 ～ %3。後: %4、%5 ～ %6。</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="130"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="131"/>
        <location filename="../app/render/report_detail_sections.cpp" line="147"/>
        <source>Devices added</source>
        <translation>追加されたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="132"/>
        <location filename="../app/render/report_detail_sections.cpp" line="148"/>
        <source>Devices removed</source>
        <translation>削除されたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="133"/>
        <location filename="../app/render/report_detail_sections.cpp" line="149"/>
        <source>Devices changed</source>
        <translation>変更されたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="134"/>
        <location filename="../app/render/report_detail_sections.cpp" line="164"/>
        <source>Communications added</source>
        <translation>追加された通信</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="135"/>
        <location filename="../app/render/report_detail_sections.cpp" line="165"/>
        <source>Communications removed</source>
        <translation>削除された通信</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="136"/>
        <location filename="../app/render/report_detail_sections.cpp" line="166"/>
        <source>Communications with changed volume</source>
        <translation>通信量が変化した通信</translation>
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
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <location filename="../app/render/report_detail_sections.cpp" line="178"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="140"/>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="141"/>
        <location filename="../app/render/report_detail_sections.cpp" line="177"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="150"/>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="157"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="158"/>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Volume</source>
        <translation>通信量</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="167"/>
        <source>Factor</source>
        <translation>要因</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="176"/>
        <source>Asset ledger</source>
        <translation>資産台帳</translation>
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
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="184"/>
        <source>Communication matrix</source>
        <translation>通信マトリクス</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Host A</source>
        <translation>ホスト A</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="197"/>
        <source>Host B</source>
        <translation>ホスト B</translation>
    </message>
    <message>
        <location filename="../app/render/report_detail_sections.cpp" line="204"/>
        <source>The %1 busiest of %2 host pairs are listed; the full list is in the CSV export.</source>
        <translation>%2 組のホストの組のうち通信量の多い %1 組を示します。全件は CSV 出力にあります。</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportDocument</name>
    <message>
        <location filename="../app/render/report_document.cpp" line="37"/>
        <source>OT network assessment report</source>
        <translation>OT ネットワーク評価報告書</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="42"/>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 ～ %2（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="52"/>
        <source>Executive summary</source>
        <translation>総括</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="53"/>
        <source>Scope and method</source>
        <translation>調査範囲と方法</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="54"/>
        <source>Asset inventory</source>
        <translation>資産一覧</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="55"/>
        <source>Terminal matrices</source>
        <translation>端末マトリクス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="56"/>
        <source>Network map</source>
        <translation>ネットワークマップ</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="57"/>
        <source>Traffic over time</source>
        <translation>通信量の推移</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="58"/>
        <source>Rankings</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="59"/>
        <location filename="../app/render/report_document.cpp" line="184"/>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="60"/>
        <source>OT commands observed</source>
        <translation>観測された OT コマンド</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="61"/>
        <source>Period comparison</source>
        <translation>期間比較</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="62"/>
        <source>Appendix</source>
        <translation>付録</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="69"/>
        <source>PLC / controller</source>
        <translation>PLC・コントローラー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="70"/>
        <source>HMI</source>
        <translation>HMI</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="71"/>
        <source>Engineering station</source>
        <translation>エンジニアリングステーション</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="72"/>
        <source>Historian</source>
        <translation>ヒストリアン</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="73"/>
        <source>SCADA server</source>
        <translation>SCADA サーバー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="74"/>
        <source>Windows PC</source>
        <translation>Windows PC</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="75"/>
        <source>Windows server</source>
        <translation>Windows サーバー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="76"/>
        <source>Linux server</source>
        <translation>Linux サーバー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="77"/>
        <source>Network device</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="78"/>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="79"/>
        <source>IoT device</source>
        <translation>IoT 機器</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="80"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="124"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="124"/>
        <location filename="../app/render/report_document.cpp" line="177"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="125"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="126"/>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="127"/>
        <source>Consultant</source>
        <translation>担当コンサルタント</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="128"/>
        <source>Survey period</source>
        <translation>調査期間</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="130"/>
        <source>Compared periods</source>
        <translation>比較した期間</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="130"/>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="131"/>
        <source>Report date</source>
        <translation>報告日</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>Addresses and names</source>
        <translation>アドレスと名前</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>Pseudonymised for sharing</source>
        <translation>共有用に仮名化</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="132"/>
        <source>As observed</source>
        <translation>観測どおり</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="135"/>
        <source>This report describes what passive observation of the plant network showed. It contains information about the plant&apos;s systems: handle it as confidential.</source>
        <translation>本報告書は工場ネットワークを受動的に観測した結果を記載しています。工場システムの情報を含むため、機密情報として取り扱ってください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="144"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="167"/>
        <source>Overall rating: %1 (score %2 of 100)</source>
        <translation>総合評価: %1（スコア %2 / 100）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="169"/>
        <source>The score adds points for each kind of finding and for structural weaknesses such as end-of-life systems; the table shows where the points come from, and they add up to the score.</source>
        <translation>スコアは指摘事項の種類ごとの点数と、サポート終了システムなどの構造的な弱点の点数を合計したものです。表は点数の内訳で、合計がスコアになります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Factor</source>
        <translation>要因</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="171"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="176"/>
        <source>Key numbers</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="177"/>
        <source>Measure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="178"/>
        <source>Devices seen</source>
        <translation>観測されたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="179"/>
        <source>Industrial (OT) devices</source>
        <translation>産業用（OT）デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="180"/>
        <location filename="../app/render/report_document.cpp" line="253"/>
        <source>End-of-life systems</source>
        <translation>サポート終了システム</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="181"/>
        <source>Observed duration</source>
        <translation>観測時間</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="182"/>
        <source>Packets / data volume</source>
        <translation>パケット数 / データ量</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="183"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="185"/>
        <source>Controller-changing OT commands</source>
        <translation>コントローラーを変更する OT コマンド</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="188"/>
        <source>Top findings</source>
        <translation>主な指摘事項</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="190"/>
        <source>No findings were raised during the survey.</source>
        <translation>調査中に指摘事項はありませんでした。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="196"/>
        <source>%1. [%2] %3: %4</source>
        <translation>%1. [%2] %3: %4</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="204"/>
        <source>The survey observed %1 packets (%2) from %3 over %4.</source>
        <translation>本調査では %3 から %4 の間に %1 パケット（%2）を観測しました。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <source>Capture file</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="207"/>
        <location filename="../app/render/report_document.cpp" line="310"/>
        <location filename="../app/render/report_document.cpp" line="338"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <location filename="../app/render/report_document.cpp" line="338"/>
        <source>Volume</source>
        <translation>通信量</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <source>Start (UTC)</source>
        <translation>開始（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="208"/>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="217"/>
        <source>Link types: %1.</source>
        <translation>リンク種別: %1。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="217"/>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="218"/>
        <source>Mirror coverage</source>
        <translation>ミラーの網羅性</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="219"/>
        <source>%1 of TCP conversations were seen in both directions. A low share means the mirror port or tap saw only one direction of some links, so volumes and some findings are understated.</source>
        <translation>TCP 通信の %1 で双方向が観測されました。この割合が低い場合、ミラーポートやタップが一部の経路の片方向しか見ておらず、通信量や一部の指摘は過小になります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="226"/>
        <source>What passive observation cannot see</source>
        <translation>受動的な観測で見えないもの</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="227"/>
        <source>Mieruka only listens; it sent nothing to the plant network. It therefore sees only traffic that passed the mirror point during the survey: devices that stayed silent, traffic inside other switches, serial fieldbuses, encrypted content, and vulnerabilities that show no traffic are not visible. Software versions come from what devices announce and may be incomplete. The absence of a finding is not proof that a weakness is absent.</source>
        <translation>Mieruka は受信するだけで、工場ネットワークには何も送信していません。そのため、調査中にミラーポイントを通過した通信しか見えません。通信しなかった機器、他のスイッチ内の通信、シリアルフィールドバス、暗号化された内容、通信に現れない脆弱性は見えません。ソフトウェアのバージョンは機器の通知によるもので、不完全な場合があります。指摘がないことは弱点がないことの証明ではありません。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="236"/>
        <source>%1 devices were seen, %2 of them industrial (OT) devices.</source>
        <translation>%1 台のデバイスを観測し、そのうち %2 台が産業用（OT）デバイスでした。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="241"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="247"/>
        <source>Devices by role</source>
        <translation>役割別デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="247"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="248"/>
        <source>Devices by vendor</source>
        <translation>ベンダー別デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="248"/>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="249"/>
        <source>Devices by operating system</source>
        <translation>OS 別デバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="249"/>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="254"/>
        <source>End of support</source>
        <translation>サポート終了日</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="258"/>
        <source>Controllers</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Model</source>
        <translation>型式</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="259"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="260"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="268"/>
        <source>Each square is one address of the network (row: high digit, column: low digit of the last octet in hexadecimal); the colour is the device&apos;s role, a red corner an end-of-life system.</source>
        <translation>各マスはネットワークの 1 アドレスです（行: 最終オクテットの 16 進上位桁、列: 下位桁）。色はデバイスの役割、赤い角はサポート終了システムを示します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="272"/>
        <source>%1: not an IPv4 /24 network, no matrix drawn.</source>
        <translation>%1: IPv4 /24 ネットワークではないため、マトリクスは描画していません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/render/report_document.cpp" line="276"/>
        <source>%1 (%n devices)</source>
        <translation>
            <numerusform>%1（%n 台）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="279"/>
        <source>End-of-life OS</source>
        <translation>サポート終了OS</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="287"/>
        <source>The network map could not be laid out (Graphviz failed).</source>
        <translation>ネットワークマップを配置できませんでした（Graphviz の失敗）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="290"/>
        <source>Boxes are networks (/24), nodes are devices coloured by role, orange lines industrial protocols, blue lines other traffic.</source>
        <translation>枠はネットワーク（/24）、ノードは役割で色分けしたデバイス、橙の線は産業用プロトコル、青の線はその他の通信です。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="293"/>
        <source>The map shows the %1 busiest devices; %2 quieter devices are listed in the appendix only.</source>
        <translation>マップには通信量の多い %1 台を示します。通信量の少ない %2 台は付録のみに記載します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="303"/>
        <source>Data volume per minute over the survey; the numbered circles are the busiest minutes.</source>
        <translation>調査期間中の 1 分あたりのデータ量です。番号付きの円は最も通信量の多い分です。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>Bytes per minute</source>
        <translation>1 分あたりのバイト数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>Broadcast frames per minute</source>
        <translation>1 分あたりのブロードキャストフレーム数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="306"/>
        <source>No traffic</source>
        <translation>通信なし</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="308"/>
        <source>Peak minutes</source>
        <translation>ピークの分</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="309"/>
        <source>Minute (UTC)</source>
        <translation>分（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="310"/>
        <source>Broadcast frames</source>
        <translation>ブロードキャストフレーム</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="316"/>
        <source>Broadcast storms</source>
        <translation>ブロードキャストストーム</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>From (UTC)</source>
        <translation>開始（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>To (UTC)</source>
        <translation>終了（UTC）</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="317"/>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="328"/>
        <source>No broadcast storm was detected.</source>
        <translation>ブロードキャストストームは検出されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="340"/>
        <source>Peers</source>
        <translation>通信相手</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="347"/>
        <source>Hosts by data volume</source>
        <translation>データ量の多いホスト</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="347"/>
        <location filename="../app/render/report_document.cpp" line="348"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="348"/>
        <source>Hosts by number of peers</source>
        <translation>通信相手数の多いホスト</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="349"/>
        <source>Busiest host pairs</source>
        <translation>通信量の多いホストの組</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="349"/>
        <source>Pair</source>
        <translation>組</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="350"/>
        <source>Busiest services</source>
        <translation>通信量の多いサービス</translation>
    </message>
    <message>
        <location filename="../app/render/report_document.cpp" line="350"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportFindingTexts</name>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="19"/>
        <source>Industrial commands that change controllers</source>
        <translation>コントローラーを変更する産業用コマンド</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="20"/>
        <source>%1 write, program or run/stop operations were sent to controllers, in %3 incidents involving %2 hosts.</source>
        <translation>コントローラーに書き込み・プログラム・運転/停止の操作が %1 回送られました（%3 件、関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="21"/>
        <source>A command that stops a PLC or downloads a program changes production directly. Anyone on the network who can send it can do the same.</source>
        <translation>PLC を停止したりプログラムを書き込んだりするコマンドは生産を直接変えます。ネットワーク上で同じコマンドを送れる者は誰でも同じことができます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="22"/>
        <source>Confirm that every sender is an approved engineering station; restrict these operations to those stations with firewall rules or controller access protection, and log them.</source>
        <translation>すべての送信元が承認されたエンジニアリングステーションであることを確認し、ファイアウォールやコントローラーのアクセス保護でこれらの操作をその端末に限定し、記録を残してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="24"/>
        <source>Devices that appeared after the learning period</source>
        <translation>学習期間後に現れたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="25"/>
        <source>%2 devices first appeared after the baseline was learnt (%3 incidents).</source>
        <translation>基準の学習後に %2 台のデバイスが初めて現れました（%3 件）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="26"/>
        <source>An unknown device on the control network may be a maintenance laptop, a replaced part or an intruder.</source>
        <translation>制御ネットワーク上の不明な機器は、保守用ノート PC、交換部品、または侵入者の可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="27"/>
        <source>Identify each new device with the owner of the line, add approved ones to the asset ledger and remove the rest; consider port security on the switches.</source>
        <translation>ラインの担当者と新しい機器を確認し、承認されたものは資産台帳に登録し、それ以外は取り外してください。スイッチのポートセキュリティも検討してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="29"/>
        <source>Operating systems past end of life</source>
        <translation>サポート終了 OS</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="30"/>
        <source>%2 hosts run an operating system that no longer receives security updates.</source>
        <translation>%2 台のホストがセキュリティ更新の提供が終了した OS で動作しています。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="31"/>
        <source>Known vulnerabilities of these systems stay open for ever; malware spreading in IT networks reaches them first.</source>
        <translation>これらのシステムの既知の脆弱性は修正されないまま残り、IT ネットワークで広がるマルウェアが最初に到達します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="32"/>
        <source>Plan replacement or upgrade; until then isolate these hosts in their own zone, disable unused services and keep offline backups.</source>
        <translation>更新または移行を計画し、それまでは専用のゾーンに隔離し、不要なサービスを停止し、オフラインのバックアップを保持してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="34"/>
        <source>Devices that went silent</source>
        <translation>通信が途絶えたデバイス</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="35"/>
        <source>%2 devices stopped sending during the survey (%3 incidents).</source>
        <translation>調査中に %2 台のデバイスが送信を停止しました（%3 件）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="36"/>
        <source>A controller or sensor that stops talking can mean a failure, a cable fault or a device taken off the line.</source>
        <translation>コントローラーやセンサーの通信が止まるのは、故障、配線不良、ラインからの取り外しを意味することがあります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="37"/>
        <source>Check with production whether the silence was planned; monitor these devices for availability.</source>
        <translation>停止が計画されたものか生産部門に確認し、これらの機器の稼働を監視してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="39"/>
        <source>New communication paths</source>
        <translation>新しい通信経路</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="40"/>
        <source>%3 communication paths appeared after the learning period, involving %2 hosts.</source>
        <translation>学習期間後に %3 本の通信経路が現れました（関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="41"/>
        <source>Control networks are stable; a new path often means a configuration change or someone exploring the network.</source>
        <translation>制御ネットワークの通信は安定しており、新しい経路は設定変更や誰かによるネットワーク探索を意味することが多いです。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="42"/>
        <source>Review each new path with the system owner and allow only the documented ones in the zone conduits.</source>
        <translation>新しい経路をシステム担当者と確認し、ゾーン間のコンジットでは文書化された通信だけを許可してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="44"/>
        <source>Traffic outside its usual volume</source>
        <translation>通常と異なる通信量</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="45"/>
        <source>%3 communications moved much more or much less data than during learning (%1 occurrences).</source>
        <translation>%3 件の通信で学習期間より大幅に多い、または少ないデータが流れました（%1 回）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="46"/>
        <source>Unusual volume can be a data copy, a misconfigured device or the start of a storm.</source>
        <translation>通常と異なる通信量は、データのコピー、設定誤りの機器、ストームの始まりの可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="47"/>
        <source>Find out what caused the change; set volume alarms on the critical links.</source>
        <translation>変化の原因を調べ、重要な経路に通信量の警報を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="49"/>
        <source>Traffic matching attack signatures</source>
        <translation>攻撃シグネチャに一致した通信</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="50"/>
        <source>%1 packets matched known attack or malware signatures, involving %2 hosts.</source>
        <translation>%1 パケットが既知の攻撃やマルウェアのシグネチャに一致しました（関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="51"/>
        <source>A signature match points to malware, exploitation attempts or security tools running on the plant network.</source>
        <translation>シグネチャの一致は、マルウェア、攻撃の試み、または工場ネットワーク上で動くセキュリティツールを示します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="52"/>
        <source>Investigate the source hosts at once, scan them for malware and find out who runs security tools on the plant network.</source>
        <translation>送信元ホストを直ちに調査してマルウェア検査を行い、工場ネットワークでセキュリティツールを使っている者を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="54"/>
        <source>Communication with the internet</source>
        <translation>インターネットとの通信</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="55"/>
        <source>%2 hosts exchanged traffic with public internet addresses (%3 incidents).</source>
        <translation>%2 台のホストがインターネット上のアドレスと通信しました（%3 件）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="56"/>
        <source>Direct internet paths let attackers and malware reach plant devices without crossing a DMZ.</source>
        <translation>インターネットへの直接の経路があると、攻撃者やマルウェアが DMZ を経由せずに工場の機器に到達できます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="57"/>
        <source>Route all external access through a DMZ with a firewall and remote-access gateway; block direct paths.</source>
        <translation>外部との通信はすべてファイアウォールとリモートアクセスゲートウェイのある DMZ を経由させ、直接の経路は遮断してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="59"/>
        <source>Passwords and data in clear text</source>
        <translation>平文のパスワードとデータ</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="60"/>
        <source>%1 sessions of clear-text protocols (Telnet, FTP, HTTP, …) were seen on %2 hosts.</source>
        <translation>%2 台のホストで平文プロトコル（Telnet、FTP、HTTP など）のセッションが %1 件観測されました。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="61"/>
        <source>Anyone who can listen on the network reads the passwords and can reuse them.</source>
        <translation>ネットワークを盗聴できる者はパスワードを読み取り、再利用できます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="62"/>
        <source>Replace them with encrypted equivalents (SSH, SFTP, HTTPS) or confine them to an isolated maintenance zone.</source>
        <translation>暗号化された代替（SSH、SFTP、HTTPS）に置き換えるか、隔離した保守用ゾーンに限定してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="64"/>
        <source>SMB version 1 in use</source>
        <translation>SMB バージョン 1 の使用</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="65"/>
        <source>SMBv1 was used by %2 hosts (%1 sessions).</source>
        <translation>%2 台のホストが SMBv1 を使用しました（%1 セッション）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="66"/>
        <source>SMBv1 is the protocol that WannaCry and NotPetya used to spread through factories.</source>
        <translation>SMBv1 は WannaCry や NotPetya が工場内で感染を広げるのに使ったプロトコルです。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="67"/>
        <source>Disable SMBv1 on every host; where an old device needs it, isolate that device.</source>
        <translation>すべてのホストで SMBv1 を無効にし、古い機器が必要とする場合はその機器を隔離してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="69"/>
        <source>OPC UA without security</source>
        <translation>セキュリティなしのOPC UA</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="70"/>
        <source>%1 OPC UA sessions used the security policy None, involving %2 hosts.</source>
        <translation>%1 件の OPC UA セッションがセキュリティポリシー None を使用しました（関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="71"/>
        <source>Without signing and encryption, values and commands can be read and changed on the way.</source>
        <translation>署名と暗号化がないと、値やコマンドが途中で読み取られたり改ざんされたりします。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="72"/>
        <source>Configure OPC UA endpoints to require Sign or SignAndEncrypt and disable the None policy.</source>
        <translation>OPC UA のエンドポイントで Sign または SignAndEncrypt を必須にし、None ポリシーを無効にしてください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="74"/>
        <source>Duplicate IP addresses</source>
        <translation>IP アドレスの重複</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="75"/>
        <source>%3 addresses were claimed by more than one device (%2 hosts).</source>
        <translation>%3 個のアドレスが複数の機器で使われていました（%2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="76"/>
        <source>Two devices with one address cause intermittent communication loss that is hard to diagnose.</source>
        <translation>1 つのアドレスを 2 台が使うと、原因の特定が難しい断続的な通信断が起きます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="77"/>
        <source>Correct the address plan, keep it in the asset ledger and check new devices before connection.</source>
        <translation>アドレス計画を修正して資産台帳で管理し、新しい機器は接続前に確認してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="79"/>
        <source>Possible ARP spoofing</source>
        <translation>ARP スプーフィングの可能性</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="80"/>
        <source>%1 conflicting ARP replies were seen, involving %2 hosts.</source>
        <translation>矛盾する ARP 応答が %1 件観測されました（関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="81"/>
        <source>ARP spoofing lets a device put itself between a controller and its HMI to read or alter traffic.</source>
        <translation>ARP スプーフィングにより、機器がコントローラーと HMI の間に入り込み、通信を読み取ったり改ざんしたりできます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="82"/>
        <source>Find the device behind the conflicting MAC addresses; enable dynamic ARP inspection where the switches support it.</source>
        <translation>矛盾する MAC アドレスの機器を特定し、スイッチが対応していればダイナミック ARP インスペクションを有効にしてください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="84"/>
        <source>Unexpected DHCP servers</source>
        <translation>想定外の DHCP サーバー</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="85"/>
        <source>%2 hosts answered DHCP requests (%1 offers).</source>
        <translation>%2 台のホストが DHCP 要求に応答しました（%1 件の提示）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="86"/>
        <source>A second DHCP server hands out wrong addresses and gateways and can redirect traffic.</source>
        <translation>2 台目の DHCP サーバーは誤ったアドレスやゲートウェイを配布し、通信を迂回させることができます。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="87"/>
        <source>Remove unapproved DHCP servers and enable DHCP snooping on the switches.</source>
        <translation>承認されていない DHCP サーバーを取り除き、スイッチで DHCP スヌーピングを有効にしてください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="89"/>
        <source>Network scanning</source>
        <translation>ネットワークスキャン</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="90"/>
        <source>%2 hosts probed many addresses or ports (%3 incidents).</source>
        <translation>%2 台のホストが多数のアドレスやポートを探索しました（%3 件）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="91"/>
        <source>Scans map the network before an attack and can crash fragile controllers.</source>
        <translation>スキャンは攻撃前のネットワーク調査に使われ、脆弱なコントローラーを停止させることがあります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="92"/>
        <source>Identify who scanned; allow scans only as planned work outside production hours.</source>
        <translation>スキャンした者を特定し、スキャンは生産時間外の計画作業としてのみ許可してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="94"/>
        <source>Broadcast storms and loops</source>
        <translation>ブロードキャストストームとループ</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="95"/>
        <source>%3 periods with abnormal broadcast or multicast traffic were seen (%1 frames).</source>
        <translation>異常なブロードキャストやマルチキャストの期間が %3 回観測されました（%1 フレーム）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="96"/>
        <source>A storm or a switching loop can stop controller communication across the whole segment and halt production.</source>
        <translation>ストームやスイッチのループはセグメント全体のコントローラー通信を止め、生産を停止させることがあります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="97"/>
        <source>Find the loop or the flooding device; enable loop protection and storm control on the switches.</source>
        <translation>ループや大量送信の機器を特定し、スイッチでループ防止とストーム制御を有効にしてください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="99"/>
        <source>Flat network</source>
        <translation>フラットなネットワーク</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="100"/>
        <source>Control devices and office devices share one network (%2 hosts involved).</source>
        <translation>制御機器と事務機器が 1 つのネットワークを共有しています（関係ホスト %2 台）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="101"/>
        <source>In a flat network, one infected PC can reach every controller, and one fault can disturb all lines.</source>
        <translation>フラットなネットワークでは、感染した 1 台の PC がすべてのコントローラーに到達でき、1 つの障害が全ラインに影響します。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="102"/>
        <source>Divide the network into zones (e.g. per line and a DMZ) with conduits that allow only the needed traffic.</source>
        <translation>ネットワークをゾーン（ライン別や DMZ など）に分割し、必要な通信だけを許可するコンジットで接続してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="104"/>
        <source>Bandwidth pressure</source>
        <translation>帯域の逼迫</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="105"/>
        <source>Links were close to their capacity in %3 periods (%1 occurrences).</source>
        <translation>%3 回の期間で回線が容量の限界に近づきました（%1 回）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="106"/>
        <source>A saturated link delays cyclic control traffic and can trip production equipment.</source>
        <translation>飽和した回線は周期的な制御通信を遅らせ、生産設備を停止させることがあります。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="107"/>
        <source>Find the heavy senders (see Rankings), move bulk transfers off production hours or add capacity.</source>
        <translation>大量に送信する機器を特定し（ランキング参照）、大容量の転送を生産時間外に移すか、容量を増やしてください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>Finding: %4</source>
        <translation>指摘: %4</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>%3 incidents involving %2 hosts (%1 occurrences).</source>
        <translation>%3 件（関係ホスト %2 台、%1 回）。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="109"/>
        <source>See the evidence below.</source>
        <translation>以下の根拠を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="110"/>
        <source>Review the evidence with the system owner.</source>
        <translation>根拠をシステム担当者と確認してください。</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="119"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="120"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="121"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="122"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="123"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="128"/>
        <source>Critical risk</source>
        <translation>重大なリスク</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="129"/>
        <source>High risk</source>
        <translation>高リスク</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="130"/>
        <source>Medium risk</source>
        <translation>中リスク</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="131"/>
        <source>Low risk</source>
        <translation>低リスク</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="136"/>
        <source>Share of end-of-life systems</source>
        <translation>サポート終了システムの割合</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="137"/>
        <source>No separation between zones</source>
        <translation>ゾーン間の分離なし</translation>
    </message>
    <message>
        <location filename="../app/render/report_finding_texts.cpp" line="138"/>
        <source>Controller stop, program or firmware changes seen</source>
        <translation>コントローラーの停止、プログラムまたはファームウェアの変更を観測</translation>
    </message>
</context>
<context>
    <name>mieruka::render::ReportRenderer</name>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="73"/>
        <source>The report needs a QGuiApplication to load its fonts.</source>
        <translation>報告書のフォントの読み込みには QGuiApplication が必要です。</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="84"/>
        <source>The font &quot;%1&quot; is not installed (Debian package fonts-noto-cjk); the report cannot embed Japanese text without it.</source>
        <translation>フォント「%1」がインストールされていません（Debian パッケージ fonts-noto-cjk）。これがないと報告書に日本語を埋め込めません。</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="100"/>
        <location filename="../app/render/report_renderer.cpp" line="140"/>
        <source>Cannot write the report to %1: %2</source>
        <translation>報告書を %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="104"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="135"/>
        <source>Cannot write the report to %1: drawing the pages failed.</source>
        <translation>報告書を %1 に書き込めません: ページの描画に失敗しました。</translation>
    </message>
    <message>
        <location filename="../app/render/report_renderer.cpp" line="187"/>
        <source>Drawing the report pages failed.</source>
        <translation>報告書のページの描画に失敗しました。</translation>
    </message>
</context>
<context>
    <name>mieruka::render::TruncationText</name>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="22"/>
        <source>Survey truncated</source>
        <translation>サーベイ上限到達</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="24"/>
        <source>Flow table full</source>
        <translation>フローテーブル満杯</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="32"/>
        <source>This survey reached its size limits (%1 addresses, %2 conversations): %3 address records and %4 conversation records beyond them were not listed.</source>
        <translation>このサーベイはサイズ上限（アドレス %1 件、通信 %2 件）に達しました。上限を超えたアドレス %3 件と通信 %4 件は一覧に載っていません。</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="36"/>
        <source>%1 frames are counted in the capture totals but belong to no listed conversation. The devices seen first are kept; a scan or a flood of forged addresses is the usual cause.</source>
        <translation>%1 フレームはキャプチャの合計には含まれますが、一覧にある通信には属していません。先に観測した機器が残されます。スキャンや偽装アドレスの大量送信が主な原因です。</translation>
    </message>
    <message>
        <location filename="../app/render/truncation_text.cpp" line="41"/>
        <source>More than %1 conversations were active at once; %2 were closed early and counted again when they continued.</source>
        <translation>同時に %1 件を超える通信が進行していたため、%2 件を早めに閉じ、続きは新たに数えました。</translation>
    </message>
</context>
</TS>
