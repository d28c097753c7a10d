// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_input.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::detect::hygiene {

/// Which MACs claimed which IP address and when, from the MAC↔IP bindings: one claim per
/// (MAC, IP), spanning the first to the last frame of its rows. Never counted: the unspecified,
/// broadcast, multicast and loopback addresses (DHCP probes and loopback captures, not claims),
/// the all-zero MAC, and the virtual MACs of router redundancy (VRRP, HSRP, GLBP), which are
/// meant to move between routers.
class AddressClaims {
public:
    enum class Sources { Arp, ArpAndIp };

    struct Claim {
        std::string mac;
        std::int64_t firstNs = 0, lastNs = 0;
        std::uint64_t packets = 0;
        std::uint64_t rows = 0;
        bool overlaps(const Claim& other) const { return firstNs <= other.lastNs && other.firstNs <= lastNs; }
    };

    /// A hostile capture can have thousands of MACs claim one address; beyond this many (those
    /// with the most frames kept) the rest are not compared.
    static constexpr std::size_t kMaxClaimsPerAddress = 64;

    /// `skipMacs` are left out (e.g. routers: they carry the addresses of the hosts behind them).
    AddressClaims(const std::vector<analysis::BindingRecord>& bindings, Sources sources,
                  const std::set<std::string>& skipMacs = {});
    AddressClaims(const AddressClaims&) = delete; // the MAC index points into the claims
    AddressClaims& operator=(const AddressClaims&) = delete;

    /// Claims by IP, each list sorted by first time.
    const std::map<std::string, std::vector<Claim>>& byIp() const { return m_byIp; }
    /// How many other addresses the claim's MAC claimed at some time during `claim` (a claim of
    /// this object). Logarithmic: an attacker claiming a whole /16 stays cheap.
    std::size_t alsoClaimedCount(const Claim& claim) const;
    /// Up to `limit` of those addresses, the nearest in time first searched (best effort: the
    /// search stops after a bounded number of claims).
    std::vector<std::string> alsoClaimedExamples(const Claim& claim, std::size_t limit) const;

    static bool isVirtualRouterMac(std::string_view mac);

private:
    struct MacClaims {
        std::vector<std::pair<const Claim*, const std::string*>> byFirst; ///< (claim, ip) by first time
        std::vector<std::int64_t> firsts, lasts;                           ///< each sorted
    };

    std::map<std::string, std::vector<Claim>> m_byIp;
    std::map<std::string, MacClaims> m_byMac;
};

} // namespace mieruka::detect::hygiene
