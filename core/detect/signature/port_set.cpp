// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/port_set.h"
#include "core/detect/signature/text_join.h"

#include "core/detect/signature/set_expression.h"

#include <charconv>

namespace mieruka::detect {

namespace {

std::optional<std::uint16_t> parsePort(std::string_view text)
{
    text = set_expression::trim(text);
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

// "80", "1024:", ":1023", "1000:2000"
std::optional<PortSet> parseRange(std::string_view text, std::string& error)
{
    const std::size_t colon = text.find(':');
    std::optional<std::uint16_t> first, last;
    if (colon == std::string_view::npos) {
        first = last = parsePort(text);
    } else {
        const std::string_view low = set_expression::trim(text.substr(0, colon));
        const std::string_view high = set_expression::trim(text.substr(colon + 1));
        first = low.empty() ? std::optional<std::uint16_t>(0) : parsePort(low);
        last = high.empty() ? std::optional<std::uint16_t>(65535) : parsePort(high);
        if (low.empty() && high.empty())
            first.reset();
    }
    if (!first || !last) {
        error = joinText({"bad port '", text, "'"});
        return std::nullopt;
    }
    if (*first > *last) {
        error = joinText({"port range '", text, "' runs backwards"});
        return std::nullopt;
    }
    return PortSet::range(*first, *last);
}

} // namespace

PortSet PortSet::all()
{
    PortSet set;
    set.m_ports = IntervalSet<std::uint16_t>::all();
    return set;
}

PortSet PortSet::range(std::uint16_t first, std::uint16_t last)
{
    PortSet set;
    set.m_ports.add(first, last);
    return set;
}

PortSet PortSet::complement() const
{
    PortSet set;
    set.m_ports = m_ports.complement();
    return set;
}

std::size_t PortSet::size() const
{
    std::size_t count = 0;
    for (const auto& [first, last] : m_ports.intervals())
        count += static_cast<std::size_t>(last - first) + 1;
    return count;
}

std::optional<PortSet> PortSet::parse(std::string_view text, const RuleVariables& variables, std::string& error)
{
    return set_expression::parse<PortSet>(text, variables, &parseRange, error);
}

} // namespace mieruka::detect
