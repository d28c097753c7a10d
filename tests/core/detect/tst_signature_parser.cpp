// SPDX-License-Identifier: GPL-3.0-or-later
#include <QString>
#include <QTest>

#include "core/detect/signature/signature_engine.h"

#include <string>

// Which rules the engine takes and, for those it refuses, that the reason names the cause.

namespace {

using mieruka::detect::RuleLoadReport;
using mieruka::detect::SignatureEngine;

/// The reason the engine gives for refusing `rule`, or "" when it loads.
QString reasonFor(const QByteArray& rule)
{
    SignatureEngine engine;
    const RuleLoadReport report = engine.addRules(rule.toStdString(), "test.rules");
    if (report.unsupported.empty())
        return report.loaded == 1 ? QString() : QStringLiteral("nothing loaded");
    return QString::fromStdString(report.unsupported.front().reason);
}

QByteArray tcpRule(const QByteArray& options)
{
    return "alert tcp any any -> any any (" + options + " sid:1;)";
}

} // namespace

class TestSignatureParser : public QObject {
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("rule");
        auto row = [](const char* name, const QByteArray& rule) { QTest::newRow(name) << rule; };
        row("minimal", "alert tcp any any -> any any (sid:1;)");
        row("msg with escapes", tcpRule("msg:\"a \\\"quoted\\\" \\; word\";"));
        row("rev classtype priority", tcpRule("msg:\"x\"; rev:3; classtype:attempted-admin; priority:2;"));
        row("reference and metadata", tcpRule("reference:url,example.org/doc; metadata:created_at 2024_01_01, tag x;"));
        row("content text", tcpRule("content:\"GET /\";"));
        row("content hex and text", tcpRule("content:\"|00 01|ab|ff|\";"));
        row("content escapes", tcpRule("content:\"a\\\"b\\;c\\\\d\\:e\\|\";"));
        row("negated content", tcpRule("content:!\"abc\";"));
        row("nocase", tcpRule("content:\"abc\"; nocase;"));
        row("offset depth", tcpRule("content:\"abc\"; offset:2; depth:5;"));
        row("distance within", tcpRule("content:\"a\"; content:\"b\"; distance:1; within:4;"));
        row("negative distance", tcpRule("content:\"ab\"; content:\"c\"; distance:-2;"));
        row("fast_pattern forms", tcpRule("content:\"a\"; fast_pattern; content:\"b\"; fast_pattern:only; "
                                          "content:\"cd\"; fast_pattern:0,1;"));
        row("pcre flags", tcpRule("pcre:\"/a.b/ismx\";"));
        row("pcre more flags", tcpRule("pcre:\"/^ab$/AEG\";"));
        row("pcre relative", tcpRule("content:\"x\"; pcre:\"/^y/R\";"));
        row("pcre negated", tcpRule("pcre:!\"/evil/i\";"));
        row("pcre with escaped semicolon", tcpRule("pcre:\"/a\\;b/\";"));
        row("flow words", tcpRule("flow:to_server,established;"));
        row("flow from_client", tcpRule("flow:from_client, not_established;"));
        row("flow to_client stateless", tcpRule("flow:to_client,stateless;"));
        row("flow from_server", tcpRule("flow:from_server;"));
        row("dsize equal", tcpRule("dsize:12;"));
        row("dsize less", tcpRule("dsize:<12;"));
        row("dsize greater", tcpRule("dsize:>12;"));
        row("dsize between", tcpRule("dsize:10<>20;"));
        row("threshold limit", tcpRule("threshold:type limit, track by_src, count 1, seconds 60;"));
        row("threshold threshold", tcpRule("threshold: type threshold, track by_dst, count 10, seconds 5;"));
        row("threshold both", tcpRule("threshold:type both,track by_src,count 3,seconds 30;"));
        row("detection_filter", tcpRule("detection_filter:track by_src, count 5, seconds 60;"));
        row("udp", "alert udp any any -> any 53 (sid:1;)");
        row("icmp", "alert icmp any any -> any any (content:\"x\"; sid:1;)");
        row("ip", "alert ip any any -> any any (sid:1;)");
        row("drop acts as alert", "drop tcp any any -> any any (sid:1;)");
        row("reject acts as alert", "reject tcp any any -> any any (sid:1;)");
        row("bidirectional", "alert tcp any any <> any 502 (sid:1;)");
        row("address forms", "alert tcp [10.0.0.0/8, !10.1.0.0/16, 192.168.1.1] any -> ![$HOME_NET, 8.8.8.8] any (sid:1;)");
        row("netmask form", "alert tcp 10.0.0.0/255.0.0.0 any -> any any (sid:1;)");
        row("ipv6", "alert tcp [2001:db8::/32, fe80::1] any -> ::1 any (sid:1;)");
        row("external net", "alert tcp $EXTERNAL_NET any -> $HOME_NET any (sid:1;)");
        row("port forms", "alert tcp any [1:1023, !80, 8080] -> any [1024:, :10, $HTTP_PORTS] (sid:1;)");
        row("nested port list", "alert tcp any ![80,[443,8443]] -> any any (sid:1;)");
        row("no spaces", "alert tcp any any -> any any (msg:\"x\";sid:1;rev:1;)");
        row("last option without semicolon", "alert tcp any any -> any any (msg:\"x\"; sid:1)");
    }

    void accepted()
    {
        QFETCH(QByteArray, rule);
        QCOMPARE(reasonFor(rule), QString());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("reason"); ///< a part of the reason that must be there
        auto row = [](const char* name, const QByteArray& rule, const char* reason) {
            QTest::newRow(name) << rule << QString::fromUtf8(reason);
        };
        // Keywords outside the subset: the whole rule goes, naming the keyword and why.
        row("byte_test", tcpRule("content:\"a\"; byte_test:2,>,10,0;"), "unsupported keyword 'byte_test': payload tests");
        row("byte_jump", tcpRule("byte_jump:2,0;"), "'byte_jump'");
        row("isdataat", tcpRule("content:\"a\"; isdataat:10,relative;"), "'isdataat'");
        row("flowbits", tcpRule("flowbits:set,x;"), "unsupported keyword 'flowbits': it needs state");
        row("http_uri", tcpRule("content:\"a\"; http_uri;"), "'http_uri': it inspects an application-layer buffer");
        row("http.uri sticky buffer", tcpRule("http.uri; content:\"a\";"), "'http.uri'");
        row("file_data", tcpRule("file_data; content:\"a\";"), "'file_data'");
        row("dnp3_func", tcpRule("dnp3_func:cold_restart;"), "'dnp3_func'");
        row("ttl", tcpRule("ttl:64;"), "'ttl': header tests");
        row("unknown keyword", tcpRule("frobnicate;"), "unsupported keyword 'frobnicate'");
        // Header parts outside the subset.
        row("app-layer protocol modbus", "alert modbus any any -> any any (sid:1;)", "unsupported protocol 'modbus'");
        row("app-layer protocol http", "alert http any any -> any any (sid:1;)", "unsupported protocol 'http'");
        row("dnp3 protocol", "alert dnp3 any any -> any any (sid:1;)", "application-layer protocols");
        row("tcp-stream", "alert tcp-stream any any -> any any (sid:1;)", "without stream reassembly");
        row("unknown protocol", "alert xyz any any -> any any (sid:1;)", "unknown protocol 'xyz'");
        row("pass", "pass tcp any any -> any any (sid:1;)", "unsupported action 'pass'");
        row("log", "log tcp any any -> any any (sid:1;)", "unsupported action 'log'");
        row("direction <-", "alert tcp any any <- any any (sid:1;)", "bad direction");
        row("six header fields", "alert tcp any any -> any (sid:1;)", "header needs 7 fields");
        row("ports on icmp", "alert icmp any 8 -> any any (sid:1;)", "only tcp and udp rules can test ports");
        row("ports on ip", "alert ip any any -> any 80 (sid:1;)", "only tcp and udp rules can test ports");
        row("bad address", "alert tcp 10.0.0.300 any -> any any (sid:1;)", "source address: bad address");
        row("prefix too long", "alert tcp any any -> 10.0.0.0/33 any (sid:1;)", "destination address: bad prefix length");
        row("non-contiguous netmask", "alert tcp 10.0.0.0/255.0.255.0 any -> any any (sid:1;)", "bad prefix length");
        row("not any", "alert tcp !any any -> any any (sid:1;)", "matches nothing");
        row("undefined variable", "alert tcp $NOPE any -> any any (sid:1;)", "undefined variable $NOPE");
        row("unbalanced list", "alert tcp [10.0.0.1 any -> any any (sid:1;)", "header needs 7 fields");
        row("port too big", "alert tcp any 70000 -> any any (sid:1;)", "source port: bad port '70000'");
        row("port range backwards", "alert tcp any any -> any 20:10 (sid:1;)", "runs backwards");
        row("port not any", "alert tcp any any -> any !any (sid:1;)", "matches nothing");
        // Malformed options.
        row("no sid", "alert tcp any any -> any any (msg:\"x\";)", "no sid");
        row("sid zero", tcpRule("sid:0;"), "bad sid");
        row("sid not a number", "alert tcp any any -> any any (sid:abc;)", "bad sid");
        row("priority zero", tcpRule("priority:0;"), "bad priority");
        row("bad classtype", tcpRule("classtype:not valid;"), "bad classtype");
        row("bad reference", tcpRule("reference:nocomma;"), "bad reference");
        row("odd hex", tcpRule("content:\"|0|\";"), "odd number of hex digits");
        row("bad hex digit", tcpRule("content:\"|0g|\";"), "bad hex digit 'g'");
        row("unterminated hex", tcpRule("content:\"|00\";"), "unterminated |hex|");
        row("bad escape", tcpRule("content:\"a\\n\";"), "bad escape");
        row("empty content", tcpRule("content:\"\";"), "empty content");
        row("unquoted content", tcpRule("content:abc;"), "quoted string");
        row("unterminated quote", "alert tcp any any -> any any (content:\"abc; sid:1;)", "unterminated quote");
        row("nocase without content", tcpRule("nocase;"), "'nocase' without a content");
        row("offset then distance", tcpRule("content:\"a\"; offset:1; distance:2;"), "mixes absolute");
        row("within then depth", tcpRule("content:\"a\"; content:\"b\"; within:2; depth:3;"), "mixes absolute");
        row("depth shorter than content", tcpRule("content:\"abcd\"; depth:2;"), "depth 2 is shorter than its content");
        row("within shorter than content", tcpRule("content:\"a\"; content:\"bcd\"; within:1;"), "within 1 is shorter");
        row("byte_extract variable", tcpRule("content:\"a\"; offset:var;"), "byte_extract");
        row("pcre buffer flag U", tcpRule("pcre:\"/a/U\";"), "unsupported pcre flag 'U'");
        row("pcre buffer flag B", tcpRule("pcre:\"/a/B\";"), "unsupported pcre flag 'B'");
        row("pcre override limits", tcpRule("pcre:\"/a/O\";"), "unsupported pcre flag 'O'");
        row("pcre unknown flag", tcpRule("pcre:\"/a/q\";"), "unknown pcre flag 'q'");
        row("pcre bad syntax", tcpRule("pcre:\"/a(b/\";"), "pcre: ");
        row("pcre without slashes", tcpRule("pcre:\"abc\";"), "/expression/flags");
        row("pcre utf", tcpRule("pcre:\"/(*UTF)a/\";"), "pcre: ");
        row("flow only_stream", tcpRule("flow:established,only_stream;"), "unsupported flow option 'only_stream'");
        row("flow unknown", tcpRule("flow:sideways;"), "unknown flow option 'sideways'");
        row("dsize garbage", tcpRule("dsize:big;"), "bad dsize");
        row("dsize backwards range", tcpRule("dsize:20<>10;"), "bad dsize");
        row("threshold missing count", tcpRule("threshold:type limit, track by_src, seconds 60;"), "bad threshold");
        row("threshold bad type", tcpRule("threshold:type often, track by_src, count 1, seconds 60;"), "bad threshold");
        row("threshold by_both", tcpRule("threshold:type limit, track by_both, count 1, seconds 60;"), "bad threshold");
        row("two thresholds", tcpRule("threshold:type limit, track by_src, count 1, seconds 60; "
                                      "threshold:type limit, track by_src, count 1, seconds 60;"),
            "more than one threshold");
        row("detection_filter with type", tcpRule("detection_filter:type limit, track by_src, count 1, seconds 6;"),
            "unsupported detection_filter part 'type limit'");
        row("not a rule", "this is not a rule", "not a rule");
        row("missing parenthesis", "alert tcp any any -> any any sid:1;", "not a rule");
    }

    void refused()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, reason);
        const QString got = reasonFor(rule);
        if (!got.contains(reason))
            QFAIL(qPrintable(QStringLiteral("expected '%1' in '%2'").arg(reason, got)));
    }

    void parsedFields()
    {
        SignatureEngine engine;
        const auto report = engine.addRules(
            "alert tcp any any -> any 502 (msg:\"Modbus \\\"stop\\\"\\; now\"; content:\"|00 00|\"; offset:2; depth:2; "
            "classtype:attempted-dos; reference:url,modbus.org/docs/x.pdf; reference:cve,2020-0001; sid:9100001; rev:4;)",
            "ot.rules");
        QCOMPARE(report.loaded, std::size_t(1));
        const auto& rule = engine.rule(0);
        QCOMPARE(rule.sid, 9100001u);
        QCOMPARE(rule.rev, 4u);
        QCOMPARE(QString::fromStdString(rule.msg), QStringLiteral("Modbus \"stop\"; now"));
        QCOMPARE(QString::fromStdString(rule.classtype), QStringLiteral("attempted-dos"));
        QCOMPARE(rule.references.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(rule.references[0]), QStringLiteral("url,modbus.org/docs/x.pdf"));
        QCOMPARE(QString::fromStdString(rule.source), QStringLiteral("ot.rules"));
        QCOMPARE(rule.line, std::size_t(1));
        QCOMPARE(QString::fromUtf8(rule.severity()), QStringLiteral("high"));
        QCOMPARE(rule.prefilterItem, 0);
    }

    void severity_data()
    {
        QTest::addColumn<QByteArray>("options");
        QTest::addColumn<QString>("severity");
        QTest::newRow("priority 1") << QByteArray("priority:1;") << QStringLiteral("high");
        QTest::newRow("priority 2") << QByteArray("priority:2;") << QStringLiteral("medium");
        QTest::newRow("priority 3") << QByteArray("priority:3;") << QStringLiteral("low");
        QTest::newRow("priority 4") << QByteArray("priority:4;") << QStringLiteral("info");
        QTest::newRow("priority beats classtype") << QByteArray("classtype:attempted-admin; priority:3;") << QStringLiteral("low");
        QTest::newRow("trojan-activity") << QByteArray("classtype:trojan-activity;") << QStringLiteral("critical");
        QTest::newRow("attempted-admin") << QByteArray("classtype:attempted-admin;") << QStringLiteral("high");
        QTest::newRow("attempted-dos") << QByteArray("classtype:attempted-dos;") << QStringLiteral("high");
        QTest::newRow("attempted-recon") << QByteArray("classtype:attempted-recon;") << QStringLiteral("medium");
        QTest::newRow("protocol-command-decode") << QByteArray("classtype:protocol-command-decode;") << QStringLiteral("low");
        QTest::newRow("not-suspicious") << QByteArray("classtype:not-suspicious;") << QStringLiteral("info");
        QTest::newRow("unknown classtype") << QByteArray("classtype:my-own-class;") << QStringLiteral("medium");
        QTest::newRow("nothing") << QByteArray("") << QStringLiteral("medium");
    }

    void severity()
    {
        QFETCH(QByteArray, options);
        QFETCH(QString, severity);
        SignatureEngine engine;
        QCOMPARE(engine.addRules(tcpRule(options).toStdString(), "t").loaded, std::size_t(1));
        QCOMPARE(QString::fromUtf8(engine.rule(0).severity()), severity);
    }

    /// Comments, blank lines, CRLF, continuation lines and bad rules in between: the good rules
    /// load, each bad one is reported with the line it starts on.
    void ruleFile()
    {
        const std::string text = "# a comment\r\n"
                                 "\r\n"
                                 "alert tcp any any -> any 80 (msg:\"one\"; \\\r\n"
                                 "    content:\"GET\"; \\\n"
                                 "    sid:1;)\n"
                                 "   # indented comment\n"
                                 "alert tcp any any -> any any (byte_test:1,>,2,0; sid:2;)\n"
                                 "\n"
                                 "alert udp any any -> any 53 (msg:\"three\"; sid:3;)\n"
                                 "alert modbus any any -> any any (sid:4;)\n"
                                 "alert tcp any any -> any any (msg:\"dup\"; sid:1;)\n"
                                 "alert tcp any any -> any any (msg:\"last\"; \\\n"
                                 "  sid:5;)";
        SignatureEngine engine;
        const RuleLoadReport report = engine.addRules(text, "file.rules");
        QCOMPARE(report.loaded, std::size_t(3));
        QCOMPARE(engine.ruleCount(), std::size_t(3));
        QCOMPARE(report.unsupported.size(), std::size_t(3));
        QCOMPARE(report.unsupported[0].line, std::size_t(7));
        QVERIFY(QString::fromStdString(report.unsupported[0].reason).contains(QStringLiteral("byte_test")));
        QVERIFY(QString::fromStdString(report.unsupported[0].text).startsWith(QStringLiteral("alert tcp")));
        QCOMPARE(report.unsupported[1].line, std::size_t(10));
        QCOMPARE(report.unsupported[2].line, std::size_t(11));
        QVERIFY(QString::fromStdString(report.unsupported[2].reason).contains(QStringLiteral("duplicate sid 1")));
        QCOMPARE(engine.rule(0).line, std::size_t(3));
        QCOMPARE(QString::fromStdString(engine.rule(0).msg), QStringLiteral("one"));
        QCOMPARE(engine.rule(2).sid, 5u);
        QCOMPARE(engine.rule(2).line, std::size_t(12));
    }

    void longProblemTextIsCut()
    {
        SignatureEngine engine;
        const std::string rule = "alert tcp any any -> any any (msg:\"" + std::string(5000, 'x') + "\"; ttl:1; sid:1;)";
        const auto report = engine.addRules(rule, "t");
        QCOMPARE(report.unsupported.size(), std::size_t(1));
        QVERIFY(report.unsupported[0].text.size() <= RuleLoadReport::kMaxProblemText + 3);
    }

    /// Variables: overriding HOME_NET moves EXTERNAL_NET with it; a variable loop is refused.
    void variables()
    {
        SignatureEngine engine;
        engine.setVariable("HOME_NET", "[192.0.2.0/24]");
        engine.setVariable("$LOOP", "[$LOOP]");
        engine.setVariable("PLC_PORTS", "[102,502]");
        const auto report = engine.addRules("alert tcp $EXTERNAL_NET any -> $HOME_NET $PLC_PORTS (sid:1;)\n"
                                            "alert tcp $LOOP any -> any any (sid:2;)\n",
                                            "t");
        QCOMPARE(report.loaded, std::size_t(1));
        QCOMPARE(report.unsupported.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(report.unsupported[0].reason).contains(QStringLiteral("nested too deeply")));
        const auto& rule = engine.rule(0);
        using mieruka::net::IpAddress;
        QVERIFY(rule.destinationAddresses.contains(*IpAddress::parse("192.0.2.7")));
        QVERIFY(!rule.destinationAddresses.contains(*IpAddress::parse("10.0.0.1")));
        QVERIFY(rule.sourceAddresses.contains(*IpAddress::parse("10.0.0.1")));
        QVERIFY(!rule.sourceAddresses.contains(*IpAddress::parse("192.0.2.200")));
        QVERIFY(rule.destinationPorts.contains(102));
        QVERIFY(rule.destinationPorts.contains(502));
        QVERIFY(!rule.destinationPorts.contains(503));
    }

    void defaultHomeNet_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("home");
        for (const char* inside : {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1", "169.254.1.1", "fc00::1",
                                   "fdff::1", "fe80::1", "febf::1"})
            QTest::newRow(inside) << QString::fromUtf8(inside) << true;
        for (const char* outside : {"8.8.8.8", "172.32.0.1", "11.0.0.1", "2001:db8::1", "fec0::1", "::1"})
            QTest::newRow(outside) << QString::fromUtf8(outside) << false;
    }

    void defaultHomeNet()
    {
        QFETCH(QString, address);
        QFETCH(bool, home);
        SignatureEngine engine;
        QCOMPARE(engine.addRules("alert ip $HOME_NET any -> $EXTERNAL_NET any (sid:1;)", "t").loaded, std::size_t(1));
        const auto ip = mieruka::net::IpAddress::parse(address.toStdString());
        QVERIFY(ip.has_value());
        QCOMPARE(engine.rule(0).sourceAddresses.contains(*ip), home);
        QCOMPARE(engine.rule(0).destinationAddresses.contains(*ip), !home);
    }

    void setAlgebra_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("contained");
        auto row = [](const char* set, const char* address, bool contained) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromUtf8(set), QString::fromUtf8(address))))
                << QString::fromUtf8(set) << QString::fromUtf8(address) << contained;
        };
        row("[10.0.0.0/8,!10.1.0.0/16]", "10.2.0.1", true);
        row("[10.0.0.0/8,!10.1.0.0/16]", "10.1.0.1", false);
        row("[10.0.0.0/8,![10.1.0.0/16,!10.1.2.0/24]]", "10.1.2.3", true);
        row("[10.0.0.0/8,![10.1.0.0/16,!10.1.2.0/24]]", "10.1.3.3", false);
        row("[!10.0.0.1,!10.0.0.2]", "10.0.0.3", true);
        row("[!10.0.0.1,!10.0.0.2]", "10.0.0.2", false);
        row("!!10.0.0.1", "10.0.0.1", true);
        row("10.1.2.3/8", "10.200.0.1", true); // host bits cleared
        row("0.0.0.0/0", "203.0.113.9", true);
        row("0.0.0.0/0", "2001:db8::1", false);
        row("::/0", "2001:db8::1", true);
        row("2001:db8::/127", "2001:db8::1", true);
        row("2001:db8::/127", "2001:db8::2", false);
        row("![2001:db8::/32]", "2001:db9::1", true);
        row("![2001:db8::/32]", "10.0.0.1", true);
        row("255.255.255.255", "255.255.255.255", true);
        row("!255.255.255.255", "255.255.255.255", false);
    }

    void setAlgebra()
    {
        QFETCH(QString, set);
        QFETCH(QString, address);
        QFETCH(bool, contained);
        SignatureEngine engine;
        const auto report = engine.addRules("alert ip " + set.toStdString() + " any -> any any (sid:1;)", "t");
        QCOMPARE(report.loaded, std::size_t(1));
        QCOMPARE(engine.rule(0).sourceAddresses.contains(*mieruka::net::IpAddress::parse(address.toStdString())), contained);
    }

    void portAlgebra()
    {
        SignatureEngine engine;
        QCOMPARE(engine.addRules("alert tcp any [1:1023,!80,![100:200,!150]] -> any [!502] (sid:1;)", "t").loaded,
                 std::size_t(1));
        const auto& rule = engine.rule(0);
        QVERIFY(rule.sourcePorts.contains(1));
        QVERIFY(!rule.sourcePorts.contains(0));
        QVERIFY(!rule.sourcePorts.contains(80));
        QVERIFY(!rule.sourcePorts.contains(120));
        QVERIFY(rule.sourcePorts.contains(150));
        QVERIFY(rule.sourcePorts.contains(1023));
        QVERIFY(!rule.sourcePorts.contains(1024));
        QVERIFY(rule.destinationPorts.contains(0));
        QVERIFY(rule.destinationPorts.contains(65535));
        QVERIFY(!rule.destinationPorts.contains(502));
        QCOMPARE(rule.destinationPorts.size(), std::size_t(65535));
    }
};

QTEST_GUILESS_MAIN(TestSignatureParser)
#include "tst_signature_parser.moc"
