// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/rule_variables.h"
#include "core/detect/signature/signature_rule.h"

#include <memory>
#include <string>
#include <string_view>

namespace mieruka::detect {

/// Turns the text of one rule into a SignatureRule, or into one sentence saying why not: a
/// keyword, protocol or action outside the supported subset (named), or malformed text. Never
/// throws on rule text. The supported subset is documented in resources/rules/README.md.
class RuleParser {
public:
    explicit RuleParser(const RuleVariables& variables) : m_variables(variables) {}

    struct Result {
        std::unique_ptr<SignatureRule> rule; ///< null when the rule was refused
        std::string error;                   ///< why, when refused
    };
    Result parse(std::string_view text) const;

private:
    bool parseHeader(const std::vector<std::string>& words, SignatureRule& rule, std::string& error) const;

    const RuleVariables& m_variables;
};

} // namespace mieruka::detect
