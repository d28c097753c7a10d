// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mieruka::render {

class ReportPagePainter;

/// A table that flows over pages and repeats its header row on each. Every cell is passed
/// through ReportText::plain (control characters, bidi overrides, 200-character cap), so
/// callers may hand in survey strings as they are.
class ReportTable {
public:
    struct Column {
        QString title;
        double weight = 1;        ///< share of the width, relative to the other columns
        bool numeric = false;     ///< right-aligned
    };

    explicit ReportTable(QList<Column> columns);

    void addRow(const QStringList& cells);
    qsizetype rowCount() const { return m_rows.size(); }

    /// Draws at the painter's cursor and moves it below the table.
    void draw(ReportPagePainter& page) const;

private:
    void drawRow(ReportPagePainter& page, const QStringList& cells, bool header, bool shaded) const;
    double rowHeight(ReportPagePainter& page, const QStringList& cells, bool header) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace mieruka::render
