// SPDX-License-Identifier: GPL-3.0-or-later
#include <QString>
#include <QStringList>
#include <QTest>

#include "core/decode/packet_decoder.h"
#include "core/detect/signature/signature_engine.h"
#include "core/detect/signature/threshold_table.h"
#include "tests/support/packet_builder.h"

#include <string>
#include <vector>

// Content modifiers, pcre, dsize, flow, headers and rate limits, each through a crafted frame
// decoded the way the import does it.

namespace {

using namespace mieruka;
using detect::SignatureEngine;
using detect::SignatureFlowState;

enum class Transport { Tcp, Udp, Icmp };

struct FrameSpec {
    std::string source = "10.0.0.1";
    std::string destination = "10.0.0.2";
    std::uint16_t sourcePort = 40000;
    std::uint16_t destinationPort = 80;
    Transport transport = Transport::Tcp;
};

test::Bytes buildFrame(const FrameSpec& spec, const test::Bytes& payload)
{
    test::PacketBuilder builder;
    builder.ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01");
    if (spec.source.find(':') != std::string::npos)
        builder.ipv6(spec.source, spec.destination);
    else
        builder.ipv4(spec.source, spec.destination);
    if (spec.transport == Transport::Tcp)
        builder.tcp(spec.sourcePort, spec.destinationPort, {.flags = test::tcpflag::kAck | test::tcpflag::kPsh});
    else if (spec.transport == Transport::Udp)
        builder.udp(spec.sourcePort, spec.destinationPort);
    else
        builder.icmp(8, 0, 0x00010001);
    if (!payload.empty())
        builder.payload(payload);
    return builder.build();
}

/// The sids that fire, comma-separated in load order.
QString fire(SignatureEngine& engine, const FrameSpec& spec, const test::Bytes& payload, SignatureFlowState flow = {},
             std::int64_t timestampNs = 0)
{
    const test::Bytes frame = buildFrame(spec, payload);
    decode::PacketDecoder decoder;
    decode::DecodedPacket packet;
    decoder.decode(1, frame, static_cast<std::uint32_t>(frame.size()), packet);
    std::vector<detect::SignatureHit> hits;
    engine.inspect(packet, flow, timestampNs, hits);
    QStringList sids;
    for (const auto& hit : hits)
        sids << QString::number(hit.rule->sid);
    return sids.join(u',');
}

test::Bytes text(const QByteArray& bytes)
{
    return test::bytesFromString(bytes.toStdString());
}

/// One rule made of `options` on a tcp any-any header, loaded and checked to load.
void load(SignatureEngine& engine, const QByteArray& rules)
{
    const auto report = engine.addRules(rules.toStdString(), "test.rules");
    for (const auto& problem : report.unsupported)
        QFAIL(qPrintable(QString::fromStdString(problem.reason)));
}

} // namespace

