// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace mieruka::analysis {

/// A compact, hashable address of either kind, so one table can count IP and MAC endpoints.
struct NodeKey {
    enum class Type : std::uint8_t { None, Ip, Mac };
    Type type = Type::None;
    std::array<std::uint8_t, 17> bytes{}; ///< [0] = IP family for Type::Ip

    static NodeKey fromIp(const net::IpAddress& address);
    static NodeKey fromMac(const net::MacAddress& address);
    net::IpAddress ip() const;
    net::MacAddress mac() const;
    std::string toString() const;
    std::size_t hash() const;

    friend bool operator==(const NodeKey&, const NodeKey&) = default;
    friend auto operator<=>(const NodeKey&, const NodeKey&) = default;
};

} // namespace mieruka::analysis

template <>
struct std::hash<mieruka::analysis::NodeKey> {
    std::size_t operator()(const mieruka::analysis::NodeKey& key) const noexcept { return key.hash(); }
};
