// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

#include "report_page_painter.h"
#include "report_text.h"

#include <QPainter>

#include <utility>

namespace mieruka::render {

namespace {
constexpr double kPad = 2.5;
} // namespace

ReportTable::ReportTable(QList<Column> columns) : m_columns(std::move(columns)) {}

void ReportTable::addRow(const QStringList& cells)
{
    QStringList safe;
    safe.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        safe << ReportText::plain(i < cells.size() ? cells.at(i) : QString());
    m_rows << safe;
}

double ReportTable::rowHeight(ReportPagePainter& page, const QStringList& cells, bool header) const
{
    double total = 0;
    for (const Column& column : m_columns)
        total += column.weight;
    const QFont font = page.font(header ? ReportPagePainter::Style::Bold : ReportPagePainter::Style::Small);
    double height = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const double w = page.width() * m_columns.at(i).weight / total - 2 * kPad;
        height = std::max(height, ReportPagePainter::measure(font, cells.at(i), w));
    }
    return height + 2 * kPad;
}

void ReportTable::drawRow(ReportPagePainter& page, const QStringList& cells, bool header, bool shaded) const
{
    const double height = rowHeight(page, cells, header);
    QPainter& painter = page.painter();
    double total = 0;
    for (const Column& column : m_columns)
        total += column.weight;
    const QRectF row(page.left(), page.y(), page.width(), height);
    if (header)
        painter.fillRect(row, QColor(0xdd, 0xe5, 0xee));
    else if (shaded)
        painter.fillRect(row, QColor(0xf5, 0xf7, 0xfa));
    painter.setFont(page.font(header ? ReportPagePainter::Style::Bold : ReportPagePainter::Style::Small));
    painter.setPen(Qt::black);
    double x = page.left();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const double w = page.width() * m_columns.at(i).weight / total;
        const Qt::Alignment align = m_columns.at(i).numeric && !header ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(QRectF(x + kPad, page.y() + kPad, w - 2 * kPad, height - 2 * kPad), cells.at(i),
                         ReportPagePainter::textOption(align));
        x += w;
    }
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.4));
    painter.drawLine(row.bottomLeft(), row.bottomRight());
    painter.setPen(Qt::black);
    page.advance(height);
}

void ReportTable::draw(ReportPagePainter& page) const
{
    QStringList header;
    for (const Column& column : m_columns)
        header << column.title;
    const double headerHeight = rowHeight(page, header, true);
    page.ensure(headerHeight + (m_rows.isEmpty() ? 0 : rowHeight(page, m_rows.first(), false)));
    if (page.failed())
        return;
    drawRow(page, header, true, false);
    for (qsizetype r = 0; r < m_rows.size() && !page.failed(); ++r) {
        const double height = rowHeight(page, m_rows.at(r), false);
        if (page.y() + height > page.bottom()) {
            page.newPage();
            if (page.failed())
                return;
            drawRow(page, header, true, false); // the reader of page 7 still knows what the columns are
        }
        drawRow(page, m_rows.at(r), false, r % 2 == 1);
    }
    page.advance(8);
}

} // namespace mieruka::render
