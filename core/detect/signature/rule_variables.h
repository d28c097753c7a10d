// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// The $NAME variables a rule header may use for addresses and ports, with Suricata-style
/// defaults (HOME_NET = the private and link-local ranges, EXTERNAL_NET = !$HOME_NET, the usual
/// server and port groups). Values are kept as text and parsed where a rule uses them, so a
/// variable defined in terms of another ($EXTERNAL_NET) follows when the other is overridden.
class RuleVariables {
public:
    RuleVariables();

    /// Defines or replaces `name` (with or without the leading '$').
    void set(std::string_view name, std::string_view value);
    /// The text of `name` (without '$'), or nullopt when it is not defined.
    std::optional<std::string_view> find(std::string_view name) const;

    /// Variables may refer to variables; deeper chains than this are treated as a loop.
    static constexpr int kMaxDepth = 8;

private:
    std::map<std::string, std::string, std::less<>> m_values;
};

} // namespace mieruka::detect
