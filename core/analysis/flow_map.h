// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow_key.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace mieruka::analysis {

/// The flow table's index: open addressing with linear probing over a power-of-two slot
/// array, entries kept dense in insertion order. One frame costs a mask instead of a division
/// and usually one cache line for the slot plus one for the entry (std::unordered_map chases
/// a node per bucket). Pointers to values stay valid only until the next insertion.
template <typename Value>
class FlowMap {
public:
    struct Entry {
        FlowKey key;
        std::size_t hash;
        Value value;
    };

    /// The value for `key`, default-constructed and inserted when absent; second = inserted.
    std::pair<Value*, bool> findOrInsert(const FlowKey& key)
    {
        const std::size_t hash = key.hash();
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            rebuild(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const std::uint32_t index = m_slots[slot];
            if (index == 0) {
                m_entries.push_back(Entry{key, hash, Value{}});
                m_slots[slot] = static_cast<std::uint32_t>(m_entries.size());
                return {&m_entries.back().value, true};
            }
            Entry& entry = m_entries[index - 1];
            if (entry.hash == hash && entry.key == key)
                return {&entry.value, false};
        }
    }

    std::size_t size() const { return m_entries.size(); }
    std::vector<Entry>& entries() { return m_entries; }

    /// Removes every entry for which `drop(entry)` is true; O(size), meant for periodic sweeps.
    template <typename Predicate>
    void eraseIf(Predicate drop)
    {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (drop(m_entries[i]))
                continue;
            if (kept != i)
                m_entries[kept] = std::move(m_entries[i]);
            ++kept;
        }
        if (kept == m_entries.size())
            return;
        m_entries.resize(kept);
        rebuild(m_slots.size());
    }

private:
    void rebuild(std::size_t slotCount)
    {
        m_slots.assign(slotCount, 0);
        const std::size_t mask = slotCount - 1;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            std::size_t slot = m_entries[i].hash & mask;
            while (m_slots[slot] != 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = static_cast<std::uint32_t>(i + 1);
        }
    }

    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_slots; ///< entry index + 1; 0 = empty
};

} // namespace mieruka::analysis
