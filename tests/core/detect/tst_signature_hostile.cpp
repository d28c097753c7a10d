// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QString>
#include <QTest>

#include "core/decode/packet_decoder.h"
#include "core/detect/signature/bundled_rules.h"
#include "core/detect/signature/payload_matcher.h"
#include "core/detect/signature/signature_engine.h"
#include "tests/support/packet_builder.h"

#include <random>
#include <set>
#include <string>
#include <vector>

// Everything in a frame is hostile, and so is a rules file someone hands over: random and cut
// frames, payloads built to make matching slow, and malformed rule text must neither crash nor
// run long.

namespace {

using namespace mieruka;

test::Bytes frameFor(std::uint16_t sourcePort, std::uint16_t destinationPort, bool udp, const test::Bytes& payload)
{
    test::PacketBuilder builder;
    builder.ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01").ipv4("10.0.0.1", "10.0.0.2");
    if (udp)
        builder.udp(sourcePort, destinationPort);
    else
        builder.tcp(sourcePort, destinationPort, {.flags = test::tcpflag::kAck | test::tcpflag::kPsh});
    if (!payload.empty())
        builder.payload(payload);
    return builder.build();
}

std::vector<std::uint32_t> inspect(detect::SignatureEngine& engine, decode::PacketDecoder& decoder,
                                   std::span<const std::byte> frame, std::uint32_t originalLength)
{
    decode::DecodedPacket packet;
    decoder.decode(1, frame, originalLength, packet);
    std::vector<detect::SignatureHit> hits;
    engine.inspect(packet, {true, true}, 0, hits);
    std::vector<std::uint32_t> sids;
    for (const auto& hit : hits)
        sids.push_back(hit.rule->sid);
    return sids;
}

void loadOrFail(detect::SignatureEngine& engine, const std::string& rules)
{
    const auto report = engine.addRules(rules, "hostile.rules");
    for (const auto& problem : report.unsupported)
        QFAIL(qPrintable(QString::fromStdString(problem.reason)));
}

} // namespace

class TestSignatureHostile : public QObject {
    Q_OBJECT
private slots:
    /// Random bytes after every OT service port, through the bundled set and a set of generic
    /// rules: no crash, and the whole run stays quick.
    void randomPayloads()
    {
        detect::SignatureEngine engine;
        QVERIFY(engine.addRules(detect::bundledOtRules(), "ot").unsupported.empty());
        loadOrFail(engine, "alert tcp any any -> any any (content:\"|00 00|\"; content:\"|01|\"; distance:0; sid:1;)\n"
                           "alert udp any any -> any any (pcre:\"/[\\x00-\\x10]{4}.{0,20}\\xff/s\"; sid:2;)\n"
                           "alert tcp any any -> any any (content:\"a\"; nocase; content:!\"b\"; distance:0; within:1; sid:3;)\n");
        std::mt19937 random(42);
        static constexpr std::uint16_t kPorts[] = {502, 102, 20000, 44818, 2404, 47808, 9600, 80};
        decode::PacketDecoder decoder;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20000; ++i) {
            test::Bytes payload(random() % 300);
            for (auto& byte : payload)
                byte = std::byte(random() % (i % 2 ? 256 : 4)); // half of them dense in low bytes
            const test::Bytes frame = frameFor(50000, kPorts[random() % 8], random() % 3 == 0, payload);
            inspect(engine, decoder, frame, static_cast<std::uint32_t>(frame.size()));
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    /// Every cut of an attack frame (headers included): no crash, and never an alert the whole
    /// frame would not give.
    void truncatedFrames_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("modbus") << 502 << false << QByteArray("0000000000060a0800040000");
        QTest::newRow("s7") << 102 << false << QByteArray("0300002b02f080320100007400001a000028000000000000fd000a01003042303230303041055f44454c45");
        QTest::newRow("dnp3") << 20000 << false << QByteArray("056408c404000300b4b8cdc30daf84");
        QTest::newRow("bacnet") << 47808 << true << QByteArray("810a001c01240003016cff02038a1409011d0900657468657265616c");
        QTest::newRow("iec104") << 2404 << false << QByteArray("680e040042002d0106000a0002000001");
    }

    void truncatedFrames()
    {
        QFETCH(int, port);
        QFETCH(bool, udp);
        QFETCH(QByteArray, hex);
        detect::SignatureEngine engine;
        QVERIFY(engine.addRules(detect::bundledOtRules(), "ot").unsupported.empty());
        decode::PacketDecoder decoder;
        const test::Bytes frame = frameFor(50000, static_cast<std::uint16_t>(port), udp, test::bytesFromHex(hex.toStdString()));
        const auto whole = inspect(engine, decoder, frame, static_cast<std::uint32_t>(frame.size()));
        QCOMPARE(whole.size(), std::size_t(1));
        for (std::size_t cut = 0; cut < frame.size(); ++cut) {
            const auto sids = inspect(engine, decoder, std::span(frame).first(cut), static_cast<std::uint32_t>(frame.size()));
            for (std::uint32_t sid : sids)
                QVERIFY(std::find(whole.begin(), whole.end(), sid) != whole.end());
        }
    }

