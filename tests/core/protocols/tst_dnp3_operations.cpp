// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/dnp3_operations.h"

#include "tests/support/protocol_test_support.h"

#include <initializer_list>
#include <string>

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService = true,
                decode::TransportKind transport = decode::TransportKind::Tcp)
{
    return test::describeOperations(test::decodeOperations(&decodeDnp3Operations, payload, test::serviceExchange(transport, 20000, toService)), {"dnp3"},
                                    test::CodeFormat::Decimal);
}

/// A crafted one-block request: primary unconfirmed user data, master 3 → outstation 4,
/// transport FIR|FIN, application FIR|FIN, then `code`. CRCs are zero (not verified).
QByteArray craftedRequest(const char* codeHex)
{
    return QByteArray("056408c4040003000000c0c0") + codeHex + "0000";
}

} // namespace

class TestDnp3Operations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char* name, const QByteArray& hex, std::initializer_list<const char*> expected,
                      bool udp = false) { QTest::newRow(name) << hex << udp << test::utf8List(expected); };
        // Real requests, cited by capture (dnp3/…) and frame.
        row("select CROB (dnp3_select_operate.pcap frame 4)",
            "05641ac40200030040f2c6c7030c0128010001000301640000008fda6400000000005b",
            {"control|Select (g12 CROB)|3"});
        row("operate CROB (dnp3_select_operate.pcap frame 7)",
            "05641ac40200030040f2c7c8040c012801000100030164000000a9cf6400000000005b",
            {"control|Operate (g12 CROB)|4"});
        row("direct operate CROB (auth_control_challenge_response.pcap frame 1)",
            "05641ac404000300c2e6c7c6050c0128010001000301640000003b7f6400000000005b",
            {"control|Direct Operate (g12 CROB)|5"});
        row("direct operate analog output (direct_operate_analog_output.pcap frame 1)",
            "056412c4040003001e7ceec205290228010001000000007dd0", {"control|Direct Operate (g41 AO)|5"});
        row("direct operate no ack (direct_operate_no_ack_crob.pcap frame 1)",
            "05641ac404000300c2e6d0ce060c012801000100030164000000e0966400000000005b",
            {"control|Direct Operate No Ack (g12 CROB)|6"});
        row("aggressive-mode direct operate (operate_aggressive_mode.pcap frame 1)",
            "05643ac4040003004017d3cc05780307010900000001000c01281e6d01000100030164000000640000000078454b095b011000ba8db4"
            "4d5e72cd0ad418e5a302e415256867bed2",
            {"control|Direct Operate (g12 CROB)|5"});
        row("write time (dnp3_write.pcap frame 4)", "056412c4020003009c68dfc0023201070183a55c583401f3d2",
            {"time_set|Write (time)|2"});
        row("write binary output (write_binary_output.pcap frame 1)", "05640ec4030004006682c0c0020a010002020027c0",
            {"write|Write (g10)|2"});
        row("write IIN over UDP (dnp3_udp_write.pcap frame 1)", "05640ec401006400cd12ccce025001000707003835",
            {"write|Write (IIN)|2"}, true);
        row("write file data (dnp3_file_write.pcap frame 7)",
            "0564ffc404000300375042c70246055b01460378563412000000cbfa80efbbbf3c3f786d6c2076657273696f15bb6e3d2231"
            "2e302220656e636f64696e67141b3d227574662d38223f3e0d0a3c3f786d9b946c2d7374796c65736865657420747970edb3"
            "653d27746578742f78736c27206872652725663d27444e503344657669636550726ff3bb66696c654a616e323031302e7873"
            "6c74178227206d656469613d2773637265656e27c3ab3f3e0d0a3c444e503344657669636550e374726f66696c65446f6375"
            "6d656e74207835846d6c6e733a7873693d22687474703a2f00eb2f7777772e77332e6f72672f32303031958f2f584d4c5363"
            "68656d612d696e7374614dd36e63652220786d6c6e733a7873643d22d6ec687474703a2f2f777777b766",
            {"program|Write (file)|2"});
        row("warm restart (warm_restart_and_response.pcap frame 4)", "056408c40a000100fc42c0c00e7edc",
            {"control|Warm Restart|14"});
        row("cold restart (dnp3_test_data_part1.pcap frame 70)", "056408c404000300b4b8cdc30daf84",
            {"control|Cold Restart|13"});
        row("stop application (dnp3_test_data_part1.pcap frame 163)",
            "056411c4040003004eefc1c1123c02060107063c04ed8763", {"control|Stop Application|18"});
        row("disable unsolicited (dnp3_test_data_part1.pcap frame 11)",
            "056411c4040003004eefc2c2153c02063c03063c0406b1ec", {"configuration|Disable Spontaneous Messages|21"});
        row("enable unsolicited (enable_unsolicited_and_response.pcap frame 4)",
            "056411c40a0001000615c0c0143c02063c03063c04067896", {"configuration|Enable Spontaneous Messages|20"});
        row("delay measurement (dnp3_del_measure.pcap frame 4)", "056408c40200030036ace3c4174b5a",
            {"time_set|Delay Measurement|23"});
        row("record current time (dnp3_rec_time.pcap frame 4)", "056408c40200030036ace0c1181490",
            {"time_set|Record Current Time|24"});
        row("open file for read (dnp3_file_read.pcap frame 4)",
            "056432c4040003009c8df7ce1946035b0124001a000a00000000b3c50000000000000000000000000001000047e60404002e2f7465"
            "73742e786d6ced8f",
            {"read|Open File (read)|25"});
        row("close file (dnp3_file_read.pcap frame 24)",
            "05641bc4040003002553fcc21a46045b010d00785634120000005d20000000050000a780", {"other|Close File|26"});
        row("open file for write (dnp3_file_write.pcap frame 4)",
            "056463c404000300c7eec1c61946035b0155001a003b0000000055ba000000ff0100000000000000000200000b8a040600433a2f"
            "74656d702f444e5044658aa276696365436f6e66696775726174696f930c6e207772697474656e20746f2052656d35206f7465"
            "204465766963652e786d6cc48b",
            {"program|Open File (write)|25"});
        row("delete file (dnp3_file_del.pcap frame 4)",
            "056463c404000300c7eec7c91b46035b0155001a003b000000009ec700000000000000000000000000000000ffff001e00433a2f"
            "74656d702f444e504465677d76696365436f6e66696775726174696f930c6e207772697474656e20746f2052656d35206f7465"
            "204465766963652e786d6cc48b",
            {"program|Delete File|27"});
        row("authentication request (auth_change_session_keys.pcap frame 4)",
            "05640ec4040003006dd3c0c1207804070101009e40", {"session|Authentication Request|32"});
        row("read (dnp3_read.pcap frame 4)", "056414c4020003004503c7c8013c02063c03063c04063c010642ac", {"read|Read|1"});

        // Responses, confirmations and link-only frames are not requests.
        row("response (dnp3_read.pcap frame 6)",
            "05647444030002006854f4c88100000102000008810181010101d3740101010a02000006000000000000011e6ca40100000e01ef03"
            "0000010300000001ed2178030000012bd1ffff01ed03000001e62e41c9000001170d0200000000000001b50c02c6500000000000"
            "00018a0d020000000000000693000000000000000000000000000000ffff",
            {});
        row("unsolicited response (dnp3_toclient_start.pcap frame 1)", "05640a4401000a006e25c0f08280006b7d", {});
        row("authentication response (auth_change_session_keys.pcap frame 5)",
            "05641f4403000400342ec0c183900078055b010f0001000000018926000102000400737465766e8d", {});
        row("confirm (unsolcited_response_and_confirm.pcap frame 5)", "056408c40a000100fc42c0d0001b49", {});
        row("link status request (DNP3-RequestLink.pcap frame 6)", "056405c903000400bd71", {});
        row("link status answer (DNP3-RequestLink.pcap frame 8)", "0564000b040003000000", {});
        // Crafted from the first bytes of dnp3_file_write.pcap frame 13: a transport segment
        // without FIR continues a fragment, so its bytes are object data, not a function code.
        row("transport continuation", "05640ac404000300ac5285204465660000", {});

        // Crafted: the remaining function families, one request each.
        row("immediate freeze", craftedRequest("07"), {"control|Immediate Freeze|7"});
        row("freeze and clear", craftedRequest("09"), {"control|Freeze and Clear|9"});
        row("initialize data", craftedRequest("0f"), {"control|Initialize Data|15"});
        row("initialize application", craftedRequest("10"), {"control|Initialize Application|16"});
        row("start application", craftedRequest("11"), {"control|Start Application|17"});
        row("save configuration", craftedRequest("13"), {"configuration|Save Configuration|19"});
        row("assign classes", craftedRequest("16"), {"configuration|Assign Classes|22"});
        row("get file info", craftedRequest("1c"), {"read|Get File Info|28"});
        row("abort file", craftedRequest("1e"), {"other|Abort File|30"});
        row("activate config", craftedRequest("1f"), {"configuration|Activate Config|31"});
        row("authentication request no ack", craftedRequest("21"), {"session|Authentication Request No Ack|33"});
        row("undefined function 0x22", craftedRequest("22"), {});
        row("operate without objects", craftedRequest("04"), {"control|Operate|4"});
        // Crafted: two frames in one segment (cold restart, then warm restart), then a cut frame.
        row("several frames in one segment",
            "056408c404000300b4b8cdc30daf84" "056408c40a000100fc42c0c00e7edc" "056408c404",
            {"control|Cold Restart|13", "control|Warm Restart|14"});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, udp);
        QFETCH(QStringList, expected);
        const auto transport = udp ? decode::TransportKind::Udp : decode::TransportKind::Tcp;
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), true, transport), expected);
        // The function code, not the port, tells a request: the same bytes from the service
        // side (a master listening on 20000, or UDP with 20000 on both ends) mean the same.
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), false, transport), expected);
    }

    /// Every prefix: no crash, and no operation the whole payload does not have.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QStringList, expected);
        test::forEachPrefix(test::bytesFromHex(hex.toStdString()), [&](const test::Bytes& prefix, std::size_t length) {
            for (const QString& operation : run(prefix)) {
                if (!expected.contains(operation))
                    QFAIL(qPrintable(QStringLiteral("prefix %1 says %2").arg(length).arg(operation)));
            }
        });
    }

    /// Lengths, counts and codes set to extremes, every byte in turn: no crash, well-formed output.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}, std::byte{0x40}},
                                  [&](const test::Bytes& mutated) {
                                      const QStringList operations = run(mutated);
                                      QVERIFY(!operations.contains(QStringLiteral("BAD LABEL")));
                                      QVERIFY(operations.size() <= 2);
                                  });
    }

    /// A segment full of minimal frames stays bounded.
    void manyFramesAreBounded()
    {
        std::string hex;
        for (int i = 0; i < 1000; ++i)
            hex += "056408c404000300b4b8cdc30daf84";
        QCOMPARE(run(test::bytesFromHex(hex)).size(), 256);
    }

    void notDnp3_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("wrong start") << QByteArray("056508c404000300b4b8cdc30daf84");
        QTest::newRow("length below minimum") << QByteArray("056404c404000300b4b8cdc30daf84");
        QTest::newRow("secondary frame") << QByteArray("056408040a000100fc42c0c00e7edc");
        QTest::newRow("primary reset link") << QByteArray("056408c00a000100fc42c0c00e7edc");
        QTest::newRow("modbus") << QByteArray("000100000006010300000001");
    }

    void notDnp3()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnp3Operations)
#include "tst_dnp3_operations.moc"
