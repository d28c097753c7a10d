// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/s7comm.h"

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
    return mieruka::test::decodePayload(mieruka::protocols::decodeS7comm, payload, spec);
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

class TestS7comm : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // Read SZL 0x0011 reply, frame 11 of /work/shared/captures/s7comm/s7ident.pcap.
        QTest::newRow("szl 0x0011")
            << QByteArray("0300009902f080320700000100000c007c000112081284010000000000ff09007800110000001c0004000136455337"
                          "203331352d32454831342d304142302000c000040001000636455337203331352d32454831342d304142302000c0"
                          "000400010007202020202020202020202020202020202020202000c0560302060081426f6f74204c6f616465722020"
                          "2020202020202020000041200909")
            << 102 << 33028 << false
            << L({"protocol_role=s7comm:server", "model_name=6ES7 315-2EH14-0AB0", "hardware_version=1",
                  "firmware_version=V3.2.6"});
        // Read SZL 0x001C reply, frame 13 of s7ident.pcap; ICSNPP s7comm_known_devices.log: SNAP7-SERVER,
        // CPU 315-2 PN/DP, (empty) plant, S C-C2UR28922012.
        QTest::newRow("szl 0x001c")
            << QByteArray("0300017d02f080320700000200000c0160000112081284010000000000ff09015c001c00000022000a0001534e415037"
                          "2d53455256455200000000000000000000000000000000000000000002435055203331352d3220504e2f445000000000"
                          "000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000000000"
                          "044f726967696e616c205369656d656e732045717569706d656e7400000000000000055320432d433255523238393232"
                          "303132000000000000000000000000000000000007435055203331352d3220504e2f4450000000000000000000000000"
                          "000000000000084d4d4320323637464631314600000000000000000000000000000000000000000009002af600000100"
                          "00000000000000000000000000000000000000000000000000000a000000000000000000000000000000000000000000"
                          "0000000000000000000000000b0000000000000000000000000000000000000000000000000000000000000000")
            << 102 << 33028 << false
            << L({"protocol_role=s7comm:server", "hostname=SNAP7-SERVER", "serial_number=S C-C2UR28922012",
                  "product_name=CPU 315-2 PN/DP"});
        // COTP connect confirm from the PLC, frame 6 of s7ident.pcap.
        QTest::newRow("cotp cc") << QByteArray("0300001611d00001000100c0010ac1020100c2020101") << 102 << 33028 << false
                                 << L({"protocol_role=s7comm:server"});
        QTest::newRow("cotp cr") << QByteArray("0300001611e00000000100c0010ac1020100c2020101") << 33028 << 102 << true
                                 << L({"protocol_role=s7comm:client"});
        // Crafted: job (setup communication) then an S7comm-plus PDU.
        QTest::newRow("job") << QByteArray("0300001902f08032010000000000080000f0000001000101e0") << 33028 << 102 << true
                             << L({"protocol_role=s7comm:client"});
        QTest::newRow("s7comm plus") << QByteArray("0300000b02f08072010000") << 102 << 33028 << false
                                     << L({"protocol_role=s7comm_plus:server"});
        QTest::newRow("wrong tpkt version") << QByteArray("0400001611d00001000100c0010ac1020100c2020101") << 102 << 33028
                                            << false << QStringList();
        QTest::newRow("other protocol id") << QByteArray("0300000b02f08011010000") << 102 << 33028 << false
                                           << QStringList();
        QTest::newRow("tpkt length maxed") << QByteArray("0300ffff02f08032030000") << 102 << 33028 << false
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

    void twoTpktsInOneSegment()
    {
        auto payload = bytesFromHex("0300000b02f08072010000");
        const auto second = bytesFromHex("0300001611d00001000100c0010ac1020100c2020101");
        payload.insert(payload.end(), second.begin(), second.end());
        QCOMPARE(describe(run(payload, 102, 33028, false)), L({"protocol_role=s7comm_plus:server"}));
    }
};

QTEST_GUILESS_MAIN(TestS7comm)
#include "tst_s7comm.moc"
