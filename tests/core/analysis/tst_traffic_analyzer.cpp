// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/host_inventory.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/packet_decoder.h"
#include "tests/support/packet_builder.h"

#include <QTest>

#include <algorithm>

using namespace mieruka;
using test::PacketBuilder;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kBase = 1'700'000'000LL * kSecond; // a minute boundary is 1'699'999'980

struct Feeder {
    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    analysis::TrafficAnalyzer analyzer;
    void feed(const test::Bytes& frame, std::int64_t timeNs, std::uint32_t wireLength = 0)
    {
        const auto length = wireLength ? wireLength : static_cast<std::uint32_t>(frame.size());
        QVERIFY(decoder.decode(1, frame, length, decoded));
        analyzer.addPacket(decoded, timeNs, length);
    }
};

test::Bytes tcpFrame(const char* srcMac, const char* dstMac, const char* src, const char* dst, std::uint16_t sport,
                     std::uint16_t dport, std::uint8_t flags, std::uint8_t ttl = 64)
{
    test::Ipv4Fields v4;
    v4.ttl = ttl;
    test::TcpFields tcp;
    tcp.flags = flags;
    return PacketBuilder().ethernet(dstMac, srcMac).ipv4(src, dst, v4).tcp(sport, dport, tcp).build();
}

const analysis::EndpointRecord* findEndpoint(const analysis::AnalysisDelta& delta, const std::string& address)
{
    const auto it = std::find_if(delta.endpoints.begin(), delta.endpoints.end(),
                                 [&](const auto& row) { return row.address == address; });
    return it == delta.endpoints.end() ? nullptr : &*it;
}

} // namespace

class TestTrafficAnalyzer : public QObject {
    Q_OBJECT
private slots:
    void bothDirectionsMakeOneConversation()
    {
        Feeder f;
        f.feed(tcpFrame("02:00:00:00:00:0b", "02:00:00:00:00:0a", "10.0.0.20", "10.0.0.5", 40000, 502, test::tcpflag::kSyn), kBase);
        f.feed(tcpFrame("02:00:00:00:00:0a", "02:00:00:00:00:0b", "10.0.0.5", "10.0.0.20", 502, 40000,
                        test::tcpflag::kSyn | test::tcpflag::kAck), kBase + 1000);
        f.feed(tcpFrame("02:00:00:00:00:0b", "02:00:00:00:00:0a", "10.0.0.20", "10.0.0.5", 40000, 502, test::tcpflag::kAck), kBase + 2000, 100);
        const auto delta = f.analyzer.takeDelta();
        QCOMPARE(delta.conversations.size(), std::size_t(1));
        const auto& row = delta.conversations.front();
        QCOMPARE(row.lo, std::string("10.0.0.5")); // canonical order is numeric, not textual
        QCOMPARE(row.hi, std::string("10.0.0.20"));
        QVERIFY(!row.initiatorIsLo);               // the SYN came from the client, 10.0.0.20
        QCOMPARE(row.loPort, 502);
        QCOMPARE(row.hiPort, 40000);
        QCOMPARE(row.protocol, std::string("modbus"));
        QCOMPARE(row.packetsLoToHi + row.packetsHiToLo, std::uint64_t(3));
        QCOMPARE(row.firstNs, kBase);
        QCOMPARE(row.lastNs, kBase + 2000);
        const auto* client = findEndpoint(delta, "10.0.0.20");
        QVERIFY(client);
        QCOMPARE(client->txPackets, std::uint64_t(2));
        QCOMPARE(client->rxPackets, std::uint64_t(1));
        QVERIFY(findEndpoint(delta, "02:00:00:00:00:0a"));
        QCOMPARE(delta.bindings.size(), std::size_t(2));
    }

    void synNamesTheClientEvenWhenTheReplyCameFirst()
    {
        Feeder f;
        f.feed(tcpFrame("02:00:00:00:00:0a", "02:00:00:00:00:0b", "10.0.0.5", "10.0.0.20", 502, 40000, test::tcpflag::kAck), kBase);
        f.feed(tcpFrame("02:00:00:00:00:0b", "02:00:00:00:00:0a", "10.0.0.20", "10.0.0.5", 40000, 502, test::tcpflag::kSyn), kBase + 5);
        const auto delta = f.analyzer.takeDelta();
        QCOMPARE(delta.conversations.size(), std::size_t(1));
        QCOMPARE(delta.conversations.front().initiatorIsLo, delta.conversations.front().lo == "10.0.0.20");
    }

