// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/mac_address.h"
#include "core/net/hex_digit.h"

namespace mieruka::net {

std::optional<MacAddress> MacAddress::parse(std::string_view text)
{
    // Exactly six two-digit groups; the separator must be the same throughout.
    if (text.size() != 17)
        return std::nullopt;
    const char separator = text[2];
    if (separator != ':' && separator != '-')
        return std::nullopt;
    std::array<std::uint8_t, 6> octets{};
    for (std::size_t i = 0; i < 6; ++i) {
        const std::size_t at = i * 3;
        const int high = hexDigitValue(text[at]);
        const int low = hexDigitValue(text[at + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        if (i < 5 && text[at + 2] != separator)
            return std::nullopt;
        octets[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return MacAddress(octets);
}

MacAddress MacAddress::fromU64(std::uint64_t value)
{
    std::array<std::uint8_t, 6> octets{};
    for (std::size_t i = 6; i > 0; --i) {
        octets[i - 1] = static_cast<std::uint8_t>(value & 0xff);
        value >>= 8;
    }
    return MacAddress(octets);
}

bool MacAddress::isZero() const
{
    for (auto octet : m_octets)
        if (octet != 0)
            return false;
    return true;
}

bool MacAddress::isBroadcast() const
{
    for (auto octet : m_octets)
        if (octet != 0xff)
            return false;
    return true;
}

std::string MacAddress::toString() const
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text(17, ':');
    for (std::size_t i = 0; i < 6; ++i) {
        text[i * 3] = kHex[m_octets[i] >> 4];
        text[i * 3 + 1] = kHex[m_octets[i] & 0x0f];
    }
    return text;
}

} // namespace mieruka::net
