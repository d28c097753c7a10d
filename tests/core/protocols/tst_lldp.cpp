// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArrayList>
#include <QTest>

#include "core/protocols/lldp.h"
#include "tests/support/protocol_test_support.h"

#include <string>

using namespace mieruka;
using test::hexOf;

namespace {

/// Decodes a whole Ethernet frame and runs decodeLldp on its payload (optionally cut to `cut`).
struct Run : test::FrameRun {
    explicit Run(const test::Bytes& bytes) : FrameRun(protocols::decodeLldp, bytes) {}
};

QByteArrayList render(const protocols::FactList& facts)
{
    return test::renderAttributeValues(facts);
}

test::Bytes lldpFrame(std::string_view payloadHex)
{
    return test::PacketBuilder()
        .ethernet("01:80:c2:00:00:0e", "00:0e:8c:ef:75:c9", 0x88cc)
        .payload(test::bytesFromHex(payloadHex))
        .build();
}

// hosts/lldp.pcap frame 1 (zeek/zeek testing/btest/Traces/lldp.pcap), whole frame.
constexpr std::string_view kSmcFrame =
    "0180c200000e00222d81db1088cc02070400222d81db1004020731060200780807506f72742023310a0d534d43475338502d"
    "536d6172740c23534d43475338502d536d617274202d20534d43475338502d536d6172742076332e32300e0400040004100c"
    "0501c0a8020a0200000001000000bb14272c";

// profinet/profinet_io_cm_mixed_1.pcap frame 1019 (cisagov/icsnpp-profinet-io-cm): a SCALANCE
// X208 port with PROFINET org TLVs (OUI 00:0e:cf) and a locally assigned chassis id.
constexpr std::string_view kScalanceFrame =
    "0180c200000e000e8cef75c988cc0214077369656d656e732d783230382d737769746368040907706f72742d303034060200"
    "140c325369656d656e732041472053494d41544943205337204d554c5449504f5254205343414c414e43452058203230302"
    "046414d0e040080008010140501000000000200000004082b0601040181c06efe08000ecf0200000000fe0a000ecf05000e"
    "8cef75c5fe0900120f01036c0000100000";

// Crafted from IEEE 802.1AB / ANSI/TIA-1057: MAC chassis, port "X1 P1", TTL, system name,
// a Siemens-style description, capabilities (bridge+router supported, bridge enabled), IPv6
// management address, LLDP-MED hardware/firmware/software/serial/manufacturer/model, End.
constexpr std::string_view kCraftedPayload =
    "0207" "04" "000e8cef75c9"                                  // chassis MAC
    "0406" "05" "5831205031"                                    // port id, interface name "X1 P1"
    "0602" "0078"                                               // TTL 120
    "0a05" "706c633031"                                         // system name "plc01"
    "0c42" "53494d41544943204e45542c205343414c414e434520583230382c2036474b35203230382d30424131302d3241"
           "41332c2048573a20372c2046573a2056342e312e30"          // "SIMATIC NET, SCALANCE X208, 6GK5 208-0BA10-2AA3, HW: 7, FW: V4.1.0"
    "0e04" "0014" "0004"                                        // capabilities
    "1018" "11" "02" "20010db8000000000000000000000001" "01" "00000001" "00" // mgmt 2001:db8::1
    "fe06" "0012bb" "05" "4231"                                 // MED hw "B1"
    "fe09" "0012bb" "06" "322e342e31"                           // MED fw "2.4.1"
    "fe08" "0012bb" "07" "352e3061"                             // MED sw "5.0a"
    "fe09" "0012bb" "08" "5330303132"                           // MED serial "S0012"
    "fe0a" "0012bb" "09" "41636d652041"                         // MED manufacturer "Acme A"
    "fe09" "0012bb" "0a" "4d2d313030"                           // MED model "M-100"
    "0000";

} // namespace

