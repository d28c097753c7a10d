// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/iec104_operations.h"

#include "tests/support/protocol_test_support.h"

#include <initializer_list>
#include <string>

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService)
{
    return test::describeOperations(test::decodeOperations(&decodeIec104Operations, payload, test::serviceExchange(decode::TransportKind::Tcp, 2404, toService)), {"iec104"},
                                    test::CodeFormat::Decimal);
}

/// A crafted single-object ASDU: type `typeHex`, cause `causeHex`, common address 1, IOA 0,
/// then `elementHex`.
QByteArray crafted(const char* typeHex, const char* causeHex, const char* elementHex)
{
    const QByteArray asdu = QByteArray(typeHex) + "01" + causeHex + "000100" + "000000" + elementHex;
    const QByteArray apdu = QByteArray("00000000") + asdu;
    return QByteArray("68") + QByteArray::number(apdu.size() / 2, 16).rightJustified(2, '0') + apdu;
}

} // namespace

class TestIec104Operations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char* name, const QByteArray& hex, std::initializer_list<const char*> expected,
                      bool toService = true) { QTest::newRow(name) << hex << toService << test::utf8List(expected); };
        // Real APDUs, cited by capture (iec104/…) and frame.
        row("single command (epf-parameter-screening_iec104.pcap frame 20)", "680e040042002d0106000a0002000001",
            {"control|C_SC_NA_1 single command|45"});
        row("single command select (TestDissectIec104.pcap frame 124)", "680e04000e002d0106010d911a270081",
            {"control|C_SC_NA_1 single command (select)|45"});
        row("single command execute (TestDissectIec104.pcap frame 126)", "680e060010002d0106010d911a270001",
            {"control|C_SC_NA_1 single command|45"});
        row("test-bit command (TestDissectIec104.pcap frame 133)", "680e080014002d0186020d91ce560081",
            {"control|C_SC_NA_1 single command (select)|45"});
        row("negative-flagged activation (TestDissectIec104.pcap frame 136)", "680e0a0016002d0146030d9135820081",
            {"control|C_SC_NA_1 single command (select)|45"});
        row("double command select (TestDissectIec104.pcap frame 117)", "680e02000a002e0106010d91983a0082",
            {"control|C_DC_NA_1 double command (select)|46"});
        row("double command (epf-parameter-screening_iec104.pcap frame 29)", "680e08004e002e0106000a0001000001",
            {"control|C_DC_NA_1 double command|46"});
        row("regulating step (epf-parameter-screening_iec104.pcap frame 39)", "680e0c005a002f0106000a0001000002",
            {"control|C_RC_NA_1 regulating step command|47"});
        row("set point normalised (epf-parameter-screening_iec104.pcap frame 57)",
            "681014007200300106000a00010000000400", {"control|C_SE_NA_1 set point command, normalised|48"});
        row("set point scaled (epf-parameter-screening_iec104.pcap frame 70)",
            "681018007e00310106000a000300007b0000", {"control|C_SE_NB_1 set point command, scaled|49"});
        row("set point float (epf-parameter-screening_iec104.pcap frame 78)",
            "68121c008a00320106000a00010000c3f5484000", {"control|C_SE_NC_1 set point command, float|50"});
        row("bitstring (epf-parameter-screening_iec104.pcap frame 49)", "681110006600330106000a0003000002000000",
            {"control|C_BO_NA_1 bitstring command|51"});
        row("interrogation (epf-parameter-screening_iec104.pcap frame 9)", "680e00000000640106000a0000000014",
            {"read|C_IC_NA_1 interrogation command|100"});
        row("clock synchronisation (TestDissectIec104.pcap frame 139)", "68140c001600670106040d91000000c83239081d0808",
            {"time_set|C_CS_NA_1 clock synchronization command|103"});
        row("STARTDT act (epf-parameter-screening_iec104.pcap frame 7)", "680407000000", {"session|STARTDT|7"});

        // Keep-alive, acknowledgements, confirmations and monitor data are not requests.
        row("TESTFR act (epf-parameter-screening_iec104.pcap frame 4)", "680443000000", {});
        row("TESTFR con (epf-parameter-screening_iec104.pcap frame 5)", "680483000000", {}, false);
        row("STARTDT con (epf-parameter-screening_iec104.pcap frame 8)", "68040b000000", {}, false);
        row("S format (TestDissectIec104.pcap frame 112)", "680401000800", {});
        row("S format + activation confirmation (TestDissectIec104.pcap frame 118)",
            "680401000400680e0a0004002e0147010d91983a0082", {}, false);
        row("clock sync confirmation (TestDissectIec104.pcap frame 140)",
            "680401000e00681416000e00670107040d91000000c83239081d0808", {}, false);
        row("spontaneous measurement (nDPI_IEC104.pcap frame 7)", "68192c7e42b9240103001429cbb202cdcc2c3e0094dc028a230a0b",
            {}, false);

        // Crafted: the other type families and causes.
        row("STOPDT act", "680413000000", {"session|STOPDT|19"});
        row("time-tagged single command", crafted("3a", "06", "01" "00000000000000"),
            {"control|C_SC_TA_1 single command|58"});
        row("time-tagged set point float select", crafted("3f", "06", "0000803f" "80" "00000000000000"),
            {"control|C_SE_TC_1 set point command, float (select)|63"});
        row("command deactivation", crafted("2d", "08", "81"),
            {"control|C_SC_NA_1 single command (select) (deactivation)|45"});
        row("counter interrogation", crafted("65", "06", "05"), {"read|C_CI_NA_1 counter interrogation command|101"});
        row("read command (cause request)", crafted("66", "05", ""), {"read|C_RD_NA_1 read command|102"});
        row("read command spontaneous", crafted("66", "03", ""), {});
        row("test command", crafted("68", "06", "aa55"), {"diagnostics|C_TS_NA_1 test command|104"});
        row("reset process general", crafted("69", "06", "01"), {"control|C_RP_NA_1 reset process command (general)|105"});
        row("reset process event buffer", crafted("69", "06", "02"),
            {"control|C_RP_NA_1 reset process command (event buffer)|105"});
        row("delay acquisition", crafted("6a", "06", "0000"), {"diagnostics|C_CD_NA_1 delay acquisition command|106"});
        row("parameter normalised", crafted("6e", "06", "000001"), {"configuration|P_ME_NA_1 parameter, normalised|110"});
        row("parameter activation", crafted("71", "06", "01"), {"configuration|P_AC_NA_1 parameter activation|113"});
        row("call file toward the service", crafted("7a", "0d", "0100" "000000" "02"),
            {"program|F_SC_NA_1 call directory/file/section|122"});
        row("segment toward the service", crafted("7d", "0d", "0100" "01" "02" "aabb"), {"program|F_SG_NA_1 segment|125"});
        row("segment from the service", crafted("7d", "0d", "0100" "01" "02" "aabb"), {}, false);
        row("command confirmation", crafted("2d", "07", "01"), {}, false);
        row("command termination", crafted("2d", "0a", "01"), {}, false);
        row("unknown type 200", crafted("c8", "06", "01"), {});
        row("several APDUs in one segment",
            "680407000000" "680e00000000640106000a0000000014" "680443000000" "680e040042002d0106000a0002000001",
            {"session|STARTDT|7", "read|C_IC_NA_1 interrogation command|100", "control|C_SC_NA_1 single command|45"});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService), expected);
    }

    /// Every prefix: no crash, and no operation the whole payload does not have.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        test::forEachPrefix(test::bytesFromHex(hex.toStdString()), [&](const test::Bytes& prefix, std::size_t length) {
            for (const QString& operation : run(prefix, toService)) {
                if (!expected.contains(operation))
                    QFAIL(qPrintable(QStringLiteral("prefix %1 says %2").arg(length).arg(operation)));
            }
        });
    }

    /// Lengths, types and causes set to extremes, every byte in turn: no crash, well-formed output.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}, std::byte{0x06}},
                                  [&](const test::Bytes& mutated) {
                                      const QStringList operations = run(mutated, toService);
                                      QVERIFY(!operations.contains(QStringLiteral("BAD LABEL")));
                                      QVERIFY(operations.size() <= 4);
                                  });
    }

    /// A segment full of STARTDT activations stays bounded.
    void manyApdusAreBounded()
    {
        std::string hex;
        for (int i = 0; i < 1000; ++i)
            hex += "680407000000";
        QCOMPARE(run(test::bytesFromHex(hex), true).size(), 256);
    }

    void notIec104_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("wrong start") << QByteArray("690407000000");
        QTest::newRow("length below minimum") << QByteArray("680307000000");
        QTest::newRow("U format with trailing bytes") << QByteArray("68050700000000");
        QTest::newRow("zero objects") << QByteArray("680e040042002d0006000a0002000001");
        QTest::newRow("modbus") << QByteArray("000100000006010300000001");
    }

    void notIec104()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIec104Operations)
#include "tst_iec104_operations.moc"
