// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/modbus_operations.h"

#include "tests/support/protocol_test_support.h"


// Request payloads are TCP payloads of the named frames of /work/shared/captures/<folder>/<file>
// (taken with tshark -T fields -e tcp.payload); "crafted" rows are built from the protocol layout.

namespace {

using mieruka::protocols::OperationList;
using mieruka::test::Bytes;

constexpr std::uint16_t kPort = 502;

OperationList run(const Bytes& payload, bool toService)
{
    return mieruka::test::decodeOperations(&mieruka::protocols::decodeModbusOperations, payload,
                                           mieruka::test::serviceExchange(mieruka::decode::TransportKind::Tcp, kPort, toService));
}

/// "class|name|0xcode" in emission order; a wrong protocol label adds "BAD LABEL".
QStringList describe(const OperationList& operations)
{
    return mieruka::test::describeOperations(operations, {"modbus", "modbus_plus"}, mieruka::test::CodeFormat::PrefixedHex);
}

} // namespace

static constexpr auto L = mieruka::test::utf8List;

class TestModbusOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // modbus/modbus_test_data_part1.pcap frame 8
        QTest::newRow("force listen only") << QByteArray("0000000000060a0800040000")
                                << true << L({"control|Diagnostics: Force Listen Only Mode|0x80004"});
        // modbus/modbus_test_data_part1.pcap frame 15
        QTest::newRow("restart communications") << QByteArray("0000000000060a0800010000")
                                << true << L({"control|Diagnostics: Restart Communications Option|0x80001"});
        // modbus/modbus_example.pcap frame 48
        QTest::newRow("return diagnostic register") << QByteArray("000c00000006020800020000")
                                << true << L({"diagnostics|Diagnostics: Return Diagnostic Register|0x80002"});
        // crafted: FC 8 with an unassigned sub-function
        QTest::newRow("diagnostics unknown sub") << QByteArray("000100000006010800150000")
                                << true << L({"diagnostics|Diagnostics: Sub-function 21|0x80015"});
        // modbus/modbus_test_data_part1.pcap frame 57
        QTest::newRow("read holding registers") << QByteArray("0001000000060a0300050002")
                                << true << L({"read|Read Holding Registers|0x3"});
        // modbus/modbus_test_data_part1.pcap frame 60
        QTest::newRow("write single coil") << QByteArray("0001000000060a0500020000")
                                << true << L({"write|Write Single Coil|0x5"});
        // modbus/modbus_test_data_part1.pcap frame 66
        QTest::newRow("write single register") << QByteArray("0001000000060a060005000b")
                                << true << L({"write|Write Single Register|0x6"});
        // crafted: FC 16 two registers
        QTest::newRow("write multiple registers") << QByteArray("00010000000b0110000000020400010002")
                                << true << L({"write|Write Multiple Registers|0x10"});
        // modbus/4SICS-GeekLounge-151022-min.pcap frame 1 (FC 23)
        QTest::newRow("read write multiple") << QByteArray("000b000000fe01170000000000df2112bfcfed0e80297f6f512d12c5e1c2e700b1a6201b5c0f6167be640a675532a0d9"
                   "b28988aa8506f424cc20d721252ce6fc1da496f4bf06b6af6d854f1c1e18191e8d381357393d7aaab2fb4e3b37404292"
                   "7d0e49b19cac1aabd3d93c00b7d805b407b993ec198fc2df2aeb42c3b77a772d43bd9f10ce6882e01e678360007af3d9"
                   "f69a347eac5678ed4b6a86b06a57f458620fbdf939f4e59e36b3cdb10b61dfaff768cc1c46f881ec44b1c464e1d176c6"
                   "732bfdf1bdf9a001b49548f988c7e2e98ad7b8018ad7116a8ed0b5872f81bc643c063ee064edf2fdc7ca68b1af88647d"
                   "cedad90a18753c9b199363ed4418d132d9e3bc81")
                                << true << L({"write|Read Write Multiple Registers|0x17"});
        // modbus/modbus_example.pcap frame 92
        QTest::newRow("read device identification") << QByteArray("001700000005012b0e0100")
                                << true << L({"diagnostics|Read Device Identification|0x2b000e"});
        // crafted: FC 17
        QTest::newRow("report server id") << QByteArray("0001000000020111")
                                << true << L({"diagnostics|Report Server ID|0x11"});
        // modbus/arkime_modbus.pcap frame 228
        QTest::newRow("program concept") << QByteArray("000000000006012800000000")
                                << true << L({"program|Program (Concept)|0x28"});
        // modbus/arkime_modbus.pcap frame 429
        QTest::newRow("firmware replacement") << QByteArray("000000000006017d00000000")
                                << true << L({"firmware|Firmware Replacement|0x7d"});
        // modbus/modicon_test.pcap frame 4
        QTest::newRow("umas read id") << QByteArray("000000000004005a0002")
                                << true << L({"diagnostics|UMAS Read ID|0x5a0002"});
        // modbus/modicon_test.pcap frame 76
        QTest::newRow("umas initialize download") << QByteArray("002300000008005a01330001fb00")
                                << true << L({"program|UMAS Initialize Download|0x5a0033"});
        // modbus/modicon_test.pcap frame 78
        QTest::newRow("umas download block") << QByteArray("002400000008005a013400010100")
                                << true << L({"program|UMAS Download Block|0x5a0034"});
        // crafted: UMAS start / stop PLC and an unknown UMAS function
        QTest::newRow("umas start plc") << QByteArray("000100000004005a0140")
                                << true << L({"control|UMAS Start PLC|0x5a0040"});
        QTest::newRow("umas stop plc") << QByteArray("000100000004005a0141")
                                << true << L({"control|UMAS Stop PLC|0x5a0041"});
        QTest::newRow("umas unknown") << QByteArray("000100000004005a01ee")
                                << true << L({"other|UMAS 0xEE|0x5a00ee"});
        // crafted: an unassigned function code
        QTest::newRow("unknown function") << QByteArray("0001000000020141")
                                << true << L({"other|Function 65|0x41"});
        // crafted: two PDUs in one segment
        QTest::newRow("two pdus") << QByteArray("0001000000060103000000010002000000060206000100ff")
                                << true << L({"read|Read Holding Registers|0x3", "write|Write Single Register|0x6"});
        // responses: modbus/modbus_test_data_part1.pcap frame 60 echoed by the server, and an exception
        QTest::newRow("response") << QByteArray("0001000000060a0500020000")
                                << false << L({});
        QTest::newRow("exception request bit") << QByteArray("0001000000030a8301")
                                << true << L({});
        QTest::newRow("protocol id not zero") << QByteArray("000100010006010300000001")
                                << true << L({});
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

QTEST_GUILESS_MAIN(TestModbusOperations)
#include "tst_modbus_operations.moc"
