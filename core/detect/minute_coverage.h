// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_input.h"

#include <cstdint>
#include <vector>

namespace mieruka::detect {

/// Which whole minutes the captures cover. The first and last minute of a file are partial
/// (a poll looks halved there) and the time between two files was not seen at all, so
/// neither may count as silence or as a volume drop.
class MinuteCoverage {
public:
    static constexpr std::int64_t kMinuteNs = 60'000'000'000LL;

    explicit MinuteCoverage(const std::vector<CoveredSpan>& spans);

    bool whole(std::int64_t minute) const;
    /// Whole minutes strictly between two minutes.
    std::int64_t wholeBetween(std::int64_t afterMinute, std::int64_t beforeMinute) const;
    /// Every whole minute, ascending.
    const std::vector<std::int64_t>& minutes() const { return m_minutes; }

private:
    std::vector<std::int64_t> m_minutes;
};

} // namespace mieruka::detect
