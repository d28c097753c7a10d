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
        <location filename="../app/cli/analyze_command.cpp" line="63"/>
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
        <location filename="../app/cli/analyze_command.cpp" line="67"/>
        <location filename="../app/cli/capture_command.cpp" line="91"/>
        <location filename="../app/cli/diff_command.cpp" line="75"/>
        <location filename="../app/cli/export_packets_command.cpp" line="61"/>
        <location filename="../app/cli/interfaces_command.cpp" line="47"/>
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
        <location filename="../app/cli/analyze_command.cpp" line="69"/>
        <source>pcap, pcapng, .gz files or folders of them.</source>
        <translation>pcap・pcapng・.gz ファイル、またはそれらを含むフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="72"/>
        <source>Survey file (*.mieruka); created if missing. Without it a temporary survey is used.</source>
        <translation>調査ファイル（*.mieruka）。無ければ作成します。省略時は一時的な調査ファイルを使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="76"/>
        <source>Write the JSON export (docs/json-schema.md); - for stdout.</source>
        <translation>JSON を出力します（docs/json-schema.md）。- で標準出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="79"/>
        <source>Write the asset ledger as CSV (UTF-8 with BOM).</source>
        <translation>資産台帳を CSV（BOM 付き UTF-8）で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="82"/>
        <source>Write an HTML summary.</source>
        <translation>HTML サマリーを出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="84"/>
        <source>No progress output.</source>
        <translation>進捗を表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="86"/>
        <source>Commit to the survey at least every N frames (default 524288; also every 0.5 s).</source>
        <translation>少なくとも N フレームごとに調査ファイルへ確定します（既定 524288。0.5 秒ごとにも確定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="90"/>
        <source>Classify and count every industrial request (the default; kept for older scripts).</source>
        <translation>すべての産業用リクエストを分類・集計します(既定。古いスクリプト用に残しています)。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyze_command.cpp" line="93"/>
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
        <location filename="../app/live/helper_locator.cpp" line="51"/>
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
        <location filename="../app/live/live_capture.cpp" line="22"/>
        <source>stopped by the user</source>
        <translation>ユーザーが停止</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="23"/>
        <source>the set duration was reached</source>
        <translation>設定した時間に達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="24"/>
        <source>the set size was reached</source>
        <translation>設定したサイズに達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="25"/>
        <source>the set packet count was reached</source>
        <translation>設定したパケット数に達しました</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="26"/>
        <source>stopped by an error</source>
        <translation>エラーで停止</translation>
    </message>
    <message>
        <location filename="../app/live/live_capture.cpp" line="111"/>
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
        <location filename="../app/gui/diff_map.cpp" line="80"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="80"/>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="87"/>
        <source>Network map before</source>
        <translation>ネットワークマップ（前）</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="87"/>
        <source>Network map after</source>
        <translation>ネットワークマップ（後）</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="143"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="145"/>
        <source>Broadcast / multicast</source>
        <translation>ブロードキャスト / マルチキャスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="150"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストを配置中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="169"/>
        <source>The map could not be laid out.</source>
        <translation>マップを配置できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_map.cpp" line="171"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>通信の少ないホスト %n 台は描画していません(通信の多い %1 台を表示)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_map.cpp" line="174"/>
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
        <location filename="../app/gui/diff_view.cpp" line="168"/>
        <source>Choose both periods first.</source>
        <translation>先に両方の期間を選んでください。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="183"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="192"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="233"/>
        <source>No differences between the two periods.</source>
        <translation>2 つの期間に差分はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff_view.cpp" line="233"/>
        <source>%n difference(s).</source>
        <translation>
            <numerusform>差分 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="241"/>
        <source>Cannot compare: %1</source>
        <translation>比較できません: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="270"/>
        <source>Export diff as JSON</source>
        <translation>差分を JSON で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="271"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="272"/>
        <source>Export diff as CSV</source>
        <translation>差分を CSV で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="273"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="277"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="286"/>
        <source>No survey is open.</source>
        <translation>調査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="290"/>
        <source>Choose a time range first (drag over a chart on the Traffic page).</source>
        <translation>先に時間範囲を選んでください（トラフィックページのグラフ上でドラッグ）。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="294"/>
        <source>Give the period a name.</source>
        <translation>期間に名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="317"/>
        <source>Define period</source>
        <translation>期間の定義</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="317"/>
        <source>Name of the period:</source>
        <translation>期間の名前:</translation>
    </message>
    <message>
        <location filename="../app/gui/diff_view.cpp" line="324"/>
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
        <location filename="../app/gui/main_window.cpp" line="46"/>
        <source>Mieruka</source>
        <translation>Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="138"/>
        <source>&amp;New survey…</source>
        <translation>新しい調査(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="139"/>
        <source>&amp;Open survey…</source>
        <translation>調査を開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="143"/>
        <source>&amp;Import capture files…</source>
        <translation>キャプチャファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="143"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="144"/>
        <source>Import capture &amp;folder…</source>
        <translation>キャプチャフォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="72"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="74"/>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="75"/>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="76"/>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="77"/>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="78"/>
        <source>Rankings</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="80"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="81"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>The PDF assessment report comes in a later release.</source>
        <translation>PDF 評価レポートは今後のリリースで提供します。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>&amp;Recent surveys</source>
        <translation>最近の調査(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>Capture &amp;live…</source>
        <translation>ライブキャプチャ(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <source>Export ledger as &amp;CSV (rows and columns as shown)…</source>
        <translation>台帳を &amp;CSV で書き出し(表示中の行と列)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="164"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="164"/>
        <source>The new language applies when Mieruka starts next time.</source>
        <translation>新しい言語は次回 Mieruka を起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>Mieruka surveys (*.mieruka)</source>
        <translation>Mieruka 調査ファイル (*.mieruka)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="172"/>
        <source>New survey</source>
        <translation>新しい調査</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="173"/>
        <source>Open survey</source>
        <translation>調査を開く</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="187"/>
        <source>Import capture folder</source>
        <translation>キャプチャフォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Import capture files</source>
        <translation>キャプチャファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="192"/>
        <source>Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)</source>
        <translation>キャプチャファイル (*.pcap *.pcapng *.cap *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="218"/>
        <source>%1 — Mieruka</source>
        <translation>%1 — Mieruka</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Capture running</source>
        <translation>キャプチャ実行中</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>Stop the live capture before importing files.</source>
        <translation>ファイルを取り込む前にライブキャプチャを停止してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <location filename="../app/gui/main_window.cpp" line="336"/>
        <source>Import running</source>
        <translation>取り込み中です</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <location filename="../app/gui/main_window.cpp" line="336"/>
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>実行中の取り込みが終わるまで待つか、取り消してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>Cancel</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="282"/>
        <source>Import cancelled; everything committed before the cancel is kept.</source>
        <translation>取り込みを取り消しました。取り消し前に確定した内容は保持されています。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="284"/>
        <source>Problems during import</source>
        <translation>取り込み中の問題</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="295"/>
        <source>Export ledger</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="296"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="311"/>
        <source>No survey open. Use File → New survey, then import capture files (or drop them here).</source>
        <translation>調査ファイルが開かれていません。「ファイル → 新しい調査」を選び、キャプチャファイルを取り込んでください（ここへのドロップも可）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="317"/>
        <source>%1 | %2 – %3 | %4 frames | %5 hosts | %6 alerts</source>
        <translation>%1 | %2 – %3 | %4 フレーム | %5 ホスト | %6 アラート</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="349"/>
        <source>Capture failed</source>
        <translation>キャプチャに失敗しました</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="358"/>
        <source>Open or create a survey first.</source>
        <translation>先に調査ファイルを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="358"/>
        <source>A capture or import is running.</source>
        <translation>キャプチャまたは取り込みを実行中です。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="365"/>
        <source>Capture problem</source>
        <translation>キャプチャの問題</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="366"/>
        <source>%1

Fix: %2</source>
        <translation>%1

対処: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="407"/>
        <source>Capture ended (%1): %2 packets, %3 dropped.</source>
        <translation>キャプチャ終了（%1）: %2 パケット、取りこぼし %3。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="408"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="413"/>
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
        <location filename="../app/gui/map_view.cpp" line="137"/>
        <source>All networks</source>
        <translation>すべてのネットワーク</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="138"/>
        <source>All protocols</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="139"/>
        <source>All roles</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="201"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="203"/>
        <source>Broadcast / multicast</source>
        <translation>ブロードキャスト / マルチキャスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="206"/>
        <source>Laying out %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストを配置中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="238"/>
        <source>The map could not be laid out.</source>
        <translation>マップを配置できませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/map_view.cpp" line="240"/>
        <source>%n quiet host(s) not drawn (the map shows the busiest %1).</source>
        <translation>
            <numerusform>通信の少ないホスト %n 台は描画していません(通信の多い %1 台を表示)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="244"/>
        <source>No hosts match the filter.</source>
        <translation>絞り込み条件に合うホストはありません。</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="385"/>
        <source>Network map</source>
        <translation>ネットワークマップ</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="413"/>
        <source>Export map as SVG</source>
        <translation>マップを SVG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="413"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="414"/>
        <source>Export map as PNG</source>
        <translation>マップを PNG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="414"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="418"/>
        <source>Map saved to %1</source>
        <translation>マップを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../app/gui/map_view.cpp" line="418"/>
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
</TS>
