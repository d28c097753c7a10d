// SPDX-License-Identifier: GPL-3.0-or-later
#include "minute_coverage.h"

#include <algorithm>

namespace mieruka::detect {

namespace {

// Floor division: capture times before 1970 are hostile input, not a reason to misbucket.
std::int64_t floorDiv(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

// A capture spanning years (a broken clock) must not make the minute list unbounded.
constexpr std::int64_t kMaxMinutes = 60LL * 24 * 400;

} // namespace

MinuteCoverage::MinuteCoverage(const std::vector<CoveredSpan>& spans)
{
    for (const auto& span : spans) {
        if (span.endNs <= span.startNs)
            continue;
        const std::int64_t first = floorDiv(span.startNs, kMinuteNs) + 1; // skip the partial first minute
        const std::int64_t end = floorDiv(span.endNs, kMinuteNs);         // and the partial last one
        for (std::int64_t minute = first; minute < end && minute - first < kMaxMinutes; ++minute)
            m_minutes.push_back(minute);
    }
    std::sort(m_minutes.begin(), m_minutes.end());
    m_minutes.erase(std::unique(m_minutes.begin(), m_minutes.end()), m_minutes.end());
}

bool MinuteCoverage::whole(std::int64_t minute) const
{
    return std::binary_search(m_minutes.begin(), m_minutes.end(), minute);
}

std::int64_t MinuteCoverage::wholeBetween(std::int64_t afterMinute, std::int64_t beforeMinute) const
{
    if (beforeMinute <= afterMinute + 1)
        return 0;
    const auto from = std::upper_bound(m_minutes.begin(), m_minutes.end(), afterMinute);
    const auto to = std::lower_bound(m_minutes.begin(), m_minutes.end(), beforeMinute);
    return to > from ? to - from : 0;
}

} // namespace mieruka::detect
