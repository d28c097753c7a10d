// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "core/detect/broadcast_storm_monitor.h"

using namespace mieruka;

namespace {

decode::DecodedPacket frameTo(const char* destination, const char* source)
{
    decode::DecodedPacket packet;
    packet.hasEthernet = true;
    packet.hasLinkSource = true;
    packet.linkDestination = *net::MacAddress::parse(destination);
    packet.linkSource = *net::MacAddress::parse(source);
    return packet;
}

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kStart = 1'710'000'000LL * kSecond;

} // namespace

class TestBroadcastStormMonitor : public QObject {
    Q_OBJECT

private slots:
    void aLoopedFrameIsAStormNamedByItsSource()
    {
        detect::BroadcastStormMonitor monitor(1000);
        const auto looped = frameTo("ff:ff:ff:ff:ff:ff", "00:0e:8c:00:00:01");
        for (int i = 0; i < 2500; ++i)
            monitor.addPacket(looped, kStart + i * 200'000, {0, static_cast<std::uint64_t>(100 + i)});
        const auto alerts = monitor.take(true);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("broadcast_storm"));
        QCOMPARE(alerts[0].src, std::string("00:0e:8c:00:00:01"));
        QCOMPARE(alerts[0].dst, std::string("ff:ff:ff:ff:ff:ff"));
        QCOMPARE(alerts[0].count, std::uint64_t(2500));
        QCOMPARE(alerts[0].packetNumber, std::uint64_t(100));
    }

    void busyButNormalSegmentsAreQuiet()
    {
        detect::BroadcastStormMonitor monitor(1000);
        // 900 broadcasts and 900 frames to one multicast group per second, for 5 seconds: each
        // destination stays under the threshold.
        for (int second = 0; second < 5; ++second)
            for (int i = 0; i < 900; ++i) {
                const std::int64_t t = kStart + second * kSecond + i * 1'000'000;
                monitor.addPacket(frameTo("ff:ff:ff:ff:ff:ff", "00:0e:8c:00:00:02"), t, {});
                monitor.addPacket(frameTo("01:00:5e:01:02:03", "00:0e:8c:00:00:03"), t, {});
                monitor.addPacket(frameTo("00:1b:1b:00:00:01", "00:0e:8c:00:00:03"), t, {}); // unicast: not counted
            }
        QVERIFY(monitor.take(true).empty());
    }

    void manySourcesAreNotBlamedOnOne()
    {
        detect::BroadcastStormMonitor monitor(1000);
        for (int i = 0; i < 1200; ++i) {
            const char* source = i % 2 ? "00:0e:8c:00:00:04" : "00:0e:8c:00:00:05";
            monitor.addPacket(frameTo("ff:ff:ff:ff:ff:ff", source), kStart + i * 100'000, {});
        }
        monitor.addPacket(frameTo("ff:ff:ff:ff:ff:ff", "00:0e:8c:00:00:04"), kStart + 2 * kSecond, {});
        const auto alerts = monitor.take(false); // the first second ended when the next began
        QCOMPARE(alerts.size(), std::size_t(1));
        QVERIFY(alerts[0].src.empty());
    }
};

QTEST_GUILESS_MAIN(TestBroadcastStormMonitor)
#include "tst_broadcast_storm_monitor.moc"
