// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_traffic.h"

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace mieruka::survey {

namespace {

constexpr std::size_t kTop = 10;

constexpr std::array<std::string_view, 17> kDiscovery{
    "arp",  "rarp", "lldp",        "cdp",     "stp",  "llc",    "ssdp", "mdns",        "llmnr",
    "netbios-ns", "netbios-dgm", "browser", "dhcp", "dhcpv6", "igmp", "wake-on-lan", "profinet-dcp"};

struct Tally {
    std::uint64_t bytes = 0, packets = 0;
    std::set<std::string> peers;
};

std::vector<RankRow> top(const std::map<std::string, Tally>& tallies, bool byPeers)
{
    std::vector<RankRow> rows;
    for (const auto& [key, tally] : tallies)
        rows.push_back({key, tally.bytes, tally.packets, tally.peers.size()});
    // Keys come sorted from the map; the stable sort keeps that order on ties.
    std::stable_sort(rows.begin(), rows.end(), [byPeers](const RankRow& a, const RankRow& b) {
        if (byPeers && a.peers != b.peers)
            return a.peers > b.peers;
        return a.bytes > b.bytes;
    });
    if (rows.size() > kTop)
        rows.resize(kTop);
    return rows;
}

/// Broadcast and multicast destinations are not hosts: they would top every ranking of a
/// network full of discovery traffic.
bool isGroupAddress(const std::string& address)
{
    if (auto ip = net::IpAddress::parse(address))
        return ip->isMulticast() || ip->isBroadcast() || ip->isUnspecified();
    if (auto mac = net::MacAddress::parse(address))
        return mac->isMulticast();
    return false;
}

} // namespace

bool isDiscoveryProtocol(std::string_view label)
{
    return std::find(kDiscovery.begin(), kDiscovery.end(), label) != kDiscovery.end();
}

std::vector<TrafficPoint> trafficSeries(const std::vector<analysis::SeriesRecord>& protocolSeries)
{
    std::map<std::int64_t, TrafficPoint> minutes;
    for (const auto& record : protocolSeries) {
        if (record.kind != analysis::SeriesRecord::Kind::Protocol)
            continue;
        auto& point = minutes[record.minute];
        point.minute = record.minute;
        point.bytes += record.txBytes;
        point.packets += record.txPackets;
        if (isDiscoveryProtocol(record.key))
            point.broadcastPackets += record.txPackets;
    }
    std::vector<TrafficPoint> points;
    for (const auto& [minute, point] : minutes)
        points.push_back(point);
    return points;
}

std::vector<TrafficPoint> peakMinutes(const std::vector<TrafficPoint>& traffic, std::size_t count)
{
    std::vector<TrafficPoint> peaks = traffic;
    std::stable_sort(peaks.begin(), peaks.end(), [](const TrafficPoint& a, const TrafficPoint& b) { return a.bytes > b.bytes; });
    if (peaks.size() > count)
        peaks.resize(count);
    return peaks;
}

void fillRankings(ReportModel& model, const SurveySnapshot& snapshot)
{
    std::map<std::string, Tally> hosts, pairs, services;
    for (const auto& conversation : snapshot.conversations) {
        const std::uint64_t bytes = conversation.bytesLoToHi + conversation.bytesHiToLo;
        const std::uint64_t packets = conversation.packetsLoToHi + conversation.packetsHiToLo;
        const bool loGroup = isGroupAddress(conversation.lo), hiGroup = isGroupAddress(conversation.hi);
        for (const auto* side : {&conversation.lo, &conversation.hi}) {
            const bool isLo = side == &conversation.lo;
            if (isLo ? loGroup : hiGroup)
                continue;
            auto& tally = hosts[*side];
            tally.bytes += bytes;
            tally.packets += packets;
            if (!(isLo ? hiGroup : loGroup))
                tally.peers.insert(isLo ? conversation.hi : conversation.lo);
        }
        auto& pair = pairs[conversation.lo + " ↔ " + conversation.hi];
        pair.bytes += bytes;
        pair.packets += packets;
        auto& service = services[conversation.protocol.empty() ? "unknown" : conversation.protocol];
        service.bytes += bytes;
        service.packets += packets;
    }
    model.topHostsByBytes = top(hosts, false);
    model.topHostsByPeers = top(hosts, true);
    model.topPairs = top(pairs, false);
    model.topServices = top(services, false);
    for (auto* rows : {&model.topPairs, &model.topServices})
        for (auto& row : *rows)
            row.peers = 0; // peers are a host figure only
}

} // namespace mieruka::survey
