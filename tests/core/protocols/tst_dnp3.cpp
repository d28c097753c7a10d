// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/dnp3.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Tcp, 20000, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeDnp3, payload, spec), "dnp3");
}

} // namespace

class TestDnp3 : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // dnp3/dnp3_read.pcap frame 4
        QTest::newRow("read request from master")
            << QByteArray("056414c4020003004503c7c8013c02063c03063c04063c010642ac")
            << true
            << QStringList{QStringLiteral("src|protocol_role|dnp3:master"), QStringLiteral("dst|protocol_role|dnp3:outstation"), QStringLiteral("src|station_address|dnp3:3")};
        // dnp3/dnp3_read.pcap frame 6
        QTest::newRow("response from outstation")
            << QByteArray("05647444030002006854f4c88100000102000008810181010101d3740101010a02000006000000000000011e6ca40100"
                "000e01ef03")
            << false
            << QStringList{QStringLiteral("src|protocol_role|dnp3:outstation"), QStringLiteral("dst|protocol_role|dnp3:master"), QStringLiteral("src|station_address|dnp3:2")};
        // crafted: primary, function 9, DIR=1
        QTest::newRow("link status request")
            << QByteArray("056405c901000a000000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|dnp3:master"), QStringLiteral("dst|protocol_role|dnp3:outstation"), QStringLiteral("src|station_address|dnp3:10")};
        // crafted: source 0xfffd (broadcast)
        QTest::newRow("reserved source address")
            << QByteArray("056405440100fdff0000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|dnp3:outstation"), QStringLiteral("dst|protocol_role|dnp3:master")};
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
        QTest::newRow("wrong start") << QByteArray("056505c901000a000000");
        QTest::newRow("length below minimum") << QByteArray("056404c901000a000000");
        QTest::newRow("undefined primary function") << QByteArray("056405c501000a000000");
        QTest::newRow("undefined secondary function") << QByteArray("0564058201000a000000");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnp3)
#include "tst_dnp3.moc"
