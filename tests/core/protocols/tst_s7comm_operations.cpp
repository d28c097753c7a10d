// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/s7comm_operations.h"

#include "tests/support/protocol_test_support.h"


// Request payloads are TCP payloads of the named frames of /work/shared/captures/<folder>/<file>
// (taken with tshark -T fields -e tcp.payload); "crafted" rows are built from the protocol layout.

namespace {

using mieruka::protocols::OperationList;
using mieruka::test::Bytes;

constexpr std::uint16_t kPort = 102;

OperationList run(const Bytes& payload, bool toService)
{
    return mieruka::test::decodeOperations(&mieruka::protocols::decodeS7commOperations, payload,
                                           mieruka::test::serviceExchange(mieruka::decode::TransportKind::Tcp, kPort, toService));
}

/// "class|name|0xcode" in emission order; a wrong protocol label adds "BAD LABEL".
QStringList describe(const OperationList& operations)
{
    return mieruka::test::describeOperations(operations, {"s7comm", "s7comm_plus"}, mieruka::test::CodeFormat::PrefixedHex);
}

} // namespace

static constexpr auto L = mieruka::test::utf8List;

class TestS7commOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // s7comm/snap7_s300_stop.pcapng frame 1
        QTest::newRow("plc stop") << QByteArray("0300002102f0803201000000020010000029000000000009505f50524f4752414d")
                                << true << L({"control|PLC Stop|0x29"});
        // s7comm/snap7.pcap frame 63
        QTest::newRow("p_program cold start") << QByteArray("0300002702f080320100001f000016000028000000000000fd0002432009505f50524f4752414d")
                                << true << L({"control|PI-Service P_PROGRAM (cold start)|0x28"});
        // crafted: P_PROGRAM with an empty argument (hot start)
        QTest::newRow("p_program start") << QByteArray("0300002502f080320100001f000014000028000000000000fd000009505f50524f4752414d")
                                << true << L({"control|PI-Service P_PROGRAM (start)|0x28"});
        // s7comm/snap7.pcap frames 59 and 61
        QTest::newRow("copy ram to rom") << QByteArray("0300002302f080320100001d000012000028000000000000fd00024550055f4d4f4455")
                                << true << L({"program|PI-Service _MODU (copy RAM to ROM)|0x28"});
        QTest::newRow("compress memory") << QByteArray("0300002102f080320100001e000010000028000000000000fd0000055f47415242")
                                << true << L({"program|PI-Service _GARB (compress memory)|0x28"});
        // s7comm/tia_s300_downloadHwConfig.pcapng frame 60
        QTest::newRow("delete block") << QByteArray("0300002b02f080320100007400001a000028000000000000fd000a01003042303230303041055f44454c45")
                                << true << L({"program|PI-Service _DELE (delete block)|0x28"});
        // s7comm/s7comm_downloading_block_db1.pcap frames 43, 46, 55 (the PLC sends the jobs), 58
        QTest::newRow("request download") << QByteArray("0300003102f080320100000e00002000001a00010000000000095f30413030303031500d313030303530303030303430"
                   "30")
                                << true << L({"program|Request download|0x1a"});
        QTest::newRow("download block") << QByteArray("0300002302f080320100000100001200001b00000000000000095f3041303030303150")
                                << false << L({"program|Download block|0x1b"});
        QTest::newRow("download ended") << QByteArray("0300002302f080320100000700001200001c00000000000000095f3041303030303150")
                                << false << L({"program|Download ended|0x1c"});
        QTest::newRow("activate block") << QByteArray("0300002b02f080320100000f00001a000028000000000000fd000a01003041303030303150055f494e5345")
                                << true << L({"program|PI-Service _INSE (activate block)|0x28"});
        // crafted: an unknown PI service name
        QTest::newRow("unknown pi service") << QByteArray("0300002102f080320100001e000010000028000000000000fd0000055f58595a57")
                                << true << L({"other|PI-Service _XYZW|0x28"});
        // s7comm/snap7.pcap frames 17, 19, 21
        QTest::newRow("start upload") << QByteArray("0300002302f080320100000800001200001d00000000000000095f3042303030303041")
                                << true << L({"program|Start upload|0x1d"});
        QTest::newRow("upload") << QByteArray("0300001902f080320100000900000800001e00000000000007")
                                << true << L({"program|Upload|0x1e"});
        QTest::newRow("end upload") << QByteArray("0300001902f080320100000a00000800001f00000000000007")
                                << true << L({"program|End upload|0x1f"});
        // s7comm/snap7.pcap frame 49
        QTest::newRow("write var") << QByteArray("0300002702f080320100001800000e00080501120a100800010000830000800007000479e9f642")
                                << true << L({"write|Write Var|0x5"});
        // s7comm/snap7_s300_setupCommunication.pcapng frames 1 (request) and 2 (ack-data)
        QTest::newRow("setup communication") << QByteArray("0300001902f08032010000ffff00080000f000000100010780")
                                << true << L({"session|Setup communication|0xf0"});
        QTest::newRow("setup communication ack") << QByteArray("0300001b02f08032030000ffff000800000000f0000001000100f0")
                                << false << L({});
        // s7comm/snap7.pcap frame 47
        QTest::newRow("set clock") << QByteArray("0300002702f0803207000017000008000e0001120411470200ff09000a00191602082308100002")
                                << true << L({"time_set|Set clock|0x70702"});
        // s7comm/step7_s300_AuthPassword.pcapng frame 3
        QTest::newRow("plc password") << QByteArray("0300002502f0803207000006000008000c0001120411450100ff090008213a1b1d6e681b1d")
                                << true << L({"configuration|PLC password|0x70501"});
        // s7comm/nDPI_s7comm.pcap frame 6
        QTest::newRow("read szl") << QByteArray("0300002102f080320700000300000800080001120411440100ff09000401320004")
                                << true << L({"diagnostics|Read SZL|0x70401"});
        // s7comm/step7_s300_rwVarTab.pcapng frame 1
        QTest::newRow("modify variable") << QByteArray("0300006102f080320700006803000c0044000112081241080000000000ff090040001400280000000100010006000100"
                   "0100010001000102000003030100000000020100000004100100000008000900044133851f00090002dead0009000101"
                   "00")
                                << true << L({"write|Modify variable|0x70108"});
        // crafted: user-data response (type 8) to Read SZL yields nothing
        QTest::newRow("read szl response") << QByteArray("0300002102f080320700000300000c00040001120812840100000000000aff0900")
                                << false << L({});
        // s7comm/S7-1511_db6w0_HMI.pcap frames 6, 9, 15 (S7comm-plus)
        QTest::newRow("s7plus create object") << QByteArray("030000f302f080720100e431000004ca0000000100000120360000011d00040000000000a1000000d3821f0000a38169"
                   "00151653657276657253657373696f6e5f3130303030303230a38221001512303a3a3acccccccccccccccccccccccc3a"
                   "3aa3822800150f53375f56657262696e64756e675f31a3822900151753494d41544943204e455420504320536f667477"
                   "617265a3822a0015163a3a3a224f5043205365727665725f31223a3a564d2fa3822b000402a3822c001210000020a382"
                   "2d00150131a1000000d3817f0000a38169001515537562736372697074696f6e436f6e7461696e6572a2a20000000072"
                   "010000")
                                << true << L({"session|S7comm-plus session (CreateObject)|0x7204ca"});
        QTest::newRow("s7plus set multi variables") << QByteArray("030001aa02f0807202019b3100000542000000020000038834000003880303823282318e260100170000013a823b0004"
                   "8240823c00048240823d000484818040823e000484818040823f001500824000151a313b36455337203531312d31414b"
                   "30302d304142303b56312e3082410003000300022003010002030017000007088e090004008e0a0002008e0b00170000"
                   "07218e2200058c86efb0c29fa296948e2300048480108e24000400008e0c0017000007218e220005b8cebfd8e0c0cef9"
                   "0d8e2300048480018e24000400008e0d0014008134addee1feb400000001000000010000000d7927108cfd3971010000"
                   "00000000009416d147087b1b181000000000000000ee4f1f85c6d2c2deeaba1404e86f55156a406935aaa92aabe92444"
                   "3e3a4b80c49f2f11b95d90e803618ab61fc9d481f601ce7f68e2ffca18aee6b01e945ee28f2d41fe41733051c6e5dce5"
                   "af27218f352daf9478ce4bd49e5e0498260dae817786cb6c41764a2391118c45cfdb885568575a42bd21a7893dfc56b1"
                   "eb9f6363b278d96abd0000000004e88969001200000000896a001300896b000400000000000072020000")
                                << true << L({"write|SetMultiVariables|0x720542"});
        QTest::newRow("s7plus delete object") << QByteArray("0300005b02f0807202004c31000004d40000000400000388340000038800000004e88969001200000000896a00130089"
                   "6b000400000320bc6a21f910613fd5a41f8ed4259a635e9afa54ae11a30ade7c6a6b6c15f9227672020000")
                                << true << L({"session|DeleteObject|0x7204d4"});
        // crafted: S7comm-plus response opcode 0x32 and an unknown request function
        QTest::newRow("s7plus response") << QByteArray("0300001102f08072010006320000054200")
                                << false << L({});
        QTest::newRow("s7plus unknown function") << QByteArray("0300001102f08072010006310000077700")
                                << true << L({"other|Function 0x0777|0x720777"});
        // crafted: two TPKTs in one segment (Read Var then PLC Stop)
        QTest::newRow("two tpkts") << QByteArray("0300001f02f080320100000000000e00000401120a100200010000830000000300002102f08032010000000200100000"
                   "29000000000009505f50524f4752414d")
                                << true << L({"read|Read Var|0x4", "control|PLC Stop|0x29"});
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

QTEST_GUILESS_MAIN(TestS7commOperations)
#include "tst_s7comm_operations.moc"
