// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/signature_rule.h"

#include <cstdint>
#include <span>

namespace mieruka::detect {

/// Runs a rule's contents and pcres over one payload in the order written. A relative item is
/// placed after the end of the previous positive match; when it fails, later occurrences of the
/// earlier items are tried (backtracking), as Suricata does. A negated item passes the previous
/// match end through unchanged. Backtracking is capped per call (kStepBudget), so a payload of
/// repeated bytes against a chain of short contents costs a bounded amount: the rule then does
/// not match. Allocates nothing.
class PayloadMatcher {
public:
    static bool matches(const SignatureRule& rule, std::span<const std::uint8_t> payload);

    static constexpr int kStepBudget = 4096;
};

} // namespace mieruka::detect
