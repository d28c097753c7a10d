// SPDX-License-Identifier: GPL-3.0-or-later
#include "arp_sweep_monitor.h"

#include "alert_type.h"
#include "detection_context.h"

#include <algorithm>
#include <string>

namespace mieruka::detect {

namespace {

constexpr std::uint16_t kArpRequest = 1;
// Random source MACs must not grow the table without bound; forgetting every sender once in a
// while costs at most a late report.
constexpr std::size_t kMaxSenders = 4096;

} // namespace

ArpSweepMonitor::ArpSweepMonitor(std::size_t targets, std::int64_t windowSeconds)
    : m_threshold(std::max<std::size_t>(targets, 2)), m_windowNs(windowSeconds * 1'000'000'000LL)
{
}

void ArpSweepMonitor::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                const analysis::FrameRef& frame)
{
    if (packet.network != decode::NetworkKind::Arp || packet.arp.operation != kArpRequest || !packet.arp.targetIp.isV4())
        return;
    // A gratuitous ARP asks for the sender's own address: an announcement, not a probe.
    if (packet.arp.targetIp == packet.arp.senderIp)
        return;
    if (m_senders.size() >= kMaxSenders)
        m_senders.clear();
    Window& window = m_senders[packet.arp.senderMac.toU64()];
    if (window.targets.empty() || timestampNs - window.startNs > m_windowNs || timestampNs < window.startNs) {
        window = Window{};
        window.startNs = timestampNs;
        window.frame = frame;
        window.senderIp = packet.arp.senderIp;
    }
    if (window.reported || window.targets.size() >= m_threshold)
        return;
    const std::uint32_t target = packet.arp.targetIp.v4Value();
    if (std::find(window.targets.begin(), window.targets.end(), target) != window.targets.end())
        return;
    window.targets.push_back(target);
    if (window.targets.size() < m_threshold)
        return;
    window.reported = true;
    auto alert = makeAlert(AlertType::Scan, Severity::Medium, "arp_sweep", window.startNs, timestampNs);
    alert.srcMac = packet.arp.senderMac.toString();
    alert.src = window.senderIp.isValid() && !window.senderIp.isUnspecified() ? window.senderIp.toString() : alert.srcMac;
    alert.protocol = "arp";
    alert.fileIndex = window.frame.fileIndex;
    alert.packetNumber = window.frame.packetNumber;
    addField(alert, "targets", std::to_string(window.targets.size()));
    addField(alert, "window", std::to_string(m_windowNs / 1'000'000'000LL));
    m_alerts.push_back(std::move(alert));
}

std::vector<analysis::AlertRecord> ArpSweepMonitor::take()
{
    return std::exchange(m_alerts, {});
}

} // namespace mieruka::detect
