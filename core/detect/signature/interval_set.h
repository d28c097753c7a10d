// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace mieruka::detect {

/// Successor, predecessor and bounds of an ordered value type; plain unsigned integers here,
/// specialised for wider keys (IPv6 addresses).
template <typename T>
struct IntervalTraits {
    static constexpr T min() { return std::numeric_limits<T>::min(); }
    static constexpr T max() { return std::numeric_limits<T>::max(); }
    static constexpr T next(T value) { return static_cast<T>(value + 1); }
    static constexpr T previous(T value) { return static_cast<T>(value - 1); }
};

/// A set of values kept as sorted, disjoint, non-adjacent closed intervals. Lists, negation and
/// nested groups in rule headers reduce to unions and complements of these, so matching is a
/// binary search whatever the header looked like.
template <typename T, typename Traits = IntervalTraits<T>>
class IntervalSet {
public:
    using Interval = std::pair<T, T>; ///< first <= second, both included

    static IntervalSet all()
    {
        IntervalSet set;
        set.m_intervals.push_back({Traits::min(), Traits::max()});
        return set;
    }

    void add(T first, T last)
    {
        m_intervals.push_back({std::min(first, last), std::max(first, last)});
        normalize();
    }

    void add(const IntervalSet& other)
    {
        m_intervals.insert(m_intervals.end(), other.m_intervals.begin(), other.m_intervals.end());
        normalize();
    }

    IntervalSet complement() const
    {
        IntervalSet result;
        T cursor = Traits::min();
        bool open = true; // whether `cursor` still lies inside the domain
        for (const auto& [first, last] : m_intervals) {
            if (open && cursor < first)
                result.m_intervals.push_back({cursor, Traits::previous(first)});
            if (last == Traits::max()) {
                open = false;
                break;
            }
            cursor = Traits::next(last);
        }
        if (open)
            result.m_intervals.push_back({cursor, Traits::max()});
        return result;
    }

    bool contains(T value) const
    {
        // Most headers hold one or two intervals: a scan beats the binary search there.
        if (m_intervals.size() <= 4) {
            for (const auto& [first, last] : m_intervals)
                if (value >= first && value <= last)
                    return true;
            return false;
        }
        auto it = std::upper_bound(m_intervals.begin(), m_intervals.end(), value,
                                   [](T v, const Interval& interval) { return v < interval.first; });
        return it != m_intervals.begin() && value <= std::prev(it)->second;
    }

    bool empty() const { return m_intervals.empty(); }
    bool isAll() const
    {
        return m_intervals.size() == 1 && m_intervals.front().first == Traits::min()
            && m_intervals.front().second == Traits::max();
    }
    const std::vector<Interval>& intervals() const { return m_intervals; }

private:
    void normalize()
    {
        std::sort(m_intervals.begin(), m_intervals.end());
        std::vector<Interval> merged;
        merged.reserve(m_intervals.size());
        for (const auto& interval : m_intervals) {
            if (!merged.empty()) {
                auto& last = merged.back();
                const bool touches = last.second == Traits::max() || interval.first <= Traits::next(last.second);
                if (touches) {
                    last.second = std::max(last.second, interval.second);
                    continue;
                }
            }
            merged.push_back(interval);
        }
        m_intervals = std::move(merged);
    }

    std::vector<Interval> m_intervals;
};

} // namespace mieruka::detect
