// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <vector>

namespace mieruka::gui {

/// The colours of one matrix page: which category gets which colour, most frequent first.
/// Colours come from a fixed palette indexed by a stable hash of the category id, so the
/// same vendor keeps its colour across subnets, runs and machines (qHash is seeded per process).
class MatrixLegend {
public:
    struct Entry {
        QString key;    ///< stable id the colour is derived from ("windows", a vendor name, …)
        QString label;  ///< words shown to people (translated; packet text kept plain)
        QColor colour;
        int count = 0;  ///< cells of this category on the page
    };
    /// Beyond this many categories the rest share one "other" entry.
    static constexpr int kMaxEntries = 10;

    /// Counts one cell of a category. `key` empty: unknown, drawn in a neutral grey.
    void add(const QString& key, const QString& label);
    /// Orders the entries and gives them their colours; call after the last add().
    void finish(const QString& otherLabel);
    /// Categories whose colour is fixed rather than hashed (the alert severities).
    void setFixedColour(const QString& key, const QColor& colour);

    const std::vector<Entry>& entries() const { return m_entries; }
    /// The colour a cell of this category is drawn in (the "other" colour when folded away).
    QColor colourFor(const QString& key) const;

    static QColor unknownColour();
    static QColor otherColour();
    /// FNV-1a over the UTF-8 bytes: the same on every run, unlike qHash.
    static quint32 stableHash(const QString& key);

private:
    std::vector<Entry> m_entries;
    std::vector<std::pair<QString, QColor>> m_fixed;
    bool m_folded = false;
};

} // namespace mieruka::gui
