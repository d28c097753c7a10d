// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArrayList>
#include <QTest>

#include "core/protocols/cdp.h"
#include "tests/support/protocol_test_support.h"

#include <string>

using namespace mieruka;
using test::hexOf;

namespace {

constexpr std::string_view kCdpMulticast = "01:00:0c:cc:cc:cc";
constexpr std::string_view kSnapCdp = "aaaa03 00000c 2000";

/// Decodes a whole Ethernet frame the way the pipeline does and runs decodeCdp on its payload.
struct Run : test::FrameRun {
    explicit Run(const test::Bytes& bytes) : FrameRun(protocols::decodeCdp, bytes) {}
};

QByteArrayList render(const protocols::FactList& facts)
{
    return test::renderAttributeValues(facts);
}

test::Bytes frame8023(std::string_view destination, std::string_view llcHex)
{
    return test::PacketBuilder().ethernet8023(destination, "00:e0:1e:d5:d5:15").payload(test::bytesFromHex(llcHex)).build();
}

// hosts/cdp-v1.pcap frame 1 (zeek/zeek testing/btest/Traces/cdp-v1.pcap), whole frame: CDPv1
// from a Cisco 1601 router.
constexpr std::string_view kCdpV1Frame =
    "01000ccccccc00e01ed5d515011eaaaa0300000c200001b4dff000010006523100020011000000010101cc0004c0a80a0100"
    "03000d45746865726e6574300004000800000001000500d8436973636f20496e7465726e6574776f726b204f7065726174"
    "696e672053797374656d20536f667477617265200a494f532028746d29203136303020536f6674776172652028433136"
    "30302d4e592d4c292c2056657273696f6e2031312e3228313229502c2052454c4541534520534f4654574152452028666331"
    "290a436f707972696768742028632920313938362d3139393820627920636973636f2053797374656d732c20496e632e0a"
    "436f6d70696c6564205475652030332d4d61722d39382030363a33332062792064736368776172740006000e636973636f"
    "2031363031";

// Crafted CDPv2 (TLV numbers as in Wireshark's and tcpdump's CDP printers): device id "sw1",
// addresses 0.0.0.0 + 10.1.1.1 + 2001:db8::5, port id, capabilities switch+igmp, software
// version, platform, VTP domain (skipped), management addresses repeating 10.1.1.1.
constexpr std::string_view kCdpV2Body =
    "02 b4 0000"
    "0001 0007 737731"
    "0002 0036 00000003"
    "  01 01 cc 0004 00000000"
    "  01 01 cc 0004 0a010101"
    "  02 08 aaaa0300000086dd 0010 20010db8000000000000000000000005"
    "0003 0016 4769676162697445746865726e6574302f31"
    "0004 0008 00000028"
    "0005 0028 436973636f20494f5320536f6674776172652c2056657273696f6e2031352e3228342945"
    "0006 000e 636973636f20574d2d43"
    "0009 0008 6c616221"
    "0016 0011 00000001 01 01 cc 0004 0a010101";

} // namespace

