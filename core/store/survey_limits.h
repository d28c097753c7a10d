// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace mieruka::store {

/// How large a survey's tables may grow. A scan or a flood of forged addresses must not turn
/// the ledger into millions of rows that no view, detector or report can load: past a limit,
/// new addresses and conversations are refused (the ones seen first — the plant — stay), their
/// frames still count in the capture totals, and the survey says it was truncated.
struct SurveyLimits {
    std::size_t maxAddresses = 100'000;      ///< endpoint rows: IP and MAC addresses together
    std::size_t maxConversations = 500'000;  ///< conversation rows
};

/// What a survey refused or closed early because of its limits; all zero when nothing was.
struct TruncationInfo {
    std::uint64_t maxAddresses = 0;        ///< the limits in force when the first row was refused
    std::uint64_t maxConversations = 0;
    std::uint64_t addressesRefused = 0;    ///< address rows refused, counted once per commit chunk
    std::uint64_t conversationsRefused = 0;
    std::uint64_t packetsUnlisted = 0;     ///< frames in the capture totals but in no listed conversation
    std::uint64_t flowsEvicted = 0;        ///< flows closed early because the flow table was full
    bool truncated() const { return addressesRefused > 0 || conversationsRefused > 0; }
    bool any() const { return truncated() || flowsEvicted > 0; }
};

} // namespace mieruka::store
