// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/iec104.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Tcp, 2404, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeIec104, payload, spec), "iec104");
}

} // namespace

class TestIec104 : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // iec104/IEC104_SQ.pcapng frame 1 (M_SP_NA_1, SQ)
        QTest::newRow("monitor direction interrogated")
            << QByteArray("681d02000200019014001e0400000000000000000000000000000000000101")
            << false
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlled_station"), QStringLiteral("dst|protocol_role|iec104:controlling_station"), QStringLiteral("src|station_address|iec104:1054")};
        // iec104/epf-parameter-screening_iec104.pcap frame 9 (C_IC_NA_1 act)
        QTest::newRow("interrogation command activation")
            << QByteArray("680e00000000640106000a0000000014")
            << true
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlling_station"), QStringLiteral("dst|protocol_role|iec104:controlled_station"), QStringLiteral("dst|station_address|iec104:10")};
        // crafted: C_SC_NA_1 actcon from the outstation
        QTest::newRow("single command confirmation")
            << QByteArray("680e020002002d0107000a0001000001")
            << false
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlled_station"), QStringLiteral("dst|protocol_role|iec104:controlling_station"), QStringLiteral("src|station_address|iec104:10")};
        // iec104/epf-parameter-screening_iec104.pcap frame 7
        QTest::newRow("startdt act")
            << QByteArray("680407000000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlling_station"), QStringLiteral("dst|protocol_role|iec104:controlled_station")};
        // crafted
        QTest::newRow("startdt con")
            << QByteArray("68040b000000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlled_station"), QStringLiteral("dst|protocol_role|iec104:controlling_station")};
        // crafted
        QTest::newRow("testfr act says nothing")
            << QByteArray("680443000000")
            << true
            << QStringList{};
        // crafted
        QTest::newRow("s format says nothing")
            << QByteArray("680401000200")
            << true
            << QStringList{};
        // crafted: C_IC_NA_1 act to 0xffff
        QTest::newRow("global address not a station")
            << QByteArray("680e0000000064010600ffff00000014")
            << true
            << QStringList{QStringLiteral("src|protocol_role|iec104:controlling_station"), QStringLiteral("dst|protocol_role|iec104:controlled_station")};
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
        QTest::newRow("wrong start") << QByteArray("690407000000");
        QTest::newRow("length too short") << QByteArray("680207000000");
        QTest::newRow("length maxed") << QByteArray("68ff07000000");
        QTest::newRow("u format with data") << QByteArray("680407000001");
        QTest::newRow("type zero") << QByteArray("680e00000000000106000a0000000014");
        QTest::newRow("cause zero") << QByteArray("680e00000000640100000a0000000014");
        QTest::newRow("private type") << QByteArray("680e00000000c80106000a0000000014");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIec104)
#include "tst_iec104.moc"
