// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/interval_set.h"
#include "core/detect/signature/rule_variables.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// The ports of a rule header: any, 502, 1024:, :1023, 1000:2000, [list], !negation, $VARS,
/// nested freely. Kept as disjoint ranges, so matching a port is a short scan.
class PortSet {
public:
    /// Parses header text; nullopt with `error` set when it is malformed or matches no port.
    static std::optional<PortSet> parse(std::string_view text, const RuleVariables& variables, std::string& error);

    static PortSet all();
    static PortSet range(std::uint16_t first, std::uint16_t last);
    bool contains(std::uint16_t port) const { return m_ports.contains(port); }
    bool isAny() const { return m_ports.isAll(); }
    /// How many ports the set holds (65536 for any).
    std::size_t size() const;
    const IntervalSet<std::uint16_t>& ranges() const { return m_ports; }

    // The set algebra the header grammar needs (set_expression.h).
    void add(const PortSet& other) { m_ports.add(other.m_ports); }
    PortSet complement() const;
    bool empty() const { return m_ports.empty(); }

private:
    IntervalSet<std::uint16_t> m_ports;
};

} // namespace mieruka::detect
