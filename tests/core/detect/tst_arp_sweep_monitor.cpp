// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/detect/arp_sweep_monitor.h"

using namespace mieruka;

namespace {

decode::DecodedPacket request(const char* senderMac, const char* senderIp, std::uint32_t targetIp)
{
    decode::DecodedPacket packet;
    packet.hasEthernet = true;
    packet.network = decode::NetworkKind::Arp;
    packet.arp.operation = 1;
    packet.arp.senderMac = *net::MacAddress::parse(senderMac);
    packet.arp.senderIp = *net::IpAddress::parse(senderIp);
    packet.arp.targetIp = net::IpAddress::v4(targetIp);
    return packet;
}

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kStart = 1'710'000'000'000LL * kMs;
constexpr std::uint32_t kCell = 0x0a011400; // 10.1.20.0

} // namespace

class TestArpSweepMonitor : public QObject {
    Q_OBJECT

private slots:
    void aSweepOfTheSubnetIsOneScan()
    {
        detect::ArpSweepMonitor monitor(32, 10);
        for (std::uint32_t i = 1; i < 255; ++i)
            monitor.addPacket(request("a4:11:94:00:00:01", "10.1.20.206", kCell + i), kStart + i * 5 * kMs,
                              {0, 1000 + i});
        const auto alerts = monitor.take();
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("scan"));
        QCOMPARE(alerts[0].rule, std::string("arp_sweep"));
        QCOMPARE(alerts[0].src, std::string("10.1.20.206"));
        QCOMPARE(alerts[0].srcMac, std::string("a4:11:94:00:00:01"));
        QCOMPARE(alerts[0].packetNumber, std::uint64_t(1001));
    }

    void routineArpIsNot()
    {
        detect::ArpSweepMonitor monitor(32, 10);
        // A gateway refreshing 40 neighbours, one every second; the same 5 asked again and again;
        // gratuitous announcements.
        for (std::uint32_t i = 0; i < 40; ++i)
            monitor.addPacket(request("00:00:0c:00:00:01", "10.1.20.1", kCell + 10 + i), kStart + i * 1000 * kMs, {});
        for (int i = 0; i < 500; ++i)
            monitor.addPacket(request("00:0e:8c:00:00:02", "10.1.20.50", kCell + 10 + i % 5), kStart + i * kMs, {});
        for (int i = 0; i < 100; ++i)
            monitor.addPacket(request("00:0e:8c:00:00:03", "10.1.20.60", kCell + 60), kStart + i * kMs, {});
        QVERIFY(monitor.take().empty());
    }
};

QTEST_GUILESS_MAIN(TestArpSweepMonitor)
#include "tst_arp_sweep_monitor.moc"
