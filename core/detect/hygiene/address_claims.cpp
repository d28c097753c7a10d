// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_claims.h"

#include "core/net/ip_address.h"

#include <algorithm>
#include <array>
#include <utility>

namespace mieruka::detect::hygiene {

namespace {

constexpr std::string_view kNoMac = "00:00:00:00:00:00"; // Linux "any"/loopback captures

bool isClaimable(const std::string& text)
{
    const auto ip = net::IpAddress::parse(text);
    if (!ip || ip->isUnspecified() || ip->isBroadcast() || ip->isMulticast())
        return false;
    // Loopback captures give every process the same address behind made-up MACs.
    const bool loopback = ip->isV4() ? ip->octets()[0] == 127 : text == "::1";
    return !loopback;
}

} // namespace

AddressClaims::AddressClaims(const std::vector<analysis::BindingRecord>& bindings, Sources sources,
                             const std::set<std::string>& skipMacs)
{
    std::map<std::pair<std::string, std::string>, Claim> merged; // (ip, mac)
    for (const auto& binding : bindings) {
        if (sources == Sources::Arp && binding.source != "arp")
            continue;
        if (binding.source != "arp" && binding.source != "ip")
            continue;
        if (skipMacs.contains(binding.mac) || isVirtualRouterMac(binding.mac) || binding.mac == kNoMac
            || !isClaimable(binding.ip))
            continue;
        Claim& claim = merged[{binding.ip, binding.mac}];
        const bool first = claim.rows == 0;
        claim.mac = binding.mac;
        claim.firstNs = first ? binding.firstNs : std::min(claim.firstNs, binding.firstNs);
        claim.lastNs = first ? binding.lastNs : std::max(claim.lastNs, binding.lastNs);
        claim.packets += binding.packets;
        ++claim.rows;
    }
    for (auto& [key, claim] : merged)
        m_byIp[key.first].push_back(std::move(claim));
    for (auto& [ip, claims] : m_byIp) {
        if (claims.size() > kMaxClaimsPerAddress) {
            std::stable_sort(claims.begin(), claims.end(),
                             [](const Claim& a, const Claim& b) { return a.packets > b.packets; });
            claims.resize(kMaxClaimsPerAddress);
        }
        std::stable_sort(claims.begin(), claims.end(),
                         [](const Claim& a, const Claim& b) { return a.firstNs < b.firstNs; });
    }
    // Indexed only once m_byIp stops changing: the index points into it.
    for (const auto& [ip, claims] : m_byIp)
        for (const auto& claim : claims) {
            MacClaims& mac = m_byMac[claim.mac];
            mac.byFirst.emplace_back(&claim, &ip);
            mac.firsts.push_back(claim.firstNs);
            mac.lasts.push_back(claim.lastNs);
        }
    for (auto& [mac, index] : m_byMac) {
        std::stable_sort(index.byFirst.begin(), index.byFirst.end(),
                         [](const auto& a, const auto& b) { return a.first->firstNs < b.first->firstNs; });
        std::sort(index.firsts.begin(), index.firsts.end());
        std::sort(index.lasts.begin(), index.lasts.end());
    }
}

std::size_t AddressClaims::alsoClaimedCount(const Claim& claim) const
{
    const auto it = m_byMac.find(claim.mac);
    if (it == m_byMac.end())
        return 0;
    // Overlapping = started by its end, minus those that had already ended at its start; less itself.
    const auto& index = it->second;
    const auto started = std::upper_bound(index.firsts.begin(), index.firsts.end(), claim.lastNs) - index.firsts.begin();
    const auto ended = std::lower_bound(index.lasts.begin(), index.lasts.end(), claim.firstNs) - index.lasts.begin();
    const auto overlapping = started - ended;
    return overlapping > 1 ? static_cast<std::size_t>(overlapping - 1) : 0;
}

std::vector<std::string> AddressClaims::alsoClaimedExamples(const Claim& claim, std::size_t limit) const
{
    constexpr std::size_t kMaxSearched = 4096;
    std::vector<std::string> examples;
    const auto it = m_byMac.find(claim.mac);
    if (it == m_byMac.end())
        return examples;
    const auto& byFirst = it->second.byFirst;
    // Walk back from the last claim that began before this one ended: those are the candidates.
    auto end = std::upper_bound(byFirst.begin(), byFirst.end(), claim.lastNs,
                                [](std::int64_t time, const auto& entry) { return time < entry.first->firstNs; });
    std::size_t searched = 0;
    while (end != byFirst.begin() && examples.size() < limit && searched++ < kMaxSearched) {
        --end;
        if (end->first != &claim && end->first->overlaps(claim))
            examples.push_back(*end->second);
    }
    std::sort(examples.begin(), examples.end());
    return examples;
}

bool AddressClaims::isVirtualRouterMac(std::string_view mac)
{
    // VRRP (RFC 5798) IPv4/IPv6, HSRP v1, HSRP v2, GLBP.
    static constexpr std::array<std::string_view, 5> kPrefixes{"00:00:5e:00:01:", "00:00:5e:00:02:", "00:00:0c:07:ac:",
                                                               "00:00:0c:9f:f", "00:07:b4:00:"};
    return std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view prefix) { return mac.starts_with(prefix); });
}

} // namespace mieruka::detect::hygiene
