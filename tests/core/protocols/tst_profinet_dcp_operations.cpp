// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/profinet_dcp_operations.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService)
{
    // DCP has no ports: the "service" side is only a marker; the decoder reads the DCP service type.
    const test::PacketSpec spec{.transport = decode::TransportKind::None,
                                .srcPort = static_cast<std::uint16_t>(toService ? 50000 : 0),
                                .dstPort = static_cast<std::uint16_t>(toService ? 0 : 50000)};
    return test::describeOperations(test::decodeOperations(&decodeProfinetDcpOperations, payload, spec), {"pn_dcp"},
                                    test::CodeFormat::Hex);
}

void row(const char* name, const char* hex, bool toService, std::initializer_list<const char*> expected)
{
    QTest::newRow(name) << QByteArray(hex) << toService << test::utf8List(expected);
}

} // namespace

class TestProfinetDcpOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // profinet/ChangeIPUsingDCP.pcap frame 1
        row("identify request",
            "fefe05000100000100010004ffff00000000000000000000000000000000000000000000000000000000",
            false, {"diagnostics|Identify|5"});
        // profinet/ChangeIPUsingDCP.pcap frame 3
        row("set ip parameter",
            "fefd040001000001000000120102000e0001c0a8000affffff00c0a80001000000000000000000000000",
            false, {"configuration|Set (IP parameter)|102"});
        // profinet/profinet-wireshark-bug.pcap frame 3 (VLAN-tagged; payload from the FrameID)
        row("set name of station",
            "fefd04000100000100000014020200090001256e256e256e2000050200020000",
            false, {"configuration|Set (NameOfStation)|202", "session|Set (End Transaction)|502"});
        // profinet/ChangeIPUsingDCP.pcap frame 2: responses yield nothing
        row("identify response",
            "feff0501010000010000005e0205001c00000101010202010202020302040205033d0501050205030504ffff02010005"
                "0000494e43000202000b0000583230382d424f524400020300060000002a0a0102040004000001000102000e0001c0a8"
                "0006ffffff00c0a80001",
            false, {});
        // profinet/ChangeIPUsingDCP.pcap frame 4
        row("set response",
            "fefd0401010000010000000805040003010200000000000000000000000000000000000000000000000000000000",
            false, {});
        // crafted: Set with control "Reset to Factory" (option 5 / 6)
        row("reset to factory",
            "fefd04000000000200000006050600020008",
            false, {"control|Set (Reset to Factory)|506"});
        // crafted: Set with control "Factory Reset" (option 5 / 5)
        row("factory reset",
            "fefd04000000000200000006050500020000",
            false, {"control|Set (Factory Reset)|505"});
        // crafted: Set with control Signal (flash LED)
        row("signal",
            "fefd040000000003000000080503000400000100",
            false, {"diagnostics|Set (Signal)|503"});
        // crafted: Start Transaction + full IP suite
        row("start transaction and full ip suite",
            "fefd0400000000040000001c0501000200000103001200000a0000020a0000ff0a0000fe08080808",
            false, {"session|Set (Start Transaction)|501", "configuration|Set (Full IP suite)|103"});
        // crafted: Set DHCP option
        row("set dhcp",
            "fefd040000000005000000080303000400000000",
            false, {"configuration|Set (DHCP)|303"});
        // crafted: Get request for NameOfStation and IP
        row("get",
            "fefd0300000000060000000402020102",
            false, {"read|Get|3"});
        // crafted: hello is no request to a device
        row("hello",
            "fefc06000000000700000000",
            false, {});
        // crafted: cyclic RT data
        row("rt data",
            "8000aabbccdd",
            false, {});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService), expected);
    }

    /// Every prefix: no crash and no operation the whole message does not carry.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        test::verifyPrefixesSayNoMore(test::bytesFromHex(hex.toStdString()), expected,
                                      [&](const test::Bytes& prefix) { return run(prefix, toService); });
    }

    /// Every byte replaced by extreme values (maxed lengths and counts): no crash, and no more
    /// operations than one per block (bounded).
    void mutatedBytes_data() { decode_data(); }
    void mutatedBytes()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0x00}, std::byte{0x01}, std::byte{0x7f}, std::byte{0x80}, std::byte{0xff}},
                                  [&](const test::Bytes& mutated) {
                                      QVERIFY(run(mutated, toService).size() <= 64);
                                  });
    }
};

QTEST_GUILESS_MAIN(TestProfinetDcpOperations)
#include "tst_profinet_dcp_operations.moc"
