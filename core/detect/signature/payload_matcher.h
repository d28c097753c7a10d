// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/signature_rule.h"

#include <cstdint>
#include <span>

namespace mieruka::detect {

/// Runs a rule's contents and pcres over one payload in the order written. A relative item is
/// placed after the end of the previous positive match; when it fails, later occurrences of the
/// earlier contents are tried (backtracking), as Suricata does; a pcre offers its first match
/// only. A negated item passes the previous match end through unchanged. Backtracking is capped per call (kStepBudget), so a payload of
/// repeated bytes against a chain of short contents costs a bounded amount: the rule then does
/// not match. Allocates nothing.
class PayloadMatcher {
public:
    static bool matches(const SignatureRule& rule, std::span<const std::uint8_t> payload);
    /// The contents pinned to one offset, compared in place: a necessary condition of matches()
    /// that costs a few compares, so it can reject most frames before anything else is looked at.
    static bool fixedContentsMatch(const SignatureRule& rule, std::span<const std::uint8_t> payload);

    static constexpr int kStepBudget = 4096;
};

} // namespace mieruka::detect
