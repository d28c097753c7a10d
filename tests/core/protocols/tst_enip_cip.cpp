// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/enip_cip.h"

#include "tests/support/protocol_test_support.h"

namespace {

using mieruka::protocols::FactList;

FactList run(const mieruka::test::Bytes& payload, std::uint16_t srcPort, std::uint16_t dstPort, bool toService,
             bool udp = false)
{
    const mieruka::test::PacketSpec spec{
        .transport = udp ? mieruka::decode::TransportKind::Udp : mieruka::decode::TransportKind::Tcp,
        .srcPort = srcPort,
        .dstPort = dstPort,
        .toService = toService};
    return mieruka::test::decodePayload(mieruka::protocols::decodeEnipCip, payload, spec);
}

/// "attribute=value" (prefixed with "dst:" / "ip:" for other subjects), in emission order.
QStringList describe(const FactList& facts)
{
    return mieruka::test::describeWithSubjectPrefix(facts);
}

/// Every proper prefix decodes without crashing and yields only facts the whole message yields.
void checkPrefixes(const mieruka::test::Bytes& payload, std::uint16_t srcPort, std::uint16_t dstPort, bool toService,
                   bool udp = false)
{
    mieruka::test::verifyPrefixesSayNoMore(payload, describe(run(payload, srcPort, dstPort, toService, udp)),
                                           [&](const mieruka::test::Bytes& prefix) {
                                               return describe(run(prefix, srcPort, dstPort, toService, udp));
                                           });
}

} // namespace

using mieruka::test::bytesFromHex;

static constexpr auto L = mieruka::test::utf8List;

class TestEnipCip : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // ListIdentity reply, frame 372 of /work/shared/captures/enip-cip/enip_cip_example.pcap;
        // ICSNPP cip_identity.log gives the same vendor, type, code, "4.3", serial and name.
        QTest::newRow("list identity")
            << QByteArray("63003300000000000000000000000000c1debed10000000001000c002d0001000002af120a0101a40000000000"
                          "00000001000c003a00040330008e4d52000b313735362d454e42542f4103")
            << 44818 << 5262 << false
            << L({"protocol_role=enip:server", "vendor_id=1", "vendor_name=Rockwell Automation/Allen-Bradley",
                           "device_type=Communications Adapter", "product_code=58", "firmware_version=4.3",
                           "serial_number=0x00524d8e", "product_name=1756-ENBT/A", "management_address=10.1.1.164"});
        // SendRRData Get_Attributes_All reply, frame 10683 of EIP-FirmwareChange.pcap.
        QTest::newRow("get attributes all")
            << QByteArray("6f002e0000010212000000008d3f0000489ae00000000000000000001400020000000000b2001e0081000000"
                          "01000c003a0004033000c3ae51000b313735362d454e42542f41")
            << 44818 << 51000 << false
            << L({"protocol_role=enip:server", "vendor_id=1", "vendor_name=Rockwell Automation/Allen-Bradley",
                           "device_type=Communications Adapter", "product_code=58", "firmware_version=4.3",
                           "serial_number=0x0051aec3", "product_name=1756-ENBT/A"});
        // Crafted: the same reply over SendUnitData (connected item 0xB1 with a sequence count),
        // PLC device type, unknown vendor 4242.
        QTest::newRow("send unit data")
            << QByteArray("70002d0000010212000000000000000000000000000000000000000000000200a100040011223344b100190001008100000092100e003600101030003f8251000341424303")
            << 44818 << 51000 << false
            << L({"protocol_role=enip:server", "vendor_id=4242", "device_type=Programmable Logic Controller",
                           "product_code=54", "firmware_version=16.16", "serial_number=0x0051823f", "product_name=ABC"});
        QTest::newRow("register session")
            << QByteArray("65000400000000000000000000000000000000000000000001000000") << 51000 << 44818 << true
            << L({"protocol_role=enip:client"});
        QTest::newRow("list identity request") << QByteArray("630000000000000000000000000000000000000000000000") << 5262
                                               << 44818 << true << QStringList();
        QTest::newRow("wrong options") << QByteArray("65000400000000000000000000000000000000000100000001000000")
                                       << 51000 << 44818 << true << QStringList();
        QTest::newRow("unknown command") << QByteArray("990000000000000000000000000000000000000000000000") << 44818
                                         << 5262 << false << QStringList();
        // Get_Attributes_All reply whose body is not Identity-shaped (name not printable).
        QTest::newRow("not identity")
            << QByteArray("6f0024000001021200000000000000000000000000000000000000000000020000000000b20014008100000001000c003a000403300000000000010a")
            << 44818 << 51000 << false << L({"protocol_role=enip:server"});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const auto payload = bytesFromHex(hex.toStdString());
        QCOMPARE(describe(run(payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService)), expected);
        checkPrefixes(payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService);
        // Every byte replaced by extreme values (maxed lengths, counts): must not crash.
        mieruka::test::forEachByteMutation(payload, {std::byte{0x00}, std::byte{0x7f}, std::byte{0xff}},
                                           [&](const mieruka::test::Bytes& mutated) {
                                               run(mutated, std::uint16_t(srcPort), std::uint16_t(dstPort), toService);
                                           });
    }

    void twoMessagesInOneSegment()
    {
        auto payload = bytesFromHex("65000400000000000000000000000000000000000000000001000000");
        const auto second = bytesFromHex("630000000000000000000000000000000000000000000000");
        payload.insert(payload.end(), second.begin(), second.end());
        QCOMPARE(describe(run(payload, 51000, 44818, true)), L({"protocol_role=enip:client"}));
    }

    void lengthMaxed()
    {
        auto payload = bytesFromHex("6300ffff00000000000000000000000000000000000000000100");
        const auto facts = run(payload, 44818, 5262, false);
        QCOMPARE(describe(facts), L({"protocol_role=enip:server"}));
    }
};

QTEST_GUILESS_MAIN(TestEnipCip)
#include "tst_enip_cip.moc"