class TestLldp : public QObject {
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("frameHex");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("smc switch (lldp.pcap)")
            << QByteArray(kSmcFrame.data(), kSmcFrame.size())
            << QByteArrayList{"port_id=1", "hostname=SMCGS8P-Smart", "system_description=SMCGS8P-Smart - SMCGS8P-Smart v3.20",
                           "capabilities=bridge", "management_address=192.168.2.10"};
        QTest::newRow("scalance with profinet tlvs")
            << QByteArray(kScalanceFrame.data(), kScalanceFrame.size())
            << QByteArrayList{"hostname=siemens-x208-switch", "port_id=port-004",
                           "system_description=Siemens AG SIMATIC S7 MULTIPORT SCALANCE X 200 FAM", "capabilities=station"};
        QTest::newRow("crafted siemens + lldp-med")
            << hexOf(lldpFrame(kCraftedPayload))
            << QByteArrayList{"port_id=X1 P1", "hostname=plc01", "model_name=6GK5 208-0BA10-2AA3", "hardware_version=7",
                           "firmware_version=V4.1.0",
                           "system_description=SIMATIC NET, SCALANCE X208, 6GK5 208-0BA10-2AA3, HW: 7, FW: V4.1.0",
                           "capabilities=bridge", "management_address=2001:db8::1", "hardware_version=B1",
                           "firmware_version=2.4.1", "firmware_version=5.0a", "serial_number=S0012",
                           "vendor_name=Acme A", "model_name=M-100"};
        // Chassis subtype 7 (locally assigned) → hostname at 0.5; port id network address as text.
        QTest::newRow("chassis local, port network address")
            << hexOf(lldpFrame("0205 07 706c6332  0406 04 01 0a000001  0602 0078 0000"))
            << QByteArrayList{"hostname=plc2", "port_id=10.0.0.1"};
        QTest::newRow("chassis network address, port mac")
            << hexOf(lldpFrame("0206 05 01 0a000001  0407 03 000e8cef75c9  0602 0078 0000"))
            << QByteArrayList{"management_address=10.0.0.1", "port_id=00:0e:8c:ef:75:c9"};
    }

    void decodes()
    {
        QFETCH(QByteArray, frameHex);
        QFETCH(QByteArrayList, expected);
        Run run(test::bytesFromHex(frameHex.toStdString()));
        QCOMPARE(run.packet.etherType, std::uint16_t{0x88cc});
        const auto facts = run.facts();
        QCOMPARE(render(facts), expected);
        for (const auto& fact : facts) {
            QCOMPARE(fact.subject, protocols::Subject::Source);
            QCOMPARE(fact.protocol, std::string_view("lldp"));
        }
    }

    void confidences()
    {
        Run run(lldpFrame(kCraftedPayload));
        for (const auto& fact : run.facts()) {
            const bool heuristic = fact.value == "V4.1.0" || fact.value == "6GK5 208-0BA10-2AA3" || fact.value == "7" ||
                                   fact.value == "5.0a";
            QCOMPARE(fact.confidence, heuristic ? 0.7f : 0.95f);
        }
        Run local(lldpFrame("0205 07 706c6332 0405 07 31323334 0602 0078 0000"));
        const auto facts = local.facts();
        QCOMPARE(facts.size(), std::size_t(2));
        QCOMPARE(facts[0].confidence, 0.5f);
    }

    void everyPrefixIsSafe()
    {
        for (const auto& frame : {test::bytesFromHex(kSmcFrame), test::bytesFromHex(kScalanceFrame), lldpFrame(kCraftedPayload)}) {
            Run run(frame);
            const QByteArrayList full = render(run.facts());
            for (std::size_t cut = 0; cut <= run.packet.payload.size(); ++cut) {
                for (const auto& fact : render(run.facts(cut)))
                    QVERIFY2(full.contains(fact), (QByteArray::number(qulonglong(cut)) + ": " + fact).constData());
            }
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("payloadHex");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not a chassis tlv first") << QByteArray("0a05706c633031 0000");
        QTest::newRow("port before chassis") << QByteArray("0406055831 0207040000000000 0602 0078 0000");
        QTest::newRow("chassis length maxed") << QByteArray("03ff04000e8cef75c9");
        QTest::newRow("system name length maxed after mandatory")
            << QByteArray("0207 04 000e8cef75c9 0403 05 5831 0602 0078 0bff 706c633031");
        QTest::newRow("mgmt address string length maxed")
            << QByteArray("0207 04 000e8cef75c9 0403 05 5831 0602 0078 1006 ff 01 0a000001");
        QTest::newRow("org tlv too short") << QByteArray("0207 04 000e8cef75c9 0403 05 5831 0602 0078 fe02 0012 0000");
        QTest::newRow("mgmt 0.0.0.0") << QByteArray("0207 04 000e8cef75c9 0403 05 5831 0602 0078 100c 05 01 00000000 0200000001 00");
        // malformed/lldp_asan.pcap (tcpdump tests): a network-address chassis, then garbage.
        QTest::newRow("lldp_asan.pcap") << QByteArray("0206050100002000fe0900120f0100ffff2000fe0900120f010000fe0f000000fe06ef7f55557675");
    }

    void hostile()
    {
        QFETCH(QByteArray, payloadHex);
        Run run(lldpFrame(payloadHex.toStdString()));
        const auto facts = run.facts();
        // Only the port id survives the maxed-length rows: it precedes the damage.
        for (const auto& fact : facts)
            QVERIFY2(fact.attribute == protocols::Attribute::PortId, fact.value.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLldp)
#include "tst_lldp.moc"
