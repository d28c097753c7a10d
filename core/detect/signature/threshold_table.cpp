// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/threshold_table.h"

namespace mieruka::detect {

ThresholdTable::ThresholdTable(std::size_t capacity) : m_capacity(capacity < 1 ? 1 : capacity) {}

std::size_t ThresholdTable::slotOf(const Key& key) const
{
    const std::uint64_t rule = static_cast<std::uint64_t>(key.rule) << 8 | key.kind;
    std::uint64_t hash = key.address.hash() ^ rule * 0x9e3779b97f4a7c15ULL;
    hash ^= hash >> 31;
    return static_cast<std::size_t>(hash % m_index.size());
}

std::uint32_t ThresholdTable::find(const Key& key) const
{
    for (std::size_t slot = slotOf(key);; slot = (slot + 1) % m_index.size()) {
        const std::uint32_t entry = m_index[slot];
        if (entry == kEmpty)
            return kEmpty;
        if (m_entries[entry].key == key)
            return entry;
    }
}

void ThresholdTable::eraseIndex(const Key& key)
{
    std::size_t slot = slotOf(key);
    while (m_index[slot] != kEmpty && !(m_entries[m_index[slot]].key == key))
        slot = (slot + 1) % m_index.size();
    if (m_index[slot] == kEmpty)
        return;
    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    std::size_t hole = slot;
    for (std::size_t next = (hole + 1) % m_index.size(); m_index[next] != kEmpty; next = (next + 1) % m_index.size()) {
        const std::size_t home = slotOf(m_entries[m_index[next]].key);
        const bool movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
        if (movable) {
            m_index[hole] = m_index[next];
            hole = next;
        }
    }
    m_index[hole] = kEmpty;
}

std::uint32_t ThresholdTable::insert(const Key& key)
{
    std::uint32_t entry;
    if (m_size < m_capacity) {
        entry = static_cast<std::uint32_t>(m_size++);
    } else {
        entry = static_cast<std::uint32_t>(m_oldest);
        m_oldest = (m_oldest + 1) % m_capacity;
        eraseIndex(m_entries[entry].key);
        ++m_evictions;
    }
    m_entries[entry] = Entry{key, 0, 0};
    std::size_t slot = slotOf(key);
    while (m_index[slot] != kEmpty)
        slot = (slot + 1) % m_index.size();
    m_index[slot] = entry;
    return entry;
}

bool ThresholdTable::allow(std::uint32_t ruleIndex, const RateLimit& limit, const net::IpAddress& tracked,
                           std::int64_t timestampNs)
{
    if (m_entries.empty()) {
        m_entries.resize(m_capacity);
        m_index.assign(m_capacity * 2, kEmpty);
    }
    const Key key{ruleIndex, static_cast<std::uint8_t>(limit.kind),
                  limit.track == RateLimit::Track::ByRule ? net::IpAddress() : tracked};
    std::uint32_t index = find(key);
    if (index == kEmpty) {
        index = insert(key);
        m_entries[index].windowStartNs = timestampNs;
    }
    Entry& entry = m_entries[index];
    const std::int64_t windowNs = static_cast<std::int64_t>(limit.seconds) * 1'000'000'000LL;
    // A new window starts at the first match after the previous one ran out (or went backwards:
    // merged captures may step back in time).
    if (timestampNs - entry.windowStartNs >= windowNs || timestampNs < entry.windowStartNs) {
        entry.windowStartNs = timestampNs;
        entry.count = 0;
    }
    if (entry.count < 0xffffffffU)
        ++entry.count;
    switch (limit.kind) {
    case RateLimit::Kind::Limit: return entry.count <= limit.count;
    case RateLimit::Kind::Threshold:
        if (entry.count >= limit.count) {
            entry.count = 0; // every count-th match alerts; the window goes on
            return true;
        }
        return false;
    case RateLimit::Kind::Both: return entry.count == limit.count;
    case RateLimit::Kind::DetectionFilter: return entry.count > limit.count;
    }
    return false;
}

} // namespace mieruka::detect
