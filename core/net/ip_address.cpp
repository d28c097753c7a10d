// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ip_address.h"
#include "core/net/hex_digit.h"

#include <charconv>

namespace mieruka::net {

namespace {

// Strict dotted quad: four decimal parts 0..255, no leading zeros (they are octal to some parsers).
std::optional<std::array<std::uint8_t, 4>> parseDottedQuad(std::string_view text)
{
    std::array<std::uint8_t, 4> parts{};
    std::size_t index = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string_view part = text.substr(start, dot == std::string_view::npos ? text.npos : dot - start);
        if (index >= 4 || part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
            return std::nullopt;
        unsigned value = 0;
        for (char c : part) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + static_cast<unsigned>(c - '0');
        }
        if (value > 255)
            return std::nullopt;
        parts[index++] = static_cast<std::uint8_t>(value);
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (index != 4)
        return std::nullopt;
    return parts;
}

// Parses a run of "h:h:h" groups (possibly ending in a dotted quad when `allowV4Tail`) into 16-bit words.
bool parseGroups(std::string_view text, bool allowV4Tail, std::array<std::uint16_t, 8>& words, std::size_t& count)
{
    count = 0;
    if (text.empty())
        return true;
    std::size_t start = 0;
    while (true) {
        const std::size_t colon = text.find(':', start);
        const std::string_view group = text.substr(start, colon == std::string_view::npos ? text.npos : colon - start);
        if (colon == std::string_view::npos && allowV4Tail && group.find('.') != std::string_view::npos) {
            auto quad = parseDottedQuad(group);
            if (!quad || count + 2 > 8)
                return false;
            words[count++] = static_cast<std::uint16_t>((*quad)[0] << 8 | (*quad)[1]);
            words[count++] = static_cast<std::uint16_t>((*quad)[2] << 8 | (*quad)[3]);
            return true;
        }
        if (group.empty() || group.size() > 4 || count >= 8)
            return false;
        unsigned value = 0;
        for (char c : group) {
            const int digit = hexDigitValue(c);
            if (digit < 0)
                return false;
            value = value * 16 + static_cast<unsigned>(digit);
        }
        words[count++] = static_cast<std::uint16_t>(value);
        if (colon == std::string_view::npos)
            return true;
        start = colon + 1;
    }
}

std::optional<IpAddress> parseV6(std::string_view text)
{
    std::array<std::uint16_t, 8> head{};
    std::array<std::uint16_t, 8> tail{};
    std::size_t headCount = 0;
    std::size_t tailCount = 0;
    const std::size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        if (!parseGroups(text, true, head, headCount) || headCount != 8)
            return std::nullopt;
    } else {
        if (text.find("::", gap + 1) != std::string_view::npos)
            return std::nullopt;
        if (!parseGroups(text.substr(0, gap), false, head, headCount))
            return std::nullopt;
        if (!parseGroups(text.substr(gap + 2), true, tail, tailCount))
            return std::nullopt;
        // "::" stands for at least one zero group.
        if (headCount + tailCount > 7)
            return std::nullopt;
    }
    std::array<std::byte, 16> bytes{};
    auto put = [&bytes](std::size_t wordIndex, std::uint16_t word) {
        bytes[wordIndex * 2] = static_cast<std::byte>(word >> 8);
        bytes[wordIndex * 2 + 1] = static_cast<std::byte>(word & 0xff);
    };
    for (std::size_t i = 0; i < headCount; ++i)
        put(i, head[i]);
    for (std::size_t i = 0; i < tailCount; ++i)
        put(8 - tailCount + i, tail[i]);
    return IpAddress::v6FromBytes(bytes);
}

void appendDecimal(std::string& out, unsigned value)
{
    char buffer[4];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendHexWord(std::string& out, unsigned word)
{
    static constexpr char kHex[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned digit = (word >> shift) & 0xf;
        if (digit != 0 || started || shift == 0) {
            out.push_back(kHex[digit]);
            started = true;
        }
    }
}

} // namespace

IpAddress IpAddress::v4(std::uint32_t hostOrderValue)
{
    IpAddress address;
    address.m_family = Family::V4;
    address.m_octets[0] = static_cast<std::uint8_t>(hostOrderValue >> 24);
    address.m_octets[1] = static_cast<std::uint8_t>(hostOrderValue >> 16);
    address.m_octets[2] = static_cast<std::uint8_t>(hostOrderValue >> 8);
    address.m_octets[3] = static_cast<std::uint8_t>(hostOrderValue);
    return address;
}

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    if (text.find(':') != std::string_view::npos)
        return parseV6(text);
    auto quad = parseDottedQuad(text);
    if (!quad)
        return std::nullopt;
    return v4(static_cast<std::uint32_t>((*quad)[0]) << 24 | static_cast<std::uint32_t>((*quad)[1]) << 16
              | static_cast<std::uint32_t>((*quad)[2]) << 8 | (*quad)[3]);
}