    void seriesAreCountedPerMinuteAndDeltasReset()
    {
        Feeder f;
        const auto frame = tcpFrame("02:00:00:00:00:0b", "02:00:00:00:00:0a", "10.0.0.20", "10.0.0.5", 40000, 502, test::tcpflag::kAck);
        f.feed(frame, kBase);
        f.feed(frame, kBase + 70 * kSecond);
        auto delta = f.analyzer.takeDelta();
        int hostRows = 0;
        for (const auto& row : delta.series)
            if (row.kind == analysis::SeriesRecord::Kind::Host && row.key == "10.0.0.20") {
                ++hostRows;
                QCOMPARE(row.txPackets, std::uint64_t(1));
            }
        QCOMPARE(hostRows, 2);
        delta = f.analyzer.takeDelta();
        QVERIFY(delta.empty());
        QCOMPARE(f.analyzer.flowCount(), std::size_t(1));
    }

    void nonIpFramesAreLinkConversationsAndArpBindsAddresses()
    {
        Feeder f;
        f.feed(PacketBuilder().ethernet("01:80:c2:00:00:0e", "00:1b:1b:00:00:01", 0x88cc).payload(test::bytesFromHex("0000")).build(), kBase);
        f.feed(PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", "00:1b:1b:00:00:02").arp(1, "00:1b:1b:00:00:02", "192.168.0.7",
                                                                                          "00:00:00:00:00:00", "192.168.0.1").build(), kBase);
        const auto delta = f.analyzer.takeDelta();
        QCOMPARE(delta.conversations.size(), std::size_t(2));
        const bool hasLldp = std::any_of(delta.conversations.begin(), delta.conversations.end(),
                                         [](const auto& row) { return row.isLink && row.etherType == 0x88cc && row.protocol == "lldp"; });
        QVERIFY(hasLldp);
        QCOMPARE(delta.bindings.size(), std::size_t(1));
        QCOMPARE(delta.bindings.front().source, std::string("arp"));
        QCOMPARE(delta.bindings.front().ip, std::string("192.168.0.7"));
        QVERIFY(!findEndpoint(delta, "192.168.0.7")); // ARP payload addresses are not IP endpoints (as tshark)
        QVERIFY(findEndpoint(delta, "ff:ff:ff:ff:ff:ff"));
    }

    void routerMacBecomesOneHostAndItsRemoteAddressesTheirOwn()
    {
        Feeder f;
        const char* router = "00:00:0c:07:ac:01";
        // The gateway announces its own address, then forwards traffic from three remote networks.
        f.feed(PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", router).arp(2, router, "192.168.20.1", "02:00:00:00:00:0a", "192.168.20.5").build(), kBase);
        const char* remotes[] = {"192.168.10.5", "192.168.30.7", "10.1.1.1", "192.168.10.6"};
        for (const char* remote : remotes)
            f.feed(tcpFrame(router, "02:00:00:00:00:0a", remote, "192.168.20.5", 50000, 102, test::tcpflag::kSyn, 127), kBase + kSecond);
        f.feed(tcpFrame("02:00:00:00:00:0a", router, "192.168.20.5", "192.168.10.5", 102, 50000, test::tcpflag::kAck), kBase + 2 * kSecond);
        const auto delta = f.analyzer.takeDelta();
        const auto hosts = analysis::HostInventory::build(delta.bindings, delta.endpoints);
        const auto routerHost = std::find_if(hosts.begin(), hosts.end(), [&](const auto& h) { return h.mac == router; });
        QVERIFY(routerHost != hosts.end());
        QVERIFY(routerHost->isRouter);
        QCOMPARE(routerHost->ips, std::vector<std::string>{"192.168.20.1"});
        int behindRouter = 0;
        for (const auto& host : hosts)
            if (host.mac.empty() && host.viaRouterMac == router)
                ++behindRouter;
        QCOMPARE(behindRouter, 4);
        const auto plc = std::find_if(hosts.begin(), hosts.end(), [](const auto& h) { return h.mac == "02:00:00:00:00:0a"; });
        QVERIFY(plc != hosts.end());
        QVERIFY(!plc->isRouter);
        QCOMPARE(plc->ips, std::vector<std::string>{"192.168.20.5"});
    }

    void hostWithTwoAddressesOfOneNetworkIsNotARouter()
    {
        std::vector<analysis::BindingRecord> bindings{
            {"02:00:00:00:00:01", "192.168.1.10", "ip", 5, kBase, kBase, 64, 64},
            {"02:00:00:00:00:01", "192.168.1.11", "ip", 5, kBase, kBase, 64, 64},
            {"02:00:00:00:00:01", "fe80::1", "ip", 5, kBase, kBase, 255, 255},
        };
        const auto hosts = analysis::HostInventory::build(bindings, {});
        QCOMPARE(hosts.size(), std::size_t(1));
        QVERIFY(!hosts.front().isRouter);
        QCOMPARE(hosts.front().ips.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestTrafficAnalyzer)
#include "tst_traffic_analyzer.moc"
