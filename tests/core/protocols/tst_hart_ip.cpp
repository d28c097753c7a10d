// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/hart_ip.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Udp, 5094, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeHartIp, payload, spec), "hart_ip");
}

} // namespace

class TestHartIp : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // hart-ip/hart-ip.pcap frame 1
        QTest::newRow("session initiate request")
            << QByteArray("010000000002000d0100007530")
            << true
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:client"), QStringLiteral("dst|protocol_role|hart_ip:server")};
        // hart-ip/hart-ip.pcap frame 2
        QTest::newRow("session initiate response")
            << QByteArray("010100000002000d010000ea60")
            << false
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:server"), QStringLiteral("dst|protocol_role|hart_ip:client")};
        // hart-ip/hart-ip.pcap frame 3
        QTest::newRow("command 0 request")
            << QByteArray("010003000003001182264e0000d2000038")
            << true
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:client"), QStringLiteral("dst|protocol_role|hart_ip:server")};
        // hart-ip/hart-ip.pcap frame 4 (Rosemount WirelessHART gateway)
        QTest::newRow("command 0 response hart 7")
            << QByteArray("010103000003002986264e0000d2001800d0fe264e050704010e0c0000d205020002d00026002684e4")
            << false
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:server"), QStringLiteral("dst|protocol_role|hart_ip:client"), QStringLiteral("src|vendor_id|38"), QStringLiteral("src|product_code|0x264e"), QStringLiteral("src|firmware_version|1"), QStringLiteral("src|hardware_version|1"), QStringLiteral("src|serial_number|210")};
        // crafted: short frame, manufacturer 0x26 in byte 1
        QTest::newRow("command 0 response hart 5")
            << QByteArray("010103000003001a0680000e0000fe2606050504030a2112d687")
            << false
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:server"), QStringLiteral("dst|protocol_role|hart_ip:client"), QStringLiteral("src|vendor_id|38"), QStringLiteral("src|product_code|0x0006"), QStringLiteral("src|firmware_version|3"), QStringLiteral("src|hardware_version|1"), QStringLiteral("src|serial_number|1234567")};
        // crafted: response code 0x40 (the device does not support the command)
        QTest::newRow("command 0 error response")
            << QByteArray("010103000003001386264e0000d200024000ff")
            << false
            << QStringList{QStringLiteral("src|protocol_role|hart_ip:server"), QStringLiteral("dst|protocol_role|hart_ip:client")};
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
        QTest::newRow("version zero") << QByteArray("000000000002000d0100007530");
        QTest::newRow("unknown message type") << QByteArray("010700000002000d0100007530");
        QTest::newRow("unknown message id") << QByteArray("010040000002000d0100007530");
        QTest::newRow("byte count below header") << QByteArray("01000000000200030100007530");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHartIp)
#include "tst_hart_ip.moc"