class TestSignatureMatching : public QObject {
    Q_OBJECT
private slots:
    void payload_data()
    {
        QTest::addColumn<QByteArray>("options");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("fires");
        auto row = [](const char* name, const char* options, const QByteArray& payload, bool fires) {
            QTest::newRow(name) << QByteArray(options) << payload << fires;
        };
        row("content found", "content:\"evil\";", "an evil payload", true);
        row("content absent", "content:\"evil\";", "a good payload", false);
        row("content case differs", "content:\"Evil\";", "an evil payload", false);
        row("nocase", "content:\"EVIL\"; nocase;", "an eViL payload", true);
        row("nocase on a later content", "content:\"an\"; content:\"EVIL\"; nocase;", "an evil", true);
        row("hex bytes", "content:\"|65 76|il\";", "evil", true);
        row("hex bytes absent", "content:\"|00 01|\";", "evil", false);
        row("offset hit", "content:\"abc\"; offset:3;", "xxxabc", true);
        row("offset miss", "content:\"abc\"; offset:3;", "xxabcx", false);
        row("depth hit", "content:\"abc\"; depth:3;", "abcxx", true);
        row("depth miss", "content:\"abc\"; depth:3;", "xabc", false);
        row("offset and depth hit", "content:\"abc\"; offset:1; depth:3;", "xabcx", true);
        row("offset and depth miss", "content:\"abc\"; offset:1; depth:3;", "xxabc", false);
        row("second occurrence in window", "content:\"ab\"; offset:2; depth:4;", "abxxab", true);
        row("distance hit", "content:\"ab\"; content:\"cd\"; distance:2;", "abxxcd", true);
        row("distance miss", "content:\"ab\"; content:\"cd\"; distance:2;", "abxcd", false);
        row("within hit", "content:\"ab\"; content:\"cd\"; within:4;", "abxxcd", true);
        row("within miss", "content:\"ab\"; content:\"cd\"; within:4;", "abxxxcd", false);
        row("distance within hit", "content:\"ab\"; content:\"cd\"; distance:1; within:3;", "abxcd", true);
        row("distance within too near", "content:\"ab\"; content:\"cd\"; distance:1; within:3;", "abcd", false);
        row("distance within too far", "content:\"ab\"; content:\"cd\"; distance:1; within:3;", "abxxxcd", false);
        row("negative distance", "content:\"cd\"; content:\"ab\"; distance:-4; within:2;", "abcd", true);
        row("relative order matters", "content:\"cd\"; content:\"ab\"; distance:0;", "abcd", false);
        row("backtracking", "content:\"ab\"; content:\"cd\"; distance:0; within:2;", "abxxabcd", true);
        row("backtracking over three", "content:\"a\"; content:\"b\"; distance:0; within:1; content:\"c\"; distance:0; within:1;",
            "aXabXaabc", true);
        row("backtracking finds nothing", "content:\"ab\"; content:\"cd\"; distance:0; within:2;", "abxxabxcd", false);
        row("negated content", "content:\"abc\"; content:!\"def\";", "abc", true);
        row("negated content present", "content:\"abc\"; content:!\"def\";", "abcdef", false);
        row("negated relative present", "content:\"abc\"; content:!\"def\"; distance:0; within:3;", "abcdef", false);
        row("negated relative beyond window", "content:\"abc\"; content:!\"def\"; distance:0; within:3;", "abcxdef", true);
        row("negated relative backtracks", "content:\"ab\"; content:!\"X\"; distance:0; within:1;", "abXab", true);
        row("negated only", "content:!\"evil\";", "good", true);
        row("negated only present", "content:!\"evil\";", "evil", false);
        row("negated nocase", "content:!\"EVIL\"; nocase;", "evil", false);
        row("pcre", "pcre:\"/ab+c/\";", "xabbbcx", true);
        row("pcre anchored", "pcre:\"/^abc/\";", "xabc", false);
        row("pcre i", "pcre:\"/ABC/i\";", "xabcx", true);
        row("pcre without i", "pcre:\"/ABC/\";", "xabcx", false);
        row("pcre s", "pcre:\"/a.c/s\";", "a\nc", true);
        row("pcre without s", "pcre:\"/a.c/\";", "a\nc", false);
        row("pcre m", "pcre:\"/^abc$/m\";", "x\nabc\ny", true);
        row("pcre without m", "pcre:\"/^abc$/\";", "x\nabc\ny", false);
        row("pcre x", "pcre:\"/a b c/x\";", "abc", true);
        row("pcre hex escape", "pcre:\"/\\x00\\x01/\";", QByteArray("a\0\1b", 4), true);
        row("pcre relative", "content:\"xy\"; pcre:\"/^z/R\";", "xyz", true);
        row("pcre relative miss", "content:\"xy\"; pcre:\"/^z/R\";", "xyaz", false);
        row("pcre relative backtracks", "content:\"xy\"; pcre:\"/^z/R\";", "xyaxyz", true);
        row("content after pcre", "pcre:\"/k+/\"; content:\"m\"; distance:0; within:1;", "akkkm", true);
        row("content after pcre miss", "pcre:\"/k+/\"; content:\"m\"; distance:0; within:1;", "akkkxm", false);
        row("negated pcre", "content:\"a\"; pcre:!\"/evil/\";", "a good", true);
        row("negated pcre present", "content:\"a\"; pcre:!\"/evil/\";", "a evil", false);
        row("dsize equal", "dsize:5;", "12345", true);
        row("dsize not equal", "dsize:5;", "123456", false);
        row("dsize less", "dsize:<5;", "1234", true);
        row("dsize less miss", "dsize:<5;", "12345", false);
        row("dsize greater", "dsize:>5;", "123456", true);
        row("dsize greater miss", "dsize:>5;", "12345", false);
        row("dsize between", "dsize:3<>6;", "1234", true);
        row("dsize between low edge", "dsize:3<>6;", "123", false);
        row("dsize between high edge", "dsize:3<>6;", "123456", false);
        row("dsize and content", "content:\"ab\"; dsize:4;", "abcd", true);
        row("dsize and content miss", "content:\"ab\"; dsize:4;", "abcde", false);
        row("no payload test", "msg:\"any frame\";", "x", true);
    }

