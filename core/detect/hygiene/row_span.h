// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>

namespace mieruka::detect::hygiene {

/// The rows behind an alert: how many, and the time they cover (first/last of all of them).
struct RowSpan {
    std::uint64_t rows = 0;
    std::int64_t firstNs = 0, lastNs = 0;

    void add(std::int64_t first, std::int64_t last)
    {
        firstNs = rows == 0 ? first : std::min(firstNs, first);
        lastNs = rows == 0 ? last : std::max(lastNs, last);
        ++rows;
    }
    void add(const RowSpan& other)
    {
        if (other.rows == 0)
            return;
        const std::uint64_t before = rows;
        add(other.firstNs, other.lastNs);
        rows = before + other.rows;
    }
};

} // namespace mieruka::detect::hygiene
