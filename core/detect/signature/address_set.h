// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/interval_set.h"
#include "core/detect/signature/rule_variables.h"
#include "core/net/ip_address.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// A 128-bit IPv6 address as two ordered words, for interval arithmetic.
struct Ipv6Key {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    friend constexpr auto operator<=>(const Ipv6Key&, const Ipv6Key&) = default;
};

struct Ipv6KeyTraits {
    static constexpr Ipv6Key min() { return {0, 0}; }
    static constexpr Ipv6Key max() { return {~0ULL, ~0ULL}; }
    static constexpr Ipv6Key next(Ipv6Key key)
    {
        return key.low == ~0ULL ? Ipv6Key{key.high + 1, 0} : Ipv6Key{key.high, key.low + 1};
    }
    static constexpr Ipv6Key previous(Ipv6Key key)
    {
        return key.low == 0 ? Ipv6Key{key.high - 1, ~0ULL} : Ipv6Key{key.high, key.low - 1};
    }
};

/// The addresses of a rule header: any, 10.1.2.3, 10.0.0.0/8, 10.0.0.0/255.0.0.0, fe80::/10,
/// [lists], !negation, $VARS, nested freely. IPv4 and IPv6 are kept as separate interval sets.
class AddressSet {
public:
    /// Parses header text; nullopt with `error` set when it is malformed or matches nothing.
    static std::optional<AddressSet> parse(std::string_view text, const RuleVariables& variables, std::string& error);

    static AddressSet all();
    bool contains(const net::IpAddress& address) const;
    bool isAny() const { return m_any; }

    // The set algebra the header grammar needs (set_expression.h).
    void add(const AddressSet& other);
    AddressSet complement() const;
    bool empty() const { return m_v4.empty() && m_v6.empty(); }

    // Leaves: one CIDR block of either family.
    static AddressSet v4Block(std::uint32_t network, int prefixLength);
    static AddressSet v6Block(Ipv6Key network, int prefixLength);

private:
    void refreshAny() { m_any = m_v4.isAll() && m_v6.isAll(); }

    IntervalSet<std::uint32_t> m_v4;
    IntervalSet<Ipv6Key, Ipv6KeyTraits> m_v6;
    bool m_any = false;
};

} // namespace mieruka::detect
