// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace mieruka::analysis {

/// Identifies a bidirectional conversation. IP flows are keyed by protocol, addresses and ports;
/// non-IP frames by MAC pair + ethertype. The two sides are stored in canonical order
/// (lower address first) so both directions find the same entry.
struct FlowKey {
    enum class Kind : std::uint8_t { Ip, Link };

    Kind kind = Kind::Ip;
    std::uint8_t ipProtocol = 0;   ///< IP flows: IPv4 protocol / IPv6 next header
    bool hasPorts = false;         ///< TCP/UDP with readable ports
    std::uint16_t etherType = 0;   ///< link flows: ethertype (0 = 802.3/LLC)
    net::IpAddress ipLo;
    net::IpAddress ipHi;
    net::MacAddress macLo;
    net::MacAddress macHi;
    std::uint16_t portLo = 0;
    std::uint16_t portHi = 0;

    friend bool operator==(const FlowKey&, const FlowKey&) = default;

    std::size_t hash() const;
};

/// Which canonical side sent a frame.
enum class Side : std::uint8_t { Lo = 0, Hi = 1 };

} // namespace mieruka::analysis

template <>
struct std::hash<mieruka::analysis::FlowKey> {
    std::size_t operator()(const mieruka::analysis::FlowKey& key) const noexcept { return key.hash(); }
};