std::uint32_t IpAddress::v4Value() const
{
    return static_cast<std::uint32_t>(m_octets[0]) << 24 | static_cast<std::uint32_t>(m_octets[1]) << 16
        | static_cast<std::uint32_t>(m_octets[2]) << 8 | m_octets[3];
}

bool IpAddress::isMulticast() const
{
    if (isV4())
        return (m_octets[0] & 0xf0) == 0xe0;
    return isV6() && m_octets[0] == 0xff;
}

bool IpAddress::isBroadcast() const
{
    return isV4() && v4Value() == 0xffffffffu;
}

bool IpAddress::isUnspecified() const
{
    if (!isValid())
        return false;
    const std::size_t size = isV4() ? 4 : 16;
    for (std::size_t i = 0; i < size; ++i)
        if (m_octets[i] != 0)
            return false;
    return true;
}

bool IpAddress::isLinkLocal() const
{
    if (isV4())
        return m_octets[0] == 169 && m_octets[1] == 254;
    return isV6() && m_octets[0] == 0xfe && (m_octets[1] & 0xc0) == 0x80;
}

bool IpAddress::isPrivate() const
{
    if (isV4()) {
        const auto a = m_octets[0];
        const auto b = m_octets[1];
        return a == 10 || a == 127 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)
            || (a == 100 && (b & 0xc0) == 64);
    }
    if (!isV6())
        return false;
    if ((m_octets[0] & 0xfe) == 0xfc)
        return true;
    for (std::size_t i = 0; i < 15; ++i)
        if (m_octets[i] != 0)
            return false;
    return m_octets[15] == 1; // ::1 loopback
}

bool IpAddress::isGlobalUnicast() const
{
    if (!isValid() || isMulticast() || isBroadcast() || isUnspecified() || isLinkLocal() || isPrivate())
        return false;
    if (isV4())
        return m_octets[0] != 0 && m_octets[0] < 224;
    return (m_octets[0] & 0xe0) == 0x20; // 2000::/3
}

std::string IpAddress::toString() const
{
    std::string out;
    if (isV4()) {
        out.reserve(15);
        for (std::size_t i = 0; i < 4; ++i) {
            if (i)
                out.push_back('.');
            appendDecimal(out, m_octets[i]);
        }
        return out;
    }
    if (!isV6())
        return out;
    out.reserve(39);
    std::array<unsigned, 8> words{};
    for (std::size_t i = 0; i < 8; ++i)
        words[i] = static_cast<unsigned>(m_octets[i * 2]) << 8 | m_octets[i * 2 + 1];

    const bool mapped = words[0] == 0 && words[1] == 0 && words[2] == 0 && words[3] == 0 && words[4] == 0
        && words[5] == 0xffff;
    const std::size_t hexWords = mapped ? 6 : 8;

    // RFC 5952 4.2: compress the longest run of two or more zero groups, the first one on a tie.
    std::size_t bestStart = 0;
    std::size_t bestLength = 0;
    for (std::size_t i = 0; i < hexWords;) {
        if (words[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < hexWords && words[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2)
        bestLength = 0;

    for (std::size_t i = 0; i < hexWords; ++i) {
        if (bestLength && i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out.push_back(':');
        appendHexWord(out, words[i]);
    }
    if (mapped) {
        if (out.back() != ':')
            out.push_back(':');
        for (std::size_t i = 12; i < 16; ++i) {
            if (i > 12)
                out.push_back('.');
            appendDecimal(out, m_octets[i]);
        }
    }
    return out;
}

} // namespace mieruka::net
