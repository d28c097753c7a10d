// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/address_set.h"
#include "core/detect/signature/text_join.h"

#include "core/detect/signature/set_expression.h"

#include <charconv>

namespace mieruka::detect {

namespace {

Ipv6Key keyOf(const net::IpAddress& address)
{
    Ipv6Key key;
    const auto& octets = address.octets();
    for (int i = 0; i < 8; ++i) {
        key.high = (key.high << 8) | octets[static_cast<std::size_t>(i)];
        key.low = (key.low << 8) | octets[static_cast<std::size_t>(i + 8)];
    }
    return key;
}

std::optional<int> parsePrefixLength(std::string_view text, int maximum)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0 || value > maximum)
        return std::nullopt;
    return value;
}

// A dotted netmask must be contiguous ones; it is turned into a prefix length.
std::optional<int> prefixOfNetmask(const net::IpAddress& mask)
{
    const std::uint32_t value = mask.v4Value();
    const std::uint32_t inverted = ~value;
    if ((inverted & (inverted + 1)) != 0)
        return std::nullopt;
    int length = 0;
    for (std::uint32_t bit = 0x80000000U; bit != 0 && (value & bit); bit >>= 1)
        ++length;
    return length;
}

std::optional<AddressSet> parseBlock(std::string_view text, std::string& error)
{
    const std::size_t slash = text.find('/');
    const auto address = net::IpAddress::parse(set_expression::trim(text.substr(0, slash)));
    if (!address) {
        error = joinText({"bad address '", text, "'"});
        return std::nullopt;
    }
    const int maximum = address->isV4() ? 32 : 128;
    int prefix = maximum;
    if (slash != std::string_view::npos) {
        const std::string_view suffix = set_expression::trim(text.substr(slash + 1));
        std::optional<int> parsed;
        if (address->isV4() && suffix.find('.') != std::string_view::npos) {
            const auto mask = net::IpAddress::parse(suffix);
            if (mask && mask->isV4())
                parsed = prefixOfNetmask(*mask);
        } else {
            parsed = parsePrefixLength(suffix, maximum);
        }
        if (!parsed) {
            error = joinText({"bad prefix length in '", text, "'"});
            return std::nullopt;
        }
        prefix = *parsed;
    }
    return address->isV4() ? AddressSet::v4Block(address->v4Value(), prefix)
                           : AddressSet::v6Block(keyOf(*address), prefix);
}

} // namespace

AddressSet AddressSet::all()
{
    AddressSet set;
    set.m_v4 = IntervalSet<std::uint32_t>::all();
    set.m_v6 = IntervalSet<Ipv6Key, Ipv6KeyTraits>::all();
    set.m_any = true;
    return set;
}

AddressSet AddressSet::v4Block(std::uint32_t network, int prefixLength)
{
    // Host bits set in the text ("10.1.2.3/8") are cleared, as other engines do.
    const std::uint32_t hostMask = prefixLength >= 32 ? 0 : (0xffffffffU >> prefixLength);
    AddressSet set;
    set.m_v4.add(network & ~hostMask, network | hostMask);
    set.refreshAny();
    return set;
}

AddressSet AddressSet::v6Block(Ipv6Key network, int prefixLength)
{
    Ipv6Key hostMask;
    if (prefixLength < 64) {
        hostMask.high = prefixLength == 0 ? ~0ULL : (~0ULL >> prefixLength);
        hostMask.low = ~0ULL;
    } else if (prefixLength < 128) {
        hostMask.low = prefixLength == 64 ? ~0ULL : (~0ULL >> (prefixLength - 64));
    }
    AddressSet set;
    set.m_v6.add({network.high & ~hostMask.high, network.low & ~hostMask.low},
                 {network.high | hostMask.high, network.low | hostMask.low});
    set.refreshAny();
    return set;
}

bool AddressSet::contains(const net::IpAddress& address) const
{
    if (m_any)
        return address.isValid();
    if (address.isV4())
        return m_v4.contains(address.v4Value());
    if (address.isV6())
        return m_v6.contains(keyOf(address));
    return false;
}

void AddressSet::add(const AddressSet& other)
{
    m_v4.add(other.m_v4);
    m_v6.add(other.m_v6);
    refreshAny();
}

AddressSet AddressSet::complement() const
{
    AddressSet set;
    set.m_v4 = m_v4.complement();
    set.m_v6 = m_v6.complement();
    set.refreshAny();
    return set;
}

std::optional<AddressSet> AddressSet::parse(std::string_view text, const RuleVariables& variables, std::string& error)
{
    return set_expression::parse<AddressSet>(text, variables, &parseBlock, error);
}

} // namespace mieruka::detect
