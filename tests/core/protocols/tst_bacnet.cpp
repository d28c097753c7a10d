// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/bacnet.h"

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
    return mieruka::test::decodePayload(mieruka::protocols::decodeBacnet, payload, spec);
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

static constexpr bool kUdp = true;

static constexpr auto L = mieruka::test::utf8List;

class TestBacnet : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // I-Am, frame 74 of /work/shared/captures/bacnet/bacnet_example.pcap (ICSNPP bacnet_discovery.log:
        // device 721, "Cornell University").
        QTest::newRow("i-am")
            << QByteArray("810a001401001000c4020002d12204009103210f") << 47808 << 47808 << false
            << L({"station_address=bacnet:721", "vendor_id=15", "vendor_name=Cornell University",
                  "protocol_role=bacnet:device"});
        // Forwarded-NPDU I-Am, frame 6 of BACnet-BBMD-on-same-subnet.cap: about 192.168.0.105.
        QTest::newRow("forwarded i-am")
            << QByteArray("8104001fc0a80069bac00120ffff000e1000c40200007b2205c49103220104") << 47808 << 47808 << false
            << L({"192.168.0.105:station_address=bacnet:123", "192.168.0.105:vendor_id=260",
                  "192.168.0.105:vendor_name=BACnet Stack at SourceForge", "192.168.0.105:protocol_role=bacnet:device"});
        // ReadProperty ACK object-name, frame 10 of bacnet-ip.cap (NPDU with DNET and hop count).
        QTest::newRow("read property object-name")
            << QByteArray("810a00260120000d013dff30cc0c0c0200006f194d3e750d0053696d706c655365727665723f") << 47808
            << 47808 << false << L({"hostname=SimpleServer"});
        // ReadProperty ACK vendor-name in UCS-2, frame 8 of bacnet_test.pcap.
        QTest::newRow("read property ucs-2")
            << QByteArray("810a001b010030010c0c023fffff19793e750704004a004300493f") << 47808 << 47808 << false
            << L({"vendor_name=JCI"});
        // Crafted ReadPropertyMultiple ACK: device 5 → model-name "M1" (UTF-8), location "Hall" (ISO 8859-1),
        // vendor-identifier 5, then an error result for description.
        QTest::newRow("read property multiple")
            << QByteArray("810a0032010030070e0c020000051e2946" "4e7503004d314f" "293a4e750505" "48616c6c4f" "29784e21054f"
                          "291c5e9102911f5f" "1f")
            << 47808 << 47808 << false
            << L({"model_name=M1", "location=Hall", "vendor_id=5", "vendor_name=Johnson Controls, Inc."});
        // Not a device object (analog-input 1): nothing.
        QTest::newRow("not device")
            << QByteArray("810a001a010030010c0c000000011955" "3e4400000000" "3f") << 47808 << 47808 << false
            << QStringList();
        QTest::newRow("routed from snet") << QByteArray("810b001a0108000103010a1000c4020002d12205c49103220f") << 47808
                                          << 47808 << false << QStringList();
        QTest::newRow("wrong bvlc type") << QByteArray("820b00170120ffff00ff1000c4020002d12205c49103210f") << 47808
                                         << 47808 << false << QStringList();
        QTest::newRow("network message") << QByteArray("810a000801800000") << 47808 << 47808 << false
                                         << QStringList();
        QTest::newRow("wildcard instance") << QByteArray("810b00170120ffff00ff1000c4023fffff2205c49103210f") << 47808
                                           << 47808 << false << QStringList();
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const auto payload = bytesFromHex(hex.toStdString());
        QCOMPARE(describe(run(payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, kUdp)), expected);
        checkPrefixes(payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, kUdp);
        // Every byte replaced by extreme values (maxed lengths, counts, tags): must not crash.
        mieruka::test::forEachByteMutation(payload, {std::byte{0x00}, std::byte{0x7f}, std::byte{0xff}},
                                           [&](const mieruka::test::Bytes& mutated) {
                                               run(mutated, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, kUdp);
                                           });
    }

    void ucs4AndLatin1()
    {
        // object-name as UCS-4 "Aé" then location as ISO 8859-1 "Mü".
        QCOMPARE(describe(run(bytesFromHex("810a001c010030010c0c020000011a004d3e750903000000410000"
                                           "00e93f"), 47808, 47808, false, true)),
                 L({"hostname=A\xc3\xa9"}));
        QCOMPARE(describe(run(bytesFromHex("810a0018010030010c0c02000001193a3e7504054dfc003f"), 47808, 47808, false, true)),
                 L({"location=M\xc3\xbc"}));
    }

    void tagLengthMaxed()
    {
        // Character string with a 4-byte extended length of 0xffffffff.
        const auto payload = bytesFromHex("810a0018010030010c0c02000001194d3e75ffffffffff00413f");
        QVERIFY(run(payload, 47808, 47808, false, true).empty());
    }
};

QTEST_GUILESS_MAIN(TestBacnet)
#include "tst_bacnet.moc"
