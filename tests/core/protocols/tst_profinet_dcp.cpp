// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArrayList>
#include <QTest>

#include "core/protocols/profinet_dcp.h"
#include "tests/support/protocol_test_support.h"

#include <string>

using namespace mieruka;
using test::hexOf;

namespace {

/// Decodes a whole Ethernet frame the way the pipeline does and runs decodeProfinetDcp on it.
struct Run : test::FrameRun {
    explicit Run(const test::Bytes& bytes) : FrameRun(protocols::decodeProfinetDcp, bytes) {}
};

QByteArrayList render(const protocols::FactList& facts)
{
    return test::renderAttributeValues(facts);
}

test::Bytes dcpFrame(std::string_view payloadHex)
{
    return test::PacketBuilder()
        .ethernet("00:0c:29:ba:09:ea", "08:00:06:93:cf:32", 0x8892)
        .payload(test::bytesFromHex(payloadHex))
        .build();
}

// profinet/ChangeIPUsingDCP.pcap (ITI/ICS-Security-Tools), whole frames.
// Frame 1: Identify-All request from an engineering station.
constexpr std::string_view kIdentifyAll =
    "08000693cf32000c29ba09ea8892fefe05000100000100010004ffff00000000000000000000000000000000000000000000000000000000";
// Frame 2: Identify response of a SCALANCE X208.
constexpr std::string_view kIdentifyResponse =
    "000c29ba09ea08000693cf328892feff0501010000010000005e0205001c00000101010202010202020302040205033d0501050205030504"
    "ffff020100050000494e43000202000b0000583230382d424f524400020300060000002a0a0102040004000001000102000e0001c0a80006"
    "ffffff00c0a80001";
// Frame 3: Set request changing the IP (an operation, not identity).
constexpr std::string_view kSetIp =
    "08000693cf32000c29ba09ea8892fefd040001000001000000120102000e0001c0a8000affffff00c0a80001000000000000000000000000";
// profinet/profinet-wireshark-bug.pcap frame 2: VLAN-tagged Identify response of an S7-300 CP
// whose NameOfStation is a format-string probe, padded with NULs.
constexpr std::string_view kVlanResponse =
    "0080c838a48b0002e317c750810000008892feff050101000001000000b802050010000002010202020302040205010101020201000a00"
    "0053372d33303045430202006e0000256e256e256e20000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000020300060000002a010102040004000002000102000e0001c0a8000bffffff00c0a8000b";
// profinet/PROFINET-RT.pcap frame 1: a switch checking that its own name "switch3" is unique.
constexpr std::string_view kIdentifyByName =
    "010ecf000000001b1b029ac38892fefe05000300bf9a0001000c02020007737769746368330069656d656e732c2053494d41544900000000";

} // namespace

