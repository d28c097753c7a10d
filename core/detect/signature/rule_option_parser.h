// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/rule_lexer.h"
#include "core/detect/signature/signature_rule.h"

#include <string>
#include <string_view>

namespace mieruka::detect {

/// Applies a rule's options, in order, to a SignatureRule whose header is already parsed.
/// Content modifiers (nocase, offset, depth, distance, within, fast_pattern) attach to the
/// latest content. Any keyword outside the supported subset refuses the whole rule, naming it.
class RuleOptionParser {
public:
    explicit RuleOptionParser(SignatureRule& rule) : m_rule(rule) {}

    bool apply(const rule_lexer::Option& option, std::string& error);
    /// Checks what needs the whole rule (a sid) and derives the prefilter choice.
    bool finish(std::string& error);

    static constexpr std::size_t kMaxContentBytes = 1024;
    static constexpr std::size_t kMaxPcreLength = 4096;

private:
    bool content(std::string_view value, std::string& error);
    bool pcre(std::string_view value, std::string& error);
    bool modifier(const rule_lexer::Option& option, std::string& error);
    bool flow(std::string_view value, std::string& error);
    bool dsize(std::string_view value, std::string& error);
    bool rateLimit(std::string_view value, bool detectionFilter, std::string& error);
    ContentMatch* lastContent();

    SignatureRule& m_rule;
    bool m_hasSid = false;
};

} // namespace mieruka::detect