    /// Catastrophic backtracking in a rule's expression meets a payload built for it: the match
    /// limit stops it, and the rule simply does not match.
    void pcreMatchLimit()
    {
        detect::SignatureEngine engine;
        loadOrFail(engine, "alert tcp any any -> any any (pcre:\"/^(a+)+$/\"; sid:1;)\n"
                           "alert tcp any any -> any any (pcre:\"/(\\w+\\s?)+$/\"; sid:2;)\n");
        decode::PacketDecoder decoder;
        test::Bytes payload(1400, std::byte{'a'});
        payload.push_back(std::byte{'!'});
        const test::Bytes frame = frameFor(1, 2, false, payload);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            QVERIFY(inspect(engine, decoder, frame, static_cast<std::uint32_t>(frame.size())).empty());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        for (std::size_t i = 0; i < engine.ruleCount(); ++i)
            QVERIFY(std::get<detect::PcreMatch>(engine.rule(i).items[0]).pattern->limitHits() >= 200);
    }

    /// A chain of relative one-byte contents against a long run of that byte: backtracking is
    /// capped, so the cost stays bounded.
    void backtrackingIsBounded()
    {
        std::string options;
        for (int i = 0; i < 12; ++i)
            options += i == 0 ? "content:\"a\"; " : "content:\"a\"; distance:0; ";
        options += "content:\"b\"; distance:0; within:1; ";
        detect::SignatureEngine engine;
        loadOrFail(engine, "alert tcp any any -> any any (" + options + "sid:1;)");
        decode::PacketDecoder decoder;
        const test::Bytes frame = frameFor(1, 2, false, test::Bytes(1400, std::byte{'a'}));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            QVERIFY(inspect(engine, decoder, frame, static_cast<std::uint32_t>(frame.size())).empty());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        // The same chain still matches where the payload allows it.
        test::Bytes payload(20, std::byte{'a'});
        payload.push_back(std::byte{'b'});
        const test::Bytes good = frameFor(1, 2, false, payload);
        QCOMPARE(inspect(engine, decoder, good, static_cast<std::uint32_t>(good.size())).size(), std::size_t(1));
    }

    /// Rule text as an attacker would write it: every line is refused or loaded, none crashes.
    void hostileRuleText()
    {
        std::string text;
        text += "alert tcp " + std::string(5000, '[') + "10.0.0.1" + std::string(5000, ']') + " any -> any any (sid:1;)\n";
        text += "alert tcp $A any -> any any (sid:2;)\n";
        text += "alert tcp any " + std::string(3000, '!') + "80 -> any any (sid:3;)\n";
        text += "alert tcp any any -> any any (content:\"" + std::string(5000, 'x') + "\"; sid:4;)\n";
        text += "alert tcp any any -> any any (pcre:\"/" + std::string(5000, 'y') + "/\"; sid:5;)\n";
        std::string manyOptions;
        for (int i = 0; i < 100; ++i)
            manyOptions += "content:\"a\"; ";
        text += "alert tcp any any -> any any (" + manyOptions + "sid:6;)\n";
        static constexpr char kControls[] = "alert tcp any any -> any any (msg:\"\0\1\2\"; sid:7;)\n";
        text += std::string(kControls, sizeof kControls - 1); // the NUL inside is part of the rule
        text += "alert tcp any any -> any any (content:\"|";
        text += "\n"; // a line cut inside |hex|
        text += "alert tcp any any -> any any (sid:8; content:\"\\\n";
        text += "\\\\\\\n";
        text += "((((((((\n)))))))\n;;;;;\n:\n\"\n|\n";
        std::mt19937 random(3);
        for (int line = 0; line < 300; ++line) {
            std::string junk(random() % 200, ' ');
            for (char& c : junk)
                c = static_cast<char>(random() % 256);
            text += "alert tcp any any -> any any (" + junk + ")\n" + junk + "\n";
        }
        detect::SignatureEngine engine;
        engine.setVariable("A", "[$B]");
        engine.setVariable("B", "[$A]");
        const auto report = engine.addRules(text, "junk.rules");
        QVERIFY(report.unsupported.size() > 300);
        for (const auto& problem : report.unsupported) {
            QVERIFY(!problem.reason.empty());
            QVERIFY(problem.text.size() <= detect::RuleLoadReport::kMaxProblemText + 3);
        }
        // What loaded still works on a frame.
        decode::PacketDecoder decoder;
        const test::Bytes frame = frameFor(1, 80, false, test::bytesFromString("abc"));
        inspect(engine, decoder, frame, static_cast<std::uint32_t>(frame.size()));
    }

    /// A payload-free frame, a frame without transport, and an IPv4 fragment.
    void oddFrames()
    {
        detect::SignatureEngine engine;
        loadOrFail(engine, "alert ip any any -> any any (sid:1;)\n"
                           "alert tcp any any -> any any (content:\"x\"; sid:2;)\n"
                           "alert ip any any -> any any (content:\"x\"; sid:3;)\n");
        decode::PacketDecoder decoder;
        const test::Bytes fragment = test::PacketBuilder()
                                         .ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01")
                                         .ipv4("10.0.0.1", "10.0.0.2", {.fragmentOffset = 10, .protocol = 6})
                                         .payload(test::bytesFromString("xxxx"))
                                         .build();
        QCOMPARE(inspect(engine, decoder, fragment, static_cast<std::uint32_t>(fragment.size())),
                 (std::vector<std::uint32_t>{1, 3}));
        const test::Bytes empty = frameFor(1, 2, false, {});
        QCOMPARE(inspect(engine, decoder, empty, static_cast<std::uint32_t>(empty.size())), std::vector<std::uint32_t>{1});
    }
};

QTEST_GUILESS_MAIN(TestSignatureHostile)
#include "tst_signature_hostile.moc"
