// SPDX-License-Identifier: GPL-3.0-or-later
#include "host_inventory.h"

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <algorithm>
#include <map>
#include <set>


namespace mieruka::analysis {

namespace {

/// /24 for IPv4, /64 for IPv6, as text; link-local addresses say nothing about routing.
std::string networkOf(const net::IpAddress& address)
{
    const auto& o = address.octets();
    if (address.isV4())
        return std::to_string(o[0]) + '.' + std::to_string(o[1]) + '.' + std::to_string(o[2]);
    std::string text;
    for (int i = 0; i < 8; ++i)
        text += std::to_string(o[static_cast<std::size_t>(i)]) + ':';
    return text;
}

bool isHostAddress(const net::IpAddress& address)
{
    return address.isValid() && !address.isUnspecified() && !address.isMulticast() && !address.isBroadcast();
}

struct MacFacts {
    std::set<std::string> ipSources;  ///< addresses seen as IP source with this MAC
    std::set<std::string> arpClaims;  ///< addresses claimed in ARP
    std::set<std::string> networks;   ///< networks of ipSources (not link-local)
    std::set<std::string> arpNetworks;
    std::int64_t firstNs = 0, lastNs = 0;
    bool seen = false;
    void touch(std::int64_t first, std::int64_t last)
    {
        firstNs = seen ? std::min(firstNs, first) : first;
        lastNs = seen ? std::max(lastNs, last) : last;
        seen = true;
    }
};

} // namespace

std::vector<HostRecord> HostInventory::build(const std::vector<BindingRecord>& bindings,
                                             const std::vector<EndpointRecord>& endpoints)
{
    std::map<std::string, MacFacts> macs;
    for (const auto& binding : bindings) {
        const auto ip = net::IpAddress::parse(binding.ip);
        if (!ip || !isHostAddress(*ip))
            continue;
        MacFacts& facts = macs[binding.mac];
        facts.touch(binding.firstNs, binding.lastNs);
        if (binding.source == "arp") {
            facts.arpClaims.insert(binding.ip);
            facts.arpNetworks.insert(networkOf(*ip));
        } else {
            facts.ipSources.insert(binding.ip);
            if (!ip->isLinkLocal())
                facts.networks.insert(networkOf(*ip));
        }
    }

    std::map<std::string, const EndpointRecord*> macEndpoints, ipEndpoints;
    for (const auto& endpoint : endpoints)
        (endpoint.isMac ? macEndpoints : ipEndpoints)[endpoint.address] = &endpoint;

    // MACs that sent frames but never carried an IP (PROFINET devices, switches) are hosts too.
    for (const auto& [address, endpoint] : macEndpoints) {
        const auto mac = net::MacAddress::parse(address);
        if (!mac || mac->isMulticast() || mac->isZero() || endpoint->txPackets == 0)
            continue;
        macs[address].touch(endpoint->txFirstNs, endpoint->txLastNs);
    }

    std::vector<HostRecord> hosts;
    std::set<std::string> ownedIps;
    std::map<std::string, std::string> routedIps; // ip -> router mac
    for (auto& [mac, facts] : macs) {
        const bool manyNetworks = facts.networks.size() >= kRouterNetworks || facts.ipSources.size() > kMaxHostAddresses;
        bool foreignNetwork = false;
        // A MAC that claims addresses of one network in ARP but sends from another forwards for it.
        if (!facts.networks.empty() && !facts.arpNetworks.empty())
            for (const auto& network : facts.networks)
                foreignNetwork = foreignNetwork || !facts.arpNetworks.contains(network);
        HostRecord host;
        host.mac = mac;
        host.isRouter = manyNetworks || foreignNetwork;
        std::set<std::string> own = facts.arpClaims;
        if (!host.isRouter)
            own.insert(facts.ipSources.begin(), facts.ipSources.end());
        else
            for (const auto& ip : facts.ipSources)
                if (!facts.arpClaims.contains(ip))
                    routedIps.emplace(ip, mac);
        host.ips.assign(own.begin(), own.end());
        ownedIps.insert(own.begin(), own.end());
        if (const auto it = macEndpoints.find(mac); it != macEndpoints.end()) {
            host.packets = it->second->txPackets + it->second->rxPackets;
            host.bytes = it->second->txBytes + it->second->rxBytes;
            if (it->second->txPackets) {
                facts.touch(it->second->txFirstNs, it->second->txLastNs);
            }
        } else {
            // No Ethernet header (Linux cooked capture): count what its addresses sent and received.
            for (const auto& ip : host.ips)
                if (const auto it = ipEndpoints.find(ip); it != ipEndpoints.end()) {
                    host.packets += it->second->txPackets + it->second->rxPackets;
                    host.bytes += it->second->txBytes + it->second->rxBytes;
                }
        }
        host.firstSeenNs = facts.firstNs;
        host.lastSeenNs = facts.lastNs;
        hosts.push_back(std::move(host));
    }

    // Addresses that sent traffic but belong to no MAC host: behind a router, or no link layer at all.
    for (const auto& [address, endpoint] : ipEndpoints) {
        if (endpoint->txPackets == 0 || ownedIps.contains(address))
            continue;
        const auto ip = net::IpAddress::parse(address);
        if (!ip || !isHostAddress(*ip))
            continue;
        HostRecord host;
        host.ips.push_back(address);
        if (const auto it = routedIps.find(address); it != routedIps.end())
            host.viaRouterMac = it->second;
        host.packets = endpoint->txPackets + endpoint->rxPackets;
        host.bytes = endpoint->txBytes + endpoint->rxBytes;
        host.firstSeenNs = endpoint->txFirstNs;
        host.lastSeenNs = endpoint->txLastNs;
        hosts.push_back(std::move(host));
    }
    return hosts;
}

} // namespace mieruka::analysis