class TestCdp : public QObject {
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("frameHex");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("cdp-v1.pcap router")
            << QByteArray(kCdpV1Frame.data(), static_cast<qsizetype>(kCdpV1Frame.size()))
            << QByteArrayList{"hostname=R1", "management_address=192.168.10.1", "port_id=Ethernet0", "capabilities=router",
                              "firmware_version=11.2(12)P",
                              "system_description=Cisco Internetwork Operating System Software  IOS (tm) 1600 Software "
                              "(C1600-NY-L), Version 11.2(12)P, RELEASE SOFTWARE (fc1) Copyright (c) 1986-1998 by cisco "
                              "Systems, Inc. Compiled Tue 03-Mar-98 06:33 by dschwart",
                              "model_name=cisco 1601"};
        QTest::newRow("crafted v2 switch")
            << hexOf(frame8023(kCdpMulticast, std::string(kSnapCdp) + std::string(kCdpV2Body)))
            << QByteArrayList{"hostname=sw1", "management_address=10.1.1.1", "management_address=2001:db8::5",
                              "port_id=GigabitEthernet0/1", "capabilities=switch,igmp", "firmware_version=15.2(4)E",
                              "system_description=Cisco IOS Software, Version 15.2(4)E", "model_name=cisco WM-C"};
        // Same Cisco multicast, other SNAP protocols: DTP (PID 0x2004) and VTP (0x2003).
        QTest::newRow("dtp is not cdp")
            << hexOf(frame8023(kCdpMulticast, "aaaa03 00000c 2004 01 0001 000d 6c6162000000000000000000 0002 0005 03"))
            << QByteArrayList{};
        QTest::newRow("vtp is not cdp")
            << hexOf(frame8023(kCdpMulticast, "aaaa03 00000c 2003 02 01 00 03 6c6162 00000000000000000000000000000000"))
            << QByteArrayList{};
        QTest::newRow("cdp bytes to another address")
            << hexOf(frame8023("01:80:c2:00:00:00", std::string(kSnapCdp) + std::string(kCdpV2Body)))
            << QByteArrayList{};
        QTest::newRow("stp") << hexOf(frame8023("01:80:c2:00:00:00", "424203 0000 00 00 8000000000000001")) << QByteArrayList{};
    }

    void decodes()
    {
        QFETCH(QByteArray, frameHex);
        QFETCH(QByteArrayList, expected);
        Run run(test::bytesFromHex(frameHex.toStdString()));
        QVERIFY(run.packet.isLlc);
        const auto facts = run.facts();
        QCOMPARE(render(facts), expected);
        for (const auto& fact : facts) {
            QCOMPARE(fact.subject, protocols::Subject::Source);
            QCOMPARE(fact.protocol, std::string_view("cdp"));
            QCOMPARE(fact.confidence, fact.attribute == protocols::Attribute::FirmwareVersion ? 0.7f : 0.95f);
        }
    }

    /// A payload that still holds the LLC/SNAP header (as a hand-filled packet may give it).
    void acceptsPayloadFromLlcHeader()
    {
        const auto llc = test::bytesFromHex(std::string(kSnapCdp) + std::string(kCdpV2Body));
        decode::DecodedPacket packet;
        packet.isLlc = true;
        packet.payload = llc;
        protocols::FactList facts;
        protocols::decodeCdp(protocols::PayloadContext{packet, packet.payload, 0, false}, facts);
        QCOMPARE(facts.size(), std::size_t(8));
        QCOMPARE(facts.front().value, std::string("sw1"));

        auto wrongPid = llc;
        wrongPid[7] = std::byte{0x04};
        facts.clear();
        packet.payload = wrongPid;
        protocols::decodeCdp(protocols::PayloadContext{packet, packet.payload, 0, false}, facts);
        QVERIFY(facts.empty());
    }

    void everyPrefixIsSafe()
    {
        for (const auto& frame : {test::bytesFromHex(kCdpV1Frame),
                                  frame8023(kCdpMulticast, std::string(kSnapCdp) + std::string(kCdpV2Body))}) {
            Run run(frame);
            const QByteArrayList full = render(run.facts());
            QVERIFY(!full.isEmpty());
            for (std::size_t cut = 0; cut <= run.packet.payload.size(); ++cut)
                for (const auto& fact : render(run.facts(cut)))
                    QVERIFY2(full.contains(fact), (QByteArray::number(qulonglong(cut)) + ": " + fact).constData());
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bodyHex");
        QTest::addColumn<int>("facts");
        QTest::newRow("tlv length maxed") << QByteArray("02b40000 0001 ffff 737731") << 0;
        QTest::newRow("tlv length below header") << QByteArray("02b40000 0001 0002 737731") << 0;
        QTest::newRow("address count maxed") << QByteArray("02b40000 0001 0007 737731 0002 0011 ffffffff 01 01 cc 0004 0a010101") << 2;
        QTest::newRow("address length maxed") << QByteArray("02b40000 0001 0007 737731 0002 0011 00000001 01 01 cc ffff 0a010101") << 1;
        QTest::newRow("protocol length maxed") << QByteArray("02b40000 0001 0007 737731 0002 0011 00000001 01 ff cc 0004 0a010101") << 1;
        QTest::newRow("capabilities short") << QByteArray("02b40000 0001 0007 737731 0004 0006 0001") << 1;
        QTest::newRow("version 3") << QByteArray("03b40000 0001 0007 737731") << 0;
    }

    void hostile()
    {
        QFETCH(QByteArray, bodyHex);
        QFETCH(int, facts);
        Run run(frame8023(kCdpMulticast, std::string(kSnapCdp) + bodyHex.toStdString()));
        QCOMPARE(int(run.facts().size()), facts);
    }
};

QTEST_GUILESS_MAIN(TestCdp)
#include "tst_cdp.moc"
