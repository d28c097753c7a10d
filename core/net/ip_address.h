// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
#include <cstring>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::net {

/// An IPv4 or IPv6 address. Value type; IPv4 is stored in the first 4 octets.
class IpAddress {
public:
    enum class Family : std::uint8_t { None, V4, V6 };

    constexpr IpAddress() = default;
    static IpAddress v4(std::uint32_t hostOrderValue);
    /// `bytes` must hold at least 4 (v4) or 16 (v6) bytes.
    static IpAddress v4FromBytes(std::span<const std::byte> bytes);
    static IpAddress v6FromBytes(std::span<const std::byte> bytes);
    /// Parses dotted quad or any RFC 4291 text form; nullopt otherwise.
    static std::optional<IpAddress> parse(std::string_view text);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    bool isValid() const { return m_family != Family::None; }
    const std::array<std::uint8_t, 16>& octets() const { return m_octets; }
    std::uint32_t v4Value() const; ///< host order; only for V4

    bool isMulticast() const;
    bool isBroadcast() const;      ///< 255.255.255.255 only (subnet broadcast needs a mask)
    bool isUnspecified() const;    ///< 0.0.0.0 / ::
    bool isLinkLocal() const;      ///< 169.254/16, fe80::/10
    bool isPrivate() const;        ///< RFC 1918, RFC 4193 (fc00::/7), 100.64/10, loopback
    bool isGlobalUnicast() const;  ///< routable public unicast

    /// Lower-case text: dotted quad, or RFC 5952 canonical IPv6 (longest zero run compressed,
    /// leftmost on a tie, single zero groups not compressed, IPv4-mapped as ::ffff:a.b.c.d).
    std::string toString() const;

    std::size_t hash() const;

    friend constexpr auto operator<=>(const IpAddress&, const IpAddress&) = default;
    /// Two word compares instead of a memcmp call: equality runs on every flow lookup.
    friend bool operator==(const IpAddress& a, const IpAddress& b)
    {
        std::uint64_t a0, a1, b0, b1;
        std::memcpy(&a0, a.m_octets.data(), 8);
        std::memcpy(&a1, a.m_octets.data() + 8, 8);
        std::memcpy(&b0, b.m_octets.data(), 8);
        std::memcpy(&b1, b.m_octets.data() + 8, 8);
        return a.m_family == b.m_family && a0 == b0 && a1 == b1;
    }

private:
    Family m_family = Family::None;
    std::array<std::uint8_t, 16> m_octets{};
};

// Hot path (every decoded IP header, every flow lookup): defined inline.
inline IpAddress IpAddress::v4FromBytes(std::span<const std::byte> bytes)
{
    IpAddress address;
    address.m_family = Family::V4;
    if (bytes.size() >= 4)
        std::memcpy(address.m_octets.data(), bytes.data(), 4);
    else
        std::memcpy(address.m_octets.data(), bytes.data(), bytes.size());
    return address;
}

inline IpAddress IpAddress::v6FromBytes(std::span<const std::byte> bytes)
{
    IpAddress address;
    address.m_family = Family::V6;
    if (bytes.size() >= 16)
        std::memcpy(address.m_octets.data(), bytes.data(), 16);
    else
        std::memcpy(address.m_octets.data(), bytes.data(), bytes.size());
    return address;
}

inline std::size_t IpAddress::hash() const
{
    // Two 64-bit lanes mixed with odd multipliers: well spread and a handful of instructions.
    std::uint64_t low = 0, high = 0;
    std::memcpy(&low, m_octets.data(), 8);
    std::memcpy(&high, m_octets.data() + 8, 8);
    std::uint64_t value = (low ^ static_cast<std::uint64_t>(m_family)) * 0x9e3779b97f4a7c15ULL;
    value ^= (high + (value >> 29)) * 0xbf58476d1ce4e5b9ULL;
    return static_cast<std::size_t>(value ^ (value >> 32));
}

} // namespace mieruka::net

template <>
struct std::hash<mieruka::net::IpAddress> {
    std::size_t operator()(const mieruka::net::IpAddress& address) const noexcept { return address.hash(); }
};
