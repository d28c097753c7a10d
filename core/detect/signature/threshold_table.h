// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/signature_rule.h"
#include "core/net/ip_address.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mieruka::detect {

/// Counters behind threshold and detection_filter: one per (rule, kind, tracked address), each
/// counting matches in a window of `seconds` that starts at its first match. The table has a
/// fixed capacity, allocated on first use; when full, the entry created longest ago is evicted
/// (a hostile sender cycling addresses can reset counters, never grow memory). Not thread-safe.
class ThresholdTable {
public:
    explicit ThresholdTable(std::size_t capacity = 65536);

    /// Counts one match of rule `ruleIndex` and says whether it may alert under `limit`.
    bool allow(std::uint32_t ruleIndex, const RateLimit& limit, const net::IpAddress& tracked,
               std::int64_t timestampNs);

    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }
    std::uint64_t evictions() const { return m_evictions; }

private:
    struct Key {
        std::uint32_t rule = 0;
        std::uint8_t kind = 0;
        net::IpAddress address;
        bool operator==(const Key&) const = default;
    };
    struct Entry {
        Key key;
        std::int64_t windowStartNs = 0;
        std::uint32_t count = 0;
    };
    static constexpr std::uint32_t kEmpty = 0xffffffffU;

    std::size_t slotOf(const Key& key) const;
    std::uint32_t find(const Key& key) const;
    void eraseIndex(const Key& key);
    std::uint32_t insert(const Key& key);

    std::size_t m_capacity;
    std::vector<Entry> m_entries;   ///< ring in creation order once full
    std::vector<std::uint32_t> m_index; ///< open addressing, linear probing, 2 × capacity slots
    std::size_t m_size = 0;
    std::size_t m_oldest = 0;       ///< next entry to evict when full
    std::uint64_t m_evictions = 0;
};

} // namespace mieruka::detect
