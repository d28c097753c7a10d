// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
#include <cstring>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::net {

/// A 48-bit IEEE MAC address. Value type, no allocation except toString().
class MacAddress {
public:
    constexpr MacAddress() = default;
    explicit constexpr MacAddress(const std::array<std::uint8_t, 6>& octets) : m_octets(octets) {}
    /// Takes the first 6 bytes; `bytes` must hold at least 6.
    static MacAddress fromBytes(std::span<const std::byte> bytes);
    /// Parses "aa:bb:cc:dd:ee:ff" or "aa-bb-..." (any case); nullopt on anything else.
    static std::optional<MacAddress> parse(std::string_view text);

    const std::array<std::uint8_t, 6>& octets() const { return m_octets; }
    /// Big-endian 48-bit value, handy as a hash key.
    std::uint64_t toU64() const;
    static MacAddress fromU64(std::uint64_t value);

    bool isZero() const;
    bool isBroadcast() const;
    bool isMulticast() const { return (m_octets[0] & 0x01) != 0; } ///< includes broadcast
    bool isLocallyAdministered() const { return (m_octets[0] & 0x02) != 0; }

    /// Lower-case "aa:bb:cc:dd:ee:ff" (tshark's eth.addr form).
    std::string toString() const;

    friend constexpr auto operator<=>(const MacAddress&, const MacAddress&) = default;
    friend bool operator==(const MacAddress& a, const MacAddress& b)
    {
        std::uint32_t a0, b0;
        std::uint16_t a1, b1;
        std::memcpy(&a0, a.m_octets.data(), 4);
        std::memcpy(&a1, a.m_octets.data() + 4, 2);
        std::memcpy(&b0, b.m_octets.data(), 4);
        std::memcpy(&b1, b.m_octets.data() + 4, 2);
        return a0 == b0 && a1 == b1;
    }

private:
    std::array<std::uint8_t, 6> m_octets{};
};

inline MacAddress MacAddress::fromBytes(std::span<const std::byte> bytes)
{
    // One copy instead of six byte stores: later wide loads of the address then forward cleanly.
    std::array<std::uint8_t, 6> octets{};
    if (bytes.size() >= 6)
        std::memcpy(octets.data(), bytes.data(), 6); // constant size: two moves, no byte loop
    else
        std::memcpy(octets.data(), bytes.data(), bytes.size());
    return MacAddress(octets);
}

inline std::uint64_t MacAddress::toU64() const
{
    std::uint64_t value = 0;
    for (auto octet : m_octets)
        value = (value << 8) | octet;
    return value;
}

} // namespace mieruka::net
