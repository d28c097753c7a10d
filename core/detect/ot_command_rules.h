// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_type.h"

#include "core/analysis/analysis_records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::detect {

/// The editable table that decides which industrial operations are alerts
/// (resources/detect/ot_command_rules.tsv documents the columns). First match wins.
class OtCommandRules {
public:
    struct Rule {
        bool allow = false;
        std::string src, dst;      ///< "*", IP, CIDR or MAC
        std::string protocol;      ///< "*" or a protocol label
        std::string operationClass;
        std::string operation;     ///< "*", a name (case-insensitive) or a code
        bool onlyNew = false;      ///< "new": only when not seen in the learning period
        Severity severity = Severity::Medium;
        std::size_t line = 0;      ///< n-th rule row of the table (comments not counted)
    };
    struct Problem {
        std::size_t line = 0;
        std::string reason;
    };

    /// Parses a table; rows it cannot read are reported, the rest still apply.
    static OtCommandRules parse(std::string_view tsv);
    static OtCommandRules bundled();

    /// The first rule matching this operation, or nullptr (no alert).
    const Rule* match(const analysis::OperationRecord& operation) const;

    const std::vector<Rule>& rules() const { return m_rules; }
    const std::vector<Problem>& problems() const { return m_problems; }

private:
    std::vector<Rule> m_rules;
    std::vector<Problem> m_problems;
};

/// "*", an exact IP or MAC, or an IPv4/IPv6 CIDR block, matched against a host's IP and MAC.
bool addressPatternMatches(std::string_view pattern, std::string_view ip, std::string_view mac);

} // namespace mieruka::detect
