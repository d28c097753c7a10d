// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/omron_fins.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Udp, 9600, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeOmronFins, payload, spec), "fins");
}

} // namespace

class TestOmronFins : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // fins/omron_test.pcap frame 17
        QTest::newRow("udp controller data read request")
            << QByteArray("800002000000006300ef050100")
            << true
            << QStringList{QStringLiteral("src|protocol_role|fins:client"), QStringLiteral("dst|protocol_role|fins:server"), QStringLiteral("src|station_address|fins:0.99.0"), QStringLiteral("dst|station_address|fins:0.0.0")};
        // fins/omron_test.pcap frame 18 (CP1L PLC)
        QTest::newRow("udp controller data read response")
            << QByteArray("c0000200630000c800ef050100004350314c2d454c323044522d440000002020202030312e3030000000000030312e30"
                "36000000000000000000000000000000000000000000000000010000000000000000000000000000000000010003000a"
                "172a1008000000000000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|fins:server"), QStringLiteral("dst|protocol_role|fins:client"), QStringLiteral("src|station_address|fins:0.200.0"), QStringLiteral("dst|station_address|fins:0.99.0"), QStringLiteral("src|model_name|CP1L-EL20DR-D"), QStringLiteral("src|firmware_version|01.00")};
        // fins/omron_fins_tcp_commands_responses.pcap frame 9
        QTest::newRow("fins/tcp controller data read response")
            << QByteArray("46494e53000000720000000200000000c100020000000000007a05010000414141414141414141414141414141414141"
                "414142424242424242424242424242424242424242424343434343434343434343434343434343434343434343434343"
                "4343434343434343434343434343000101000201020002000004")
            << false
            << QStringList{QStringLiteral("src|protocol_role|fins:server"), QStringLiteral("dst|protocol_role|fins:client"), QStringLiteral("src|station_address|fins:0.0.0"), QStringLiteral("dst|station_address|fins:0.0.0"), QStringLiteral("src|model_name|AAAAAAAAAAAAAAAAAAAA"), QStringLiteral("src|firmware_version|BBBBBBBBBBBBBBBBBBBB")};
        // crafted: end code 0x1001 (command too long)
        QTest::newRow("response with error end code")
            << QByteArray("c0000200630000c800ef0501100141414141414141414141414141414141414141414141414141414141414141414141"
                "414141414141")
            << false
            << QStringList{QStringLiteral("src|protocol_role|fins:server"), QStringLiteral("dst|protocol_role|fins:client"), QStringLiteral("src|station_address|fins:0.200.0"), QStringLiteral("dst|station_address|fins:0.99.0")};
        // crafted: FINS/TCP command 0 is not a FINS frame
        QTest::newRow("fins/tcp node address exchange")
            << QByteArray("46494e530000000c000000000000000000000000")
            << true
            << QStringList{};
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService), expected);
    }

    /// Every prefix of every row: no crash, and nothing that the whole message would not say.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        test::verifyPrefixesSayNoMore(test::bytesFromHex(hex.toStdString()), expected,
                                      [&](const test::Bytes& prefix) { return run(prefix, toService); });
    }

    /// Lengths and counts set to their maximum, every byte flipped in turn: no crash.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()), {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}},
                                  [&](const test::Bytes& mutated) { run(mutated, toService); });
        QVERIFY(true);
    }

    void wrongMagic_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("reserved icf bits") << QByteArray("8e0002000000006300ef050100");
        QTest::newRow("unknown main code") << QByteArray("800002000000006300ef990100");
        QTest::newRow("gateway count too big") << QByteArray("800009000000006300ef050100");
        QTest::newRow("fins/tcp wrong magic") << QByteArray("46494e54000000720000000200000000c100020000000000007a050100");
        QTest::newRow("fins/tcp maxed length") << QByteArray("46494e53ffffffffffffffff");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOmronFins)
#include "tst_omron_fins.moc"
