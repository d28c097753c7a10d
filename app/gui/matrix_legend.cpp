// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix_legend.h"

#include <algorithm>
#include <array>

namespace mieruka::gui {

namespace {

// Tableau 20 without its greys: greys are kept for "unknown" and "other" so they never
// look like a real category.
constexpr std::array<QRgb, 18> kPalette = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x59a14f, 0xb07aa1, 0x9d7660, 0x499894, 0xb6992d, 0xd37295,
    0xa0cbe8, 0xffbe7d, 0xff9d9a, 0x8cd17d, 0xd4a6c8, 0xd7b5a6, 0x86bcb6, 0xf1ce63, 0xfabfd2,
};

const QString& otherKey()
{
    static const QString key = QStringLiteral("\x01other");
    return key;
}

} // namespace

void MatrixLegend::add(const QString& key, const QString& label)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.key == key; });
    if (it == m_entries.end())
        m_entries.push_back({key, label, {}, 1});
    else
        ++it->count;
}

void MatrixLegend::setFixedColour(const QString& key, const QColor& colour)
{
    m_fixed.emplace_back(key, colour);
}

void MatrixLegend::finish(const QString& otherLabel)
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    if (m_entries.size() > std::size_t(kMaxEntries)) {
        Entry other{otherKey(), otherLabel, otherColour(), 0};
        for (auto it = m_entries.begin() + kMaxEntries - 1; it != m_entries.end(); ++it)
            other.count += it->count;
        m_entries.resize(kMaxEntries - 1);
        m_entries.push_back(other);
        m_folded = true;
    }
    // Frequent categories choose first; a later one whose hashed slot is taken moves to the
    // next free slot, so no two legend rows share a colour.
    std::array<bool, kPalette.size()> used{};
    for (Entry& entry : m_entries) {
        if (entry.key == otherKey())
            continue;
        const auto fixed =
            std::find_if(m_fixed.begin(), m_fixed.end(), [&](const auto& f) { return f.first == entry.key; });
        if (fixed != m_fixed.end()) {
            entry.colour = fixed->second;
            continue;
        }
        if (entry.key.isEmpty()) {
            entry.colour = unknownColour();
            continue;
        }
        std::size_t slot = stableHash(entry.key) % kPalette.size();
        for (std::size_t tries = 0; tries < kPalette.size() && used[slot]; ++tries)
            slot = (slot + 1) % kPalette.size();
        used[slot] = true;
        entry.colour = QColor::fromRgb(kPalette[slot]);
    }
}

QColor MatrixLegend::colourFor(const QString& key) const
{
    for (const Entry& entry : m_entries) {
        if (entry.key == key)
            return entry.colour;
    }
    return m_folded ? otherColour() : unknownColour();
}

QColor MatrixLegend::unknownColour()
{
    return QColor::fromRgb(0xc8c8c8);
}

QColor MatrixLegend::otherColour()
{
    return QColor::fromRgb(0x8c8c8c);
}

quint32 MatrixLegend::stableHash(const QString& key)
{
    quint32 hash = 2166136261u;
    for (const char byte : key.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace mieruka::gui