    void payload()
    {
        QFETCH(QByteArray, options);
        QFETCH(QByteArray, payload);
        QFETCH(bool, fires);
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (" + options + " sid:7;)");
        QCOMPARE(fire(engine, {}, text(payload)), fires ? QStringLiteral("7") : QString());
    }

    /// A case-sensitive content and a nocase one share the case-folded prefilter: only the
    /// right one fires for each spelling.
    void prefilterCase()
    {
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"Admin\"; sid:1;)\n"
                     "alert tcp any any -> any any (content:\"admin\"; nocase; sid:2;)\n"
                     "alert tcp any any -> any any (content:\"ADMIN\"; sid:3;)\n");
        QCOMPARE(fire(engine, {}, text("user Admin")), QStringLiteral("1,2"));
        QCOMPARE(fire(engine, {}, text("user aDmIn")), QStringLiteral("2"));
        QCOMPARE(fire(engine, {}, text("user ADMIN")), QStringLiteral("2,3"));
        QCOMPARE(fire(engine, {}, text("user")), QString());
    }

    void emptyPayload()
    {
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any 80 (content:\"x\"; sid:1;)\n"
                     "alert tcp any any -> any 80 (dsize:0; sid:2;)\n"
                     "alert tcp any any -> any 80 (content:!\"x\"; sid:3;)\n"
                     "alert tcp any any -> any 80 (pcre:\"/^$/\"; sid:4;)\n"
                     "alert udp any any -> any 80 (sid:5;)\n");
        QCOMPARE(fire(engine, {}, {}), QStringLiteral("2,3,4"));
    }

    void flow_data()
    {
        QTest::addColumn<QByteArray>("flow");
        QTest::addColumn<bool>("toServer");
        QTest::addColumn<bool>("established");
        QTest::addColumn<bool>("fires");
        QTest::newRow("to_server forward") << QByteArray("to_server") << true << false << true;
        QTest::newRow("to_server reply") << QByteArray("to_server") << false << false << false;
        QTest::newRow("from_client forward") << QByteArray("from_client") << true << true << true;
        QTest::newRow("to_client reply") << QByteArray("to_client") << false << false << true;
        QTest::newRow("to_client forward") << QByteArray("to_client") << true << false << false;
        QTest::newRow("from_server reply") << QByteArray("from_server") << false << true << true;
        QTest::newRow("established yes") << QByteArray("established") << true << true << true;
        QTest::newRow("established no") << QByteArray("established") << true << false << false;
        QTest::newRow("not_established") << QByteArray("not_established") << false << false << true;
        QTest::newRow("not_established but is") << QByteArray("not_established") << false << true << false;
        QTest::newRow("both parts") << QByteArray("established,to_server") << true << true << true;
        QTest::newRow("both parts wrong way") << QByteArray("established,to_server") << false << true << false;
        QTest::newRow("stateless") << QByteArray("stateless") << false << false << true;
    }

    void flow()
    {
        QFETCH(QByteArray, flow);
        QFETCH(bool, toServer);
        QFETCH(bool, established);
        QFETCH(bool, fires);
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"x\"; flow:" + flow + "; sid:3;)");
        QCOMPARE(fire(engine, {}, text("x"), {toServer, established}), fires ? QStringLiteral("3") : QString());
    }

    void header_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("sourcePort");
        QTest::addColumn<int>("destinationPort");
        QTest::addColumn<bool>("fires");
        auto row = [](const char* name, const char* header, const char* source, const char* destination, int sport,
                      int dport, bool fires) {
            QTest::newRow(name) << QByteArray(header) << QString::fromUtf8(source) << QString::fromUtf8(destination)
                                << sport << dport << fires;
        };
        row("single address", "tcp 10.0.0.1 any -> any any", "10.0.0.1", "10.0.0.2", 1, 2, true);
        row("single address miss", "tcp 10.0.0.1 any -> any any", "10.0.0.3", "10.0.0.2", 1, 2, false);
        row("negated address", "tcp !10.0.0.1 any -> any any", "10.0.0.1", "10.0.0.2", 1, 2, false);
        row("negated address other", "tcp !10.0.0.1 any -> any any", "10.0.0.9", "10.0.0.2", 1, 2, true);
        row("address list", "tcp [10.0.0.5,10.0.0.1] any -> any any", "10.0.0.1", "10.0.0.2", 1, 2, true);
        row("address list with negation", "tcp [10.0.0.0/24,!10.0.0.1] any -> any any", "10.0.0.1", "10.0.0.2", 1, 2, false);
        row("cidr destination", "tcp any any -> 192.168.0.0/16 any", "10.0.0.1", "192.168.4.4", 1, 2, true);
        row("home to external", "tcp $HOME_NET any -> $EXTERNAL_NET any", "10.0.0.1", "203.0.113.5", 1, 2, true);
        row("home to home", "tcp $HOME_NET any -> $EXTERNAL_NET any", "10.0.0.1", "10.0.0.2", 1, 2, false);
        row("ipv6", "tcp fe80::/10 any -> any any", "fe80::1", "fe80::2", 1, 2, true);
        row("ipv6 miss", "tcp 2001:db8::/32 any -> any any", "fe80::1", "fe80::2", 1, 2, false);
        row("ipv4 rule, ipv6 frame", "tcp 10.0.0.0/8 any -> any any", "fe80::1", "fe80::2", 1, 2, false);
        row("port", "tcp any any -> any 502", "10.0.0.1", "10.0.0.2", 40000, 502, true);
        row("port miss", "tcp any any -> any 502", "10.0.0.1", "10.0.0.2", 502, 40000, false);
        row("port list", "tcp any any -> any [102,502]", "10.0.0.1", "10.0.0.2", 1, 102, true);
        row("port range", "tcp any 1024: -> any 1:1023", "10.0.0.1", "10.0.0.2", 40000, 80, true);
        row("port range miss", "tcp any 1024: -> any 1:1023", "10.0.0.1", "10.0.0.2", 80, 80, false);
        row("negated port", "tcp any any -> any !80", "10.0.0.1", "10.0.0.2", 1, 80, false);
        row("negated port other", "tcp any any -> any !80", "10.0.0.1", "10.0.0.2", 1, 81, true);
        row("port list with negation", "tcp any any -> any [1:100,!80]", "10.0.0.1", "10.0.0.2", 1, 80, false);
        row("source port only", "tcp any 502 -> any any", "10.0.0.2", "10.0.0.1", 502, 40000, true);
        row("bidirectional forward", "tcp 10.0.0.1 any <> 10.0.0.2 502", "10.0.0.1", "10.0.0.2", 40000, 502, true);
        row("bidirectional backward", "tcp 10.0.0.1 any <> 10.0.0.2 502", "10.0.0.2", "10.0.0.1", 502, 40000, true);
        row("bidirectional mixed", "tcp 10.0.0.1 any <> 10.0.0.2 502", "10.0.0.2", "10.0.0.1", 40000, 502, false);
        row("one-way backward", "tcp 10.0.0.1 any -> 10.0.0.2 502", "10.0.0.2", "10.0.0.1", 502, 40000, false);
        row("many ports", "tcp any any -> any [1:1000]", "10.0.0.1", "10.0.0.2", 1, 999, true);
        row("many ports miss", "tcp any any -> any [1:1000]", "10.0.0.1", "10.0.0.2", 1, 1001, false);
    }

    /// Both a payload-free rule (grouped by port) and a content rule (prefiltered) per header.
    void header()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(int, sourcePort);
        QFETCH(int, destinationPort);
        QFETCH(bool, fires);
        SignatureEngine engine;
        load(engine, "alert " + header + " (sid:1;)\nalert " + header + " (content:\"q\"; sid:2;)");
        const FrameSpec spec{source.toStdString(), destination.toStdString(), static_cast<std::uint16_t>(sourcePort),
                             static_cast<std::uint16_t>(destinationPort), Transport::Tcp};
        QCOMPARE(fire(engine, spec, text("q")), fires ? QStringLiteral("1,2") : QString());
    }

    void protocols()
    {
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"p\"; sid:1;)\n"
                     "alert udp any any -> any any (content:\"p\"; sid:2;)\n"
                     "alert icmp any any -> any any (content:\"p\"; sid:3;)\n"
                     "alert ip any any -> any any (content:\"p\"; sid:4;)\n"
                     "alert ip any any -> any any (sid:5;)\n"
                     "alert udp any any -> any any (sid:6;)\n");
        QCOMPARE(fire(engine, {}, text("p")), QStringLiteral("1,4,5"));
        QCOMPARE(fire(engine, {.transport = Transport::Udp}, text("p")), QStringLiteral("2,4,5,6"));
        QCOMPARE(fire(engine, {.transport = Transport::Icmp}, text("p")), QStringLiteral("3,4,5"));
        QCOMPARE(fire(engine, {.source = "fe80::1", .destination = "fe80::2", .transport = Transport::Icmp}, text("p")),
                 QStringLiteral("3,4,5")); // icmp rules cover both address families
        // A frame without IP never matches.
        const test::Bytes arp = test::PacketBuilder()
                                    .ethernet("ff:ff:ff:ff:ff:ff", "00:00:5e:00:53:01")
                                    .arp(1, "00:00:5e:00:53:01", "10.0.0.1", "00:00:00:00:00:00", "10.0.0.2")
                                    .build();
        decode::PacketDecoder decoder;
        decode::DecodedPacket packet;
        decoder.decode(1, arp, static_cast<std::uint32_t>(arp.size()), packet);
        std::vector<detect::SignatureHit> hits;
        engine.inspect(packet, {}, 0, hits);
        QVERIFY(hits.empty());
    }

    void thresholds_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QString>("alerts"); ///< which of matches 1..8 (one per second) alert
        QTest::newRow("limit 2 per 10 s") << QByteArray("threshold:type limit, track by_src, count 2, seconds 10;")
                                         << QStringLiteral("1,2");
        QTest::newRow("limit 2 per 3 s") << QByteArray("threshold:type limit, track by_src, count 2, seconds 3;")
                                        << QStringLiteral("1,2,4,5,7,8");
        QTest::newRow("threshold every 3rd") << QByteArray("threshold:type threshold, track by_src, count 3, seconds 60;")
                                            << QStringLiteral("3,6");
        QTest::newRow("both once at 3rd") << QByteArray("threshold:type both, track by_dst, count 3, seconds 60;")
                                         << QStringLiteral("3");
        QTest::newRow("both per 4 s") << QByteArray("threshold:type both, track by_rule, count 2, seconds 4;")
                                     << QStringLiteral("2,6");
        QTest::newRow("detection filter after 3") << QByteArray("detection_filter:track by_src, count 3, seconds 60;")
                                                 << QStringLiteral("4,5,6,7,8");
        QTest::newRow("detection filter and limit")
            << QByteArray("detection_filter:track by_src, count 3, seconds 60; threshold:type limit, track by_src, count 1, seconds 60;")
            << QStringLiteral("4");
    }

    void thresholds()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QString, alerts);
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"x\"; " + limit + " sid:1;)");
        QStringList fired;
        for (int i = 1; i <= 8; ++i)
            if (!fire(engine, {}, text("x"), {}, std::int64_t(i) * 1'000'000'000).isEmpty())
                fired << QString::number(i);
        QCOMPARE(fired.join(u','), alerts);
    }

    /// by_src keeps one counter per sender.
    void thresholdTracksSources()
    {
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"x\"; threshold:type limit, track by_src, count 1, seconds 60; sid:1;)");
        QCOMPARE(fire(engine, {.source = "10.0.0.1"}, text("x")), QStringLiteral("1"));
        QCOMPARE(fire(engine, {.source = "10.0.0.1"}, text("x")), QString());
        QCOMPARE(fire(engine, {.source = "10.0.0.7"}, text("x")), QStringLiteral("1"));
        QCOMPARE(fire(engine, {.source = "10.0.0.1"}, text("x"), {}, 61'000'000'000), QStringLiteral("1"));
    }

    /// The counter table never grows past its capacity; the oldest entry goes first.
    void thresholdTableIsBounded()
    {
        detect::ThresholdTable table(4);
        const detect::RateLimit limit{detect::RateLimit::Kind::Limit, detect::RateLimit::Track::BySource, 1, 60};
        for (std::uint32_t i = 1; i <= 10; ++i) {
            const auto address = net::IpAddress::v4(0x0a000000U + i);
            QVERIFY(table.allow(0, limit, address, 0));
            QVERIFY(!table.allow(0, limit, address, 1));
        }
        QCOMPARE(table.size(), std::size_t(4));
        QCOMPARE(table.evictions(), std::uint64_t(6));
        // 10.0.0.10 is still counted; 10.0.0.1 was evicted and starts again.
        QVERIFY(!table.allow(0, limit, net::IpAddress::v4(0x0a00000aU), 2));
        QVERIFY(table.allow(0, limit, net::IpAddress::v4(0x0a000001U), 2));
        // Many addresses through a small table: every remaining entry is still findable.
        detect::ThresholdTable churn(8);
        for (std::uint32_t i = 0; i < 1000; ++i)
            churn.allow(i % 3, limit, net::IpAddress::v4(i), 0);
        for (std::uint32_t i = 992; i < 1000; ++i)
            QVERIFY(!churn.allow(i % 3, limit, net::IpAddress::v4(i), 0));
        QCOMPARE(churn.size(), std::size_t(8));
    }

    /// Rules added after inspection are picked up; hits come in load order.
    void addAfterInspect()
    {
        SignatureEngine engine;
        load(engine, "alert tcp any any -> any any (content:\"b\"; sid:20;)");
        QCOMPARE(fire(engine, {}, text("ab")), QStringLiteral("20"));
        load(engine, "alert tcp any any -> any any (content:\"a\"; sid:10;)");
        QCOMPARE(fire(engine, {}, text("ab")), QStringLiteral("20,10"));
        QCOMPARE(engine.ruleCount(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestSignatureMatching)
#include "tst_signature_matching.moc"
