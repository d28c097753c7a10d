// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/anomaly.h"

namespace mieruka::decode {

namespace {

// Indexed by Anomaly; these ids are stored in survey files and JSON, so they never change.
constexpr std::array<std::string_view, kAnomalyCount> kNames = {
    "unsupported_link_type",
    "truncated_link_header",
    "truncated_vlan",
    "too_many_vlan_tags",
    "truncated_arp",
    "malformed_arp",
    "truncated_ipv4",
    "bad_ipv4_version",
    "bad_ipv4_header_length",
    "bad_ipv4_total_length",
    "ipv4_option_malformed",
    "truncated_ipv6",
    "bad_ipv6_version",
    "truncated_ipv6_extension_header",
    "truncated_tcp",
    "bad_tcp_header_length",
    "tcp_option_malformed",
    "truncated_udp",
    "bad_udp_length",
    "truncated_icmp",
    "truncated_icmpv6",
    "tunnel_too_deep",
    "unknown_loopback_family",
    "snap_length_cut",
    "truncated_gre",
    "truncated_llc",
};

} // namespace

std::string_view anomalyName(Anomaly anomaly)
{
    const auto index = static_cast<std::size_t>(anomaly);
    return index < kNames.size() ? kNames[index] : std::string_view();
}

void AnomalyCounters::merge(const AnomalyCounters& other)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
}

std::uint64_t AnomalyCounters::total() const
{
    std::uint64_t sum = 0;
    for (auto count : m_counts)
        sum += count;
    return sum;
}

} // namespace mieruka::decode