class TestProfinetDcp : public QObject {
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("frameHex");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("identify all request")
            << QByteArray(kIdentifyAll.data(), static_cast<qsizetype>(kIdentifyAll.size()))
            << QByteArrayList{"protocol_role=profinet_dcp:controller"};
        QTest::newRow("identify response scalance")
            << QByteArray(kIdentifyResponse.data(), static_cast<qsizetype>(kIdentifyResponse.size()))
            << QByteArrayList{"model_name=INC", "hostname=X208-BORD", "vendor_id=0x002a", "product_code=0x0a01",
                              "vendor_name=Siemens", "protocol_role=profinet:io_device", "management_address=192.168.0.6"};
        QTest::newRow("vlan identify response s7-300")
            << QByteArray(kVlanResponse.data(), static_cast<qsizetype>(kVlanResponse.size()))
            << QByteArrayList{"model_name=S7-300EC", "hostname=%n%n%n", "vendor_id=0x002a", "product_code=0x0101",
                              "vendor_name=Siemens", "protocol_role=profinet:io_controller",
                              "management_address=192.168.0.11"};
        QTest::newRow("set request ignored") << QByteArray(kSetIp.data(), static_cast<qsizetype>(kSetIp.size()))
                                             << QByteArrayList{};
        QTest::newRow("name-filtered identify") << QByteArray(kIdentifyByName.data(), static_cast<qsizetype>(kIdentifyByName.size()))
                                                << QByteArrayList{};
        // Crafted Get response (service 3, type 1): NameOfStation, unknown vendor, multi-role,
        // IP 0.0.0.0 (not set) gives no address.
        QTest::newRow("get response")
            << hexOf(dcpFrame("fefd 03 01 00000007 0000 002e"
                              "0202 0006 0000 706c6331"
                              "0203 0006 0000 1234 0001"
                              "0204 0004 0000 0300"
                              "0102 000e 0000 00000000 00000000 00000000"))
            << QByteArrayList{"hostname=plc1", "vendor_id=0x1234", "product_code=0x0001", "protocol_role=profinet:io_device",
                              "protocol_role=profinet:io_controller"};
        QTest::newRow("error response") << hexOf(dcpFrame("feff 05 05 00000001 0000 0008 0202 0004 0000 6162"))
                                        << QByteArrayList{};
        QTest::newRow("cyclic rt data") << hexOf(dcpFrame("8000 0000 0000 0000 0000 0000")) << QByteArrayList{};
    }

    void decodes()
    {
        QFETCH(QByteArray, frameHex);
        QFETCH(QByteArrayList, expected);
        Run run(test::bytesFromHex(frameHex.toStdString()));
        QCOMPARE(run.packet.etherType, std::uint16_t{0x8892});
        const auto facts = run.facts();
        QCOMPARE(render(facts), expected);
        for (const auto& fact : facts) {
            QCOMPARE(fact.subject, protocols::Subject::Source);
            QCOMPARE(fact.protocol, std::string_view("profinet_dcp"));
            const float want = fact.value == "profinet_dcp:controller" ? 0.6f
                               : fact.attribute == protocols::Attribute::VendorName ? 0.9f
                                                                                   : 0.95f;
            QCOMPARE(fact.confidence, want);
        }
    }

    void everyPrefixIsSafe()
    {
        for (const auto hex : {kIdentifyAll, kIdentifyResponse, kVlanResponse}) {
            Run run(test::bytesFromHex(hex));
            const QByteArrayList full = render(run.facts());
            QVERIFY(!full.isEmpty());
            for (std::size_t cut = 0; cut <= run.packet.payload.size(); ++cut)
                for (const auto& fact : render(run.facts(cut)))
                    QVERIFY2(full.contains(fact), (QByteArray::number(qulonglong(cut)) + ": " + fact).constData());
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("payloadHex");
        QTest::addColumn<int>("facts");
        QTest::newRow("data length maxed") << QByteArray("feff 05 01 00000001 0000 ffff 0202 0006 0000 706c6331") << 1;
        QTest::newRow("block length maxed") << QByteArray("feff 05 01 00000001 0000 000a 0202 ffff 0000 706c6331") << 0;
        QTest::newRow("block shorter than block info") << QByteArray("feff 05 01 00000001 0000 0006 0202 0001 00 00") << 0;
        QTest::newRow("device id short") << QByteArray("feff 05 01 00000001 0000 0008 0203 0004 0000 002a") << 0;
        QTest::newRow("ip short") << QByteArray("feff 05 01 00000001 0000 000c 0102 0008 0000 c0a80001 ffff") << 0;
        QTest::newRow("header only") << QByteArray("feff 05 01 00000001 0000") << 0;
        QTest::newRow("empty") << QByteArray("") << 0;
        QTest::newRow("many tiny blocks") << QByteArray("feff 05 01 00000001 0000 0100" + QByteArray("02ff0000").repeated(64)) << 0;
    }

    void hostile()
    {
        QFETCH(QByteArray, payloadHex);
        QFETCH(int, facts);
        Run run(dcpFrame(payloadHex.toStdString()));
        QCOMPARE(int(run.facts().size()), facts);
    }
};

QTEST_GUILESS_MAIN(TestProfinetDcp)
#include "tst_profinet_dcp.moc"
