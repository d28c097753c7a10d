// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/omron_fins_operations.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService, decode::TransportKind transport)
{
    return test::describeOperations(test::decodeOperations(&decodeOmronFinsOperations, payload, test::serviceExchange(transport, 9600, toService)), {"fins"},
                                    test::CodeFormat::Hex);
}

} // namespace

class TestOmronFinsOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, const char* hex, bool tcp, bool toService,
                           std::initializer_list<const char*> expected) {
            QTest::newRow(name) << QByteArray(hex) << tcp << toService << test::utf8List(expected);
        };
        // fins/omron.pcap (UDP 9600), frame numbers as tshark shows them.
        row("frame 1 memory area read", "8000020000000000007a010100cccccc0001", false, true,
            {"read|Memory Area Read|101"});
        row("frame 20 memory area write", "8000020000000000007a010200cccccc0001414243444546", false, true,
            {"write|Memory Area Write|102"});
        row("frame 21 memory area fill", "8000020000000000007a010300cccccc00010010", false, true,
            {"write|Memory Area Fill|103"});
        row("frame 24 memory area transfer", "8000020000000000007a010580cccccc81cccdce0010", false, true,
            {"write|Memory Area Transfer|105"});
        row("frame 30 parameter area write", "8000020000000000007a02028010000000ff44415441", false, true,
            {"configuration|Parameter Area Write|202"});
        row("frame 34 program area protect", "8000020000000000007a030400000000000000ffffffff50415353", false, true,
            {"configuration|Program Area Protect|304"});
        row("frame 36 program area read", "8000020000000000007a03060000ffffffff0100", false, true,
            {"program|Program Area Read|306"});
        row("frame 37 program area write", "8000020000000000007a03070000ffffffff010041424344", false, true,
            {"program|Program Area Write|307"});
        row("frame 39 run", "8000020000000000007a0401000001", false, true, {"control|Controller RUN|401"});
        row("frame 43 stop", "8000020000000000007a0402", false, true, {"control|Controller STOP|402"});
        row("frame 44 controller data read", "8000020000000000007a050100", false, true,
            {"diagnostics|Controller Data Read|501"});
        row("frame 54 clock write", "8000020000000000007a070209012001020103", false, true,
            {"time_set|Clock Write|702"});
        row("frame 62 access right acquire", "8000020000000000007a0c010000", false, true,
            {"session|Access Right Acquire|c01"});
        row("frame 65 error clear", "8000020000000000007a2101fffe", false, true, {"control|Error Clear|2101"});
        row("frame 73 memory card format", "8000020000000000007a22040000", false, true,
            {"program|Memory Card Format|2204"});
        row("frame 74 file delete", "8000020000000000007a22050000000166696c656e616d652e6f6e65", false, true,
            {"program|File Delete|2205"});
        row("frame 87 forced set/reset", "8000020000000000007a23010001800080000001", false, true,
            {"write|Forced Set/Reset|2301"});
        row("frame 89 forced cancel", "8000020000000000007a2302", false, true,
            {"write|Forced Set/Reset Cancel|2302"});
        // crafted from the W342 layout: IP address write (0x2757) to an Ethernet unit.
        row("ip address write", "800002000001fe00007a2757c0a8000a", false, true,
            {"configuration|IP Address Write|2757"});
        // fins/omron_fins_tcp_commands_responses.pcap (TCP 9600)
        row("tcp frame 4 run", "46494e530000001700000002000000008000020000000000007a0401000001", true, true,
            {"control|Controller RUN|401"});
        row("tcp frame 6 stop", "46494e530000001400000002000000008000020000000000007a0402", true, true,
            {"control|Controller STOP|402"});
        row("tcp frame 18 clock write", "46494e530000001b00000002000000008000020000000000007a070209012001020103",
            true, true, {"time_set|Clock Write|702"});
        // frames 6 + 16 of the same capture in one segment: two operations.
        row("tcp two frames in one segment",
            "46494e530000001400000002000000008000020000000000007a0402"
            "46494e530000001400000002000000008000020000000000007a0701",
            true, true, {"control|Controller STOP|402", "read|Clock Read|701"});
        // responses (ICF bit 6) yield nothing: tcp frames 5 and 19, and a UDP reply.
        row("tcp frame 5 run response", "46494e53000000160000000200000000c100020000000000007a04010000", true, false,
            {});
        row("tcp frame 19 clock write response", "46494e53000000160000000200000000c100020000000000007a07020000",
            true, false, {});
        row("udp run response", "c000020000000000007a04010000", false, false, {});
        // crafted: node address exchange (FINS/TCP command 0) is no FINS frame.
        row("tcp node address exchange", "46494e530000000c000000000000000000000000", true, true, {});
        // crafted: unknown command code and reserved ICF bits set.
        row("unknown command", "8000020000000000007a0999", false, true, {});
        row("reserved icf bits", "8200020000000000007a0402", false, true, {});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, tcp);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const auto transport = tcp ? decode::TransportKind::Tcp : decode::TransportKind::Udp;
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService, transport), expected);
    }

    /// Every prefix: no crash and no operation the whole message does not carry.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, tcp);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const auto transport = tcp ? decode::TransportKind::Tcp : decode::TransportKind::Udp;
        test::verifyPrefixesSayNoMore(test::bytesFromHex(hex.toStdString()), expected,
                                      [&](const test::Bytes& prefix) { return run(prefix, toService, transport); });
    }

    /// Every byte replaced by extreme values: no crash, at most one operation per FINS frame.
    void mutatedBytes_data() { decode_data(); }
    void mutatedBytes()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, tcp);
        QFETCH(bool, toService);
        const auto transport = tcp ? decode::TransportKind::Tcp : decode::TransportKind::Udp;
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0x00}, std::byte{0x40}, std::byte{0x7f}, std::byte{0xff}},
                                  [&](const test::Bytes& mutated) {
                                      QVERIFY(run(mutated, toService, transport).size() <= 2);
                                  });
    }
};

QTEST_GUILESS_MAIN(TestOmronFinsOperations)
#include "tst_omron_fins_operations.moc"
