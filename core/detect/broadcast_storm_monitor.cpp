// SPDX-License-Identifier: GPL-3.0-or-later
#include "broadcast_storm_monitor.h"

#include "alert_type.h"
#include "detection_context.h"

#include <string>

namespace mieruka::detect {

namespace {

constexpr std::int64_t kSecondNs = 1'000'000'000;

std::int64_t secondOf(std::int64_t timestampNs)
{
    const std::int64_t second = timestampNs / kSecondNs;
    return (timestampNs % kSecondNs != 0 && timestampNs < 0) ? second - 1 : second;
}

} // namespace

void BroadcastStormMonitor::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                      const analysis::FrameRef& frame)
{
    if (!packet.hasEthernet || !packet.linkDestination.isMulticast())
        return;
    const std::int64_t second = secondOf(timestampNs);
    if (m_open && second != m_second)
        closeSecond();
    m_open = true;
    m_second = second;
    Bucket& bucket = m_buckets[packet.linkDestination.toU64()];
    if (bucket.frames++ == 0) {
        bucket.firstSource = packet.linkSource;
        bucket.firstNs = timestampNs;
        bucket.frame = frame;
    }
    bucket.lastNs = timestampNs;
    if (packet.linkSource == bucket.firstSource)
        ++bucket.fromFirstSource;
}

void BroadcastStormMonitor::closeSecond()
{
    for (const auto& [destination, bucket] : m_buckets) {
        if (bucket.frames < m_threshold)
            continue;
        const std::string target = net::MacAddress::fromU64(destination).toString();
        // One source sending nearly all of it: a looped frame or a runaway device, named as such.
        const bool oneSource = bucket.fromFirstSource * 10 >= bucket.frames * 9;
        auto alert = makeAlert(AlertType::BroadcastStorm, Severity::High, target, bucket.firstNs, bucket.lastNs);
        alert.dst = target;
        if (oneSource) {
            alert.src = bucket.firstSource.toString();
            alert.srcMac = alert.src;
        }
        alert.count = bucket.frames;
        alert.fileIndex = bucket.frame.fileIndex;
        alert.packetNumber = bucket.frame.packetNumber;
        addField(alert, "frames_per_second", std::to_string(bucket.frames));
        addField(alert, "destination", target);
        addField(alert, "threshold", std::to_string(m_threshold));
        m_alerts.push_back(std::move(alert));
    }
    m_buckets.clear();
    m_open = false;
}

std::vector<analysis::AlertRecord> BroadcastStormMonitor::take(bool final)
{
    if (final && m_open)
        closeSecond();
    return std::exchange(m_alerts, {});
}

} // namespace mieruka::detect
