// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_records.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::analysis {

/// One device of the asset ledger, before identification (vendor/OS/role come on top).
struct HostRecord {
    std::string mac;                 ///< empty for hosts seen only as an IP (behind a router, raw-IP captures)
    std::vector<std::string> ips;    ///< unicast addresses the host sent from (or claimed in ARP)
    std::string viaRouterMac;        ///< for IP-only hosts: the router MAC their frames came through
    bool isRouter = false;           ///< this MAC carries the traffic of many IPs of other networks
    std::int64_t firstSeenNs = 0;    ///< first frame the host sent
    std::int64_t lastSeenNs = 0;     ///< last frame the host sent
    std::uint64_t packets = 0;       ///< sent + received
    std::uint64_t bytes = 0;
};

/// Builds the host table from MAC↔IP bindings and endpoint counters. A MAC that sources
/// addresses of several networks (a router) is not turned into one giant host: its own
/// addresses are those it claims in ARP, and every other address behind it becomes a host
/// of its own. Pure function of its inputs; deterministic order (MAC hosts, then IP hosts).
class HostInventory {
public:
    /// A MAC is a router when it sources IPv4 /24s or IPv6 /64s from at least this many networks…
    static constexpr std::size_t kRouterNetworks = 3;
    /// …or from more addresses than one interface plausibly holds (a gateway, NAT or simulator).
    static constexpr std::size_t kMaxHostAddresses = 16;
    /// …or from any network it does not claim an address of in ARP.
    static std::vector<HostRecord> build(const std::vector<BindingRecord>& bindings,
                                         const std::vector<EndpointRecord>& endpoints);
};

} // namespace mieruka::analysis
