// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/enip_cip_operations.h"

#include "tests/support/protocol_test_support.h"


// Request payloads are TCP payloads of the named frames of /work/shared/captures/<folder>/<file>
// (taken with tshark -T fields -e tcp.payload); "crafted" rows are built from the protocol layout.

namespace {

using mieruka::protocols::OperationList;
using mieruka::test::Bytes;

constexpr std::uint16_t kPort = 44818;

OperationList run(const Bytes& payload, bool toService)
{
    return mieruka::test::decodeOperations(&mieruka::protocols::decodeEnipCipOperations, payload,
                                           mieruka::test::serviceExchange(mieruka::decode::TransportKind::Tcp, kPort, toService));
}

/// "class|name|0xcode" in emission order; a wrong protocol label adds "BAD LABEL".
QStringList describe(const OperationList& operations)
{
    return mieruka::test::describeOperations(operations, {"enip", "enip_plus"}, mieruka::test::CodeFormat::PrefixedHex);
}

} // namespace

static constexpr auto L = mieruka::test::utf8List;

class TestEnipCipOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // enip-cip/cip_stop_plc.pcap frame 1 (SendUnitData, connected)
        QTest::newRow("stop") << QByteArray("70001c0001002a00000000000000000000000000000000000000000001000200a1000400224095ffb100080006010702"
                   "208e2401")
                                << true << L({"control|Stop (class 0x8E)|0x7"});
        // enip-cip/EIP-FirmwareChange.pcap frame 10592
        QTest::newRow("reset identity") << QByteArray("6f00170000010212000000007e3f0000489ae00000000000000000001400020000000000b200070005022001240100")
                                << true << L({"control|Reset (Identity)|0x5"});
        // enip-cip/EIP-FirmwareChange.pcap frame 10680
        QTest::newRow("register session") << QByteArray("65000400000000000000000000000000000000000000000001000000")
                                << true << L({"session|RegisterSession|0x65"});
        // crafted: UnRegisterSession
        QTest::newRow("unregister session") << QByteArray("660000000001021200000000000000000000000000000000")
                                << true << L({"session|UnRegisterSession|0x66"});
        // enip-cip/EIP-IPAddressChangeAttempt.pcap frame 3985 (UDP in the capture)
        QTest::newRow("list identity") << QByteArray("630000000000000000000000000000000000000000000000")
                                << true << L({"diagnostics|ListIdentity|0x63"});
        // enip-cip/EIP-ChangeTimeAttempt.pcap frame 386
        QTest::newRow("set wall clock time") << QByteArray("7000280000010211000000000000000000000000000000000000000001000200a1000400010b7c00b1001400b2040402"
                   "208b240101000600c0325cfff3590400")
                                << true << L({"time_set|Set_Attribute_List (Wall Clock Time)|0x4"});
        // enip-cip/EIP-ChangePortConfigurationAttempt.pcap frame 2398
        QTest::newRow("set ethernet link") << QByteArray("6f001c000001021200000000ec6d8601701ee10000000000000000000500020000000000b2000c00100320f624013006"
                   "02006400")
                                << true << L({"configuration|Set_Attribute_Single (Ethernet Link)|0x10"});
        // crafted: Set_Attribute_Single TCP/IP Interface instance 1 attribute 5 (IP configuration)
        QTest::newRow("set tcpip interface") << QByteArray("6f0022000001021200000000000000000000000000000000000000000000020000000000b2001200100320f524013005"
                   "00000000000000000000")
                                << true << L({"configuration|Set_Attribute_Single (TCP/IP Interface)|0x10"});
        // enip-cip/set_attribute_single_service_cip.pcapng frame 1
        QTest::newRow("set identity") << QByteArray("70001c00f4ffcab4000000005f7079636f6d6d5f00000000000000000a000200a1000400ba629adab10008000d001002"
                   "20012400")
                                << true << L({"configuration|Set_Attribute_Single (Identity)|0x10"});
        // enip-cip/EIP-IPAddressChangeAttempt.pcap frame 7: Unconnected Send unwrapped
        QTest::newRow("unconnected send") << QByteArray("6f00260000010211000000000681300018a7e10000000000000000000a00020000000000b2001600520220062401069a"
                   "08000e0320f42400300801000100")
                                << true << L({"read|Get_Attribute_Single (Port)|0xe"});
        // enip-cip/cip-multiple-1.pcap frame 1: Multiple Service Packet unwrapped
        QTest::newRow("multiple service packet") << QByteArray("7000ba0000010211000000000000000000000000000000000000000001000200a1000400010b7c00b100a60089070a02"
                   "200224010b00180022002c0036004c005800640072007c008a0094000302200124010100050003022069240001000b00"
                   "03022073240101000200030220ac240107000100020003000500070009000a0003032068250020240100130003022070"
                   "24010200120013000302208e240103000300080010000302206924000100090003022068240003000f00180019000302"
                   "20772401010002000302208b240101000600")
                                << true << L({"diagnostics|Get_Attribute_List (Identity)|0x3", "read|Get_Attribute_List (class 0x69)|0x3", "read|Get_Attribute_List (class 0x73)|0x3", "read|Get_Attribute_List (class 0xAC)|0x3", "read|Get_Attribute_List (class 0x68)|0x3", "read|Get_Attribute_List (class 0x70)|0x3", "read|Get_Attribute_List (class 0x8E)|0x3", "read|Get_Attribute_List (class 0x69)|0x3", "read|Get_Attribute_List (class 0x68)|0x3", "read|Get_Attribute_List (class 0x77)|0x3", "read|Get_Attribute_List (Wall Clock Time)|0x3"});
        // enip-cip/EIP-RebootorRestart.pcap frames 21, 31, 454
        QTest::newRow("forward open") << QByteArray("6f0040000001021100000000c69b02002008e10000000000000000002000020000000000b200300054022006240107f9"
                   "140000801300fe8014004d00f32b95320000000000127a00f44300127a00f443a303010020022401")
                                << true << L({"session|Forward Open|0x54"});
        QTest::newRow("forward close") << QByteArray("6f0028000001021100000000da9b02002008e10000000000000000002000020000000000b20018004e022006240107f9"
                   "14004d00f32b95320300010020022401")
                                << true << L({"session|Forward Close|0x4e"});
        QTest::newRow("reset vendor class") << QByteArray("70001c0000010211000000000000000000000000000000000000000001000200a1000400010b7900b1000800a1000502"
                   "20722401")
                                << true << L({"control|Reset (class 0x72)|0x5"});
        // enip-cip/ethernetIP.pcap frame 37: four Read Modify Write Tag on symbolic paths
        QTest::newRow("read modify write tag") << QByteArray("7000aa000001021000000000a3a893000000000000000000000000000a000200a100040001038b00b100960071ec0a02"
                   "2002240104000a00280046006a004e0c91164c4d535f44495341424c455f32445343414e4e455231010001ff4e0c9116"
                   "4c4d535f44495341424c455f32445343414e4e455232010001ff4e0f911b4c4d535f44495341424c455f424152434f44"
                   "455f5343414e4e455200010000fe4e0f911b4c4d535f534554504f494e544348414e47455f5245434549564544000100"
                   "00fe")
                                << true << L({"write|Read Modify Write Tag|0x4e", "write|Read Modify Write Tag|0x4e", "write|Read Modify Write Tag|0x4e", "write|Read Modify Write Tag|0x4e"});
        // enip-cip/cip_unlock_cpu.pcap frame 1: a vendor-specific service through the controller
        // object; it releases the lock taken before a remote stop/start (EIP-RemoteModeChange)
        QTest::newRow("controller unlock") << QByteArray("7000200000010212000000000000000000000000000000000000000001000200a1000400016b0700b1000c004c1c4c04"
                   "208e240120742401")
                                << true << L({"control|Controller unlock (class 0x74)|0x4c"});
        // The same service to another vendor class stays unnamed: only 0x74 is known from captures.
        QTest::newRow("vendor service") << QByteArray("7000200000010212000000000000000000000000000000000000000001000200a1000400016b0700b1000c004c1c4c04"
                   "208e240120752401")
                                << true << L({"other|Service 0x4C (class 0x75)|0x4c"});
        // crafted: Read Tag / Write Tag on the symbol "Tag1"
        QTest::newRow("read tag") << QByteArray("6f001a000001021200000000000000000000000000000000000000000000020000000000b2000a004c03910454616731"
                   "0100")
                                << true << L({"read|Read Tag|0x4c"});
        QTest::newRow("write tag") << QByteArray("6f0020000001021200000000000000000000000000000000000000000000020000000000b20010004d03910454616731"
                   "c400010000000000")
                                << true << L({"write|Write Tag|0x4d"});
        // crafted: Execute PCCC (class 0x67): CMD 0x0F FNC 0x80 change mode, FNC 0xAA protected typed write, FNC 0x68 typed read, unknown FNC
        QTest::newRow("pccc change mode") << QByteArray("6f0023000001021200000000000000000000000000000000000000000000020000000000b20013004b02206724010701"
                   "00020000000f0001008001")
                                << true << L({"control|PCCC Change Mode|0x4b0f80"});
        QTest::newRow("pccc typed write") << QByteArray("6f0023000001021200000000000000000000000000000000000000000000020000000000b20013004b02206724010701"
                   "00020000000f000100aa02")
                                << true << L({"write|PCCC Protected Typed Logical Write (3 address fields)|0x4b0faa"});
        QTest::newRow("pccc typed read") << QByteArray("6f0023000001021200000000000000000000000000000000000000000000020000000000b20013004b02206724010701"
                   "00020000000f0001006802")
                                << true << L({"read|PCCC Typed Read|0x4b0f68"});
        QTest::newRow("pccc unknown") << QByteArray("6f0022000001021200000000000000000000000000000000000000000000020000000000b20012004b02206724010701"
                   "00020000000f00010055")
                                << true << L({"other|PCCC 0x55|0x4b0f55"});
        // crafted: File object (0x37) Initiate Download
        QTest::newRow("file download") << QByteArray("6f001c000001021200000000000000000000000000000000000000000000020000000000b2000c004c03203724013000"
                   "00000000")
                                << true << L({"program|File download (Initiate Download)|0x4c"});
        // crafted: a CIP reply (bit 7 set) in a request segment, and a reply segment from the server
        QTest::newRow("cip reply") << QByteArray("6f0014000001021200000000000000000000000000000000000000000000020000000000b200040085000000")
                                << true << L({});
        QTest::newRow("response direction") << QByteArray("6f00170000010212000000007e3f0000489ae00000000000000000001400020000000000b200070005022001240100")
                                << false << L({});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const Bytes payload = mieruka::test::bytesFromHex(hex.toStdString());
        QCOMPARE(describe(run(payload, toService)), expected);
        // A cut segment yields a prefix of the operations of the whole one, never a different name.
        mieruka::test::forEachPrefix(payload, [&](const Bytes& prefix, std::size_t length) {
            const QStringList got = describe(run(prefix, toService));
            if (got != expected.mid(0, got.size()))
                QFAIL(qPrintable(QStringLiteral("prefix %1: %2").arg(length).arg(got.join(u','))));
        });
        // Every byte replaced by extreme values (maxed lengths, counts): must not crash.
        mieruka::test::forEachByteMutation(payload, {std::byte{0x00}, std::byte{0x7f}, std::byte{0xff}},
                                           [&](const Bytes& mutated) { run(mutated, toService); });
    }
};

QTEST_GUILESS_MAIN(TestEnipCipOperations)
#include "tst_enip_cip_operations.moc"
