// SPDX-License-Identifier: GPL-3.0-or-later
#include "node_key.h"

#include <algorithm>
#include <cstring>

namespace mieruka::analysis {

NodeKey NodeKey::fromIp(const net::IpAddress& address)
{
    NodeKey key;
    key.type = Type::Ip;
    key.bytes[0] = static_cast<std::uint8_t>(address.family());
    std::copy(address.octets().begin(), address.octets().end(), key.bytes.begin() + 1);
    return key;
}

NodeKey NodeKey::fromMac(const net::MacAddress& address)
{
    NodeKey key;
    key.type = Type::Mac;
    std::copy(address.octets().begin(), address.octets().end(), key.bytes.begin() + 1);
    return key;
}

net::IpAddress NodeKey::ip() const
{
    const auto* start = reinterpret_cast<const std::byte*>(bytes.data() + 1);
    if (type != Type::Ip)
        return {};
    if (bytes[0] == static_cast<std::uint8_t>(net::IpAddress::Family::V4))
        return net::IpAddress::v4FromBytes(std::span(start, 4));
    return net::IpAddress::v6FromBytes(std::span(start, 16));
}

net::MacAddress NodeKey::mac() const
{
    std::array<std::uint8_t, 6> octets{};
    std::copy_n(bytes.begin() + 1, 6, octets.begin());
    return net::MacAddress(octets);
}

std::string NodeKey::toString() const
{
    switch (type) {
    case Type::Ip: return ip().toString();
    case Type::Mac: return mac().toString();
    case Type::None: break;
    }
    return {};
}

std::size_t NodeKey::hash() const
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ static_cast<std::uint64_t>(type);
    for (std::uint8_t b : bytes) {
        h ^= b;
        h *= 0x100000001b3ULL;
    }
    return static_cast<std::size_t>(h);
}

} // namespace mieruka::analysis
