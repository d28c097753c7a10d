// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/modbus.h"

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
    return mieruka::test::decodePayload(mieruka::protocols::decodeModbus, payload, spec);
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

static constexpr bool kUdp = false;

static constexpr auto L = mieruka::test::utf8List;

class TestModbus : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // FC 43 / MEI 14 reply, frame 94 of /work/shared/captures/modbus/modbus_example.pcap.
        QTest::newRow("read device identification")
            << QByteArray("00170000003d012b0e018300000300105a65656b204d6f646275732054657374011850726f746f636f6c205061727369"
                          "6e672069732066756e210207312e322e332e36")
            << 502 << 47785 << false
            << L({"protocol_role=modbus:server", "station_address=modbus:1", "vendor_name=Zeek Modbus Test",
                  "product_code=Protocol Parsing is fun!", "firmware_version=1.2.3.6"});
        // Crafted: regular objects 0x04 ProductName, 0x05 ModelName, 0x06 UserApplicationName.
        QTest::newRow("regular objects")
            << QByteArray("00010000001b0a2b0e0283000003040350524f05044d2d3031060650756d702d31")
            << 502 << 40000 << false
            << L({"protocol_role=modbus:server", "station_address=modbus:10", "product_name=PRO", "model_name=M-01",
                  "hostname=Pump-1"});
        // FC 17 reply, frame 41 of modbus_test_data_part1.pcap (server id 0x00, run 0xff, "Wingpath Limited").
        QTest::newRow("report server id")
            << QByteArray("0000000000150a111200ff57696e6770617468204c696d69746564") << 502 << 40000 << false
            << L({"protocol_role=modbus:server", "station_address=modbus:10",
                  "device_type=modbus-server-id:00ff57696e6770617468204c696d69746564"});
        QTest::newRow("request") << QByteArray("000100000006010300000001") << 40000 << 502 << true
                                 << L({"protocol_role=modbus:client", "dst:station_address=modbus:1"});
        QTest::newRow("exception") << QByteArray("0001000000030a8301") << 502 << 40000 << false
                                   << L({"protocol_role=modbus:server", "station_address=modbus:10"});
        QTest::newRow("protocol id not zero") << QByteArray("000100010006010300000001") << 40000 << 502 << true
                                              << QStringList();
        QTest::newRow("length maxed") << QByteArray("00010000ffff010300000001") << 40000 << 502 << true
                                      << QStringList();
        QTest::newRow("wrong port") << QByteArray("000100000006010300000001") << 40000 << 503 << false
                                    << QStringList();
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

    void twoPdusInOneSegment()
    {
        const auto payload = bytesFromHex("000100000006010300000001000200000006020300000001");
        QCOMPARE(describe(run(payload, 40000, 502, true)),
                 L({"protocol_role=modbus:client", "dst:station_address=modbus:1", "dst:station_address=modbus:2"}));
    }
};

QTEST_GUILESS_MAIN(TestModbus)
#include "tst_modbus.moc"
