// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::detect {

/// ARP cache poisoning (man in the middle), judged from the ARP claims alone: the bindings
/// keep only the first and last frame of each (MAC, IP), so "the MAC of an address flips back
/// and forth" is read as overlapping claims. A MAC M impersonates address X when
///  1. another MAC L claims X in ARP over a period that overlaps M's claim of X (a device
///     replaced by another, one after the other, never overlaps);
///  2. M claims more other addresses than L does while it claims X (M speaks for other hosts as
///     well — its own address, or a second victim's; two devices misconfigured with one address
///     claim nothing else and are left to duplicate_ip);
///  3. neither is a virtual MAC of VRRP, HSRP or GLBP (redundant routers share an address);
///  4. M is not a router answering for hosts (proxy ARP): a router MAC counts only when it
///     claims a router's address — the gateway, the classic target; an attacker that forwards
///     the victims' internet traffic looks like a router too.
/// One alert per (M, X), rule = X, src = M, dst = L (the first of the owners). High. Known
/// blind spot: an impersonator that claimed nothing else while spoofing a single host reads as a
/// duplicate IP.
class ArpSpoofing {
public:
    struct Impersonation {
        std::string ip, mac;
        std::vector<std::string> owners;   ///< MACs of L, sorted
        std::size_t alsoClaimed = 0;       ///< other addresses M claimed meanwhile
        std::vector<std::string> examples; ///< some of them
        bool gateway = false;              ///< an owner is a router
        std::int64_t firstNs = 0, lastNs = 0;
        std::uint64_t rows = 0;            ///< binding rows of M and the owners for X
    };

    static void run(const DetectionContext& context, AlertList& alerts);
    /// The impersonations of a survey, by (X, M). duplicate_ip leaves these to this detector.
    static std::vector<Impersonation> find(const DetectionInput& input);
};

} // namespace mieruka::detect
