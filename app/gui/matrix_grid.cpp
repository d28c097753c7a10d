// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix_grid.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace mieruka::gui {

namespace {

constexpr int kMargin = 8;
constexpr int kLabelBand = 20;   // row/column labels 0–F
constexpr int kLegendWidth = 230;
constexpr int kLegendRow = 20;
constexpr int kTitleHeight = 26;
constexpr int kMinCell = 12;
constexpr int kExportCell = 36;

QString hexDigit(int value)
{
    return QString::number(value, 16).toUpper();
}

/// Black or white, whichever reads better on the cell colour.
QColor textOn(const QColor& fill)
{
    return qGray(fill.rgb()) > 140 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

MatrixGrid::MatrixGrid(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Terminal matrix"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MatrixGrid::setCells(const std::array<Cell, 256>& cells, std::vector<MatrixLegend::Entry> legend)
{
    m_cells = cells;
    m_legend = std::move(legend);
    focusSelected();
    update();
}

void MatrixGrid::focusSelected()
{
    // Keyboard navigation continues from the selected host's cell.
    for (int octet = 0; octet < 256 && !m_selected.isEmpty(); ++octet) {
        if (m_cells[std::size_t(octet)].hostKey == m_selected) {
            m_focusOctet = octet;
            return;
        }
    }
}

void MatrixGrid::setSelectedHost(const QString& hostKey)
{
    if (hostKey == m_selected)
        return;
    m_selected = hostKey;
    focusSelected();
    update();
}

MatrixGrid::Geometry MatrixGrid::geometryFor(const QSize& size, bool withTitle)
{
    Geometry g;
    const int top = kMargin + (withTitle ? kTitleHeight : 0);
    if (withTitle)
        g.title = QRect(kMargin, kMargin, size.width() - 2 * kMargin, kTitleHeight);
    const int byWidth = (size.width() - 3 * kMargin - kLabelBand - kLegendWidth) / 16;
    const int byHeight = (size.height() - top - kMargin - kLabelBand) / 16;
    g.cell = std::max(kMinCell, std::min(byWidth, byHeight));
    g.origin = QPoint(kMargin + kLabelBand, top + kLabelBand);
    g.legend = QRect(g.origin.x() + 16 * g.cell + kMargin, g.origin.y(), kLegendWidth, 16 * g.cell);
    return g;
}

QRect MatrixGrid::cellRect(int octet) const
{
    const Geometry g = geometryFor(size(), false);
    return QRect(g.origin.x() + (octet % 16) * g.cell, g.origin.y() + (octet / 16) * g.cell, g.cell, g.cell);
}

int MatrixGrid::octetAt(const QPoint& pos) const
{
    const Geometry g = geometryFor(size(), false);
    const QPoint p = pos - g.origin;
    if (p.x() < 0 || p.y() < 0 || p.x() >= 16 * g.cell || p.y() >= 16 * g.cell)
        return -1;
    return (p.y() / g.cell) * 16 + p.x() / g.cell;
}

QImage MatrixGrid::toImage(const QString& title) const
{
    const QSize size(3 * kMargin + kLabelBand + 16 * kExportCell + kLegendWidth,
                     2 * kMargin + kTitleHeight + kLabelBand + 16 * kExportCell);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintOn(painter, size, title, Qt::black, Qt::white);
    return image;
}

QSize MatrixGrid::sizeHint() const
{
    return {3 * kMargin + kLabelBand + 16 * 30 + kLegendWidth, 2 * kMargin + kLabelBand + 16 * 30};
}

QSize MatrixGrid::minimumSizeHint() const
{
    return {3 * kMargin + kLabelBand + 16 * kMinCell + kLegendWidth, 2 * kMargin + kLabelBand + 16 * kMinCell};
}

void MatrixGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintOn(painter, size(), QString(), palette().color(QPalette::WindowText), palette().color(QPalette::Base));
}

void MatrixGrid::paintOn(QPainter& painter, const QSize& size, const QString& title, const QColor& ink,
                         const QColor& paper) const
{
    const Geometry g = geometryFor(size, !title.isEmpty());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(ink);
    if (!title.isEmpty()) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, g.title.width()));
        painter.setFont(QFont());
    }
    for (int i = 0; i < 16; ++i) {
        painter.drawText(QRect(g.origin.x() + i * g.cell, g.origin.y() - kLabelBand, g.cell, kLabelBand),
                         Qt::AlignCenter, hexDigit(i));
        painter.drawText(QRect(g.origin.x() - kLabelBand, g.origin.y() + i * g.cell, kLabelBand, g.cell),
                         Qt::AlignCenter, hexDigit(i));
    }
    painter.fillRect(QRect(g.origin, QSize(16 * g.cell, 16 * g.cell)), paper);
    int selectedOctet = -1;
    for (int octet = 0; octet < 256; ++octet) {
        const QRect rect(g.origin.x() + (octet % 16) * g.cell, g.origin.y() + (octet / 16) * g.cell, g.cell, g.cell);
        paintCell(painter, rect, octet, ink, paper);
        if (selectedOctet < 0 && !m_selected.isEmpty() && m_cells[std::size_t(octet)].hostKey == m_selected)
            selectedOctet = octet;
    }
    // The selection ring goes on last so neighbouring cells never paint over it; every
    // address of the selected host gets one.
    if (selectedOctet >= 0) {
        painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 3));
        painter.setBrush(Qt::NoBrush);
        for (int octet = selectedOctet; octet < 256; ++octet) {
            if (m_cells[std::size_t(octet)].hostKey == m_selected)
                painter.drawRect(QRect(g.origin.x() + (octet % 16) * g.cell, g.origin.y() + (octet / 16) * g.cell,
                                       g.cell, g.cell).adjusted(-1, -1, 1, 1));
        }
    }
    if (title.isEmpty() && hasFocus()) {
        painter.setPen(QPen(ink, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRect(g.origin.x() + (m_focusOctet % 16) * g.cell, g.origin.y() + (m_focusOctet / 16) * g.cell,
                               g.cell, g.cell).adjusted(2, 2, -3, -3));
    }
    paintLegend(painter, g.legend, ink);
}

void MatrixGrid::paintCell(QPainter& painter, const QRect& rect, int octet, const QColor& ink,
                           const QColor& paper) const
{
    const Cell& cell = m_cells[std::size_t(octet)];
    const QRect inner = rect.adjusted(1, 1, -1, -1);
    if (cell.hostKey.isEmpty()) {
        painter.setPen(QPen(QColor(ink.red(), ink.green(), ink.blue(), 40), 1));
        painter.setBrush(paper);
        painter.drawRect(inner);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(cell.colour);
    painter.drawRect(inner);
    if (rect.height() >= 20) {
        QFont small = painter.font();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
        painter.setFont(small);
        painter.setPen(textOn(cell.colour));
        painter.drawText(inner, Qt::AlignCenter, QString::number(octet));
        painter.setFont(QFont());
    }
    if (cell.eol) {
        // A corner triangle, like a dog-ear: visible in every colouring.
        const int side = std::max(5, rect.width() / 3);
        QPainterPath ear;
        ear.moveTo(inner.topRight() + QPoint(1, 0));
        ear.lineTo(inner.topRight() + QPoint(1 - side, 0));
        ear.lineTo(inner.topRight() + QPoint(1, side));
        ear.closeSubpath();
        painter.fillPath(ear, QColor(0xc0, 0x00, 0x00));
    }
    if (cell.newDevice || cell.highlight.isValid()) {
        painter.setPen(QPen(cell.highlight.isValid() ? cell.highlight : ink, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(inner.adjusted(1, 1, -1, -1));
    }
}

void MatrixGrid::paintLegend(QPainter& painter, const QRect& area, const QColor& ink) const
{
    const QFontMetrics metrics = painter.fontMetrics();
    int y = area.top();
    auto row = [&](const QString& text) {
        const QRect textRect(area.left() + kLegendRow + 4, y, area.width() - kLegendRow - 4, kLegendRow);
        painter.setPen(ink);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         metrics.elidedText(text, Qt::ElideRight, textRect.width()));
        y += kLegendRow;
    };
    for (const MatrixLegend::Entry& entry : m_legend) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.colour);
        painter.drawRect(area.left() + 2, y + 3, kLegendRow - 6, kLegendRow - 6);
        row(tr("%1 (%2)").arg(entry.label, QString::number(entry.count)));
    }
    y += kLegendRow / 2;
    const QRect swatch(area.left() + 2, y + 3, kLegendRow - 6, kLegendRow - 6);
    painter.setPen(QPen(ink, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(swatch.adjusted(1, 1, -1, -1));
    row(tr("New device (alert)"));
    QPainterPath ear;
    ear.moveTo(QPoint(area.left() + kLegendRow - 4, y + 3));
    ear.lineTo(QPoint(area.left() + kLegendRow - 11, y + 3));
    ear.lineTo(QPoint(area.left() + kLegendRow - 4, y + 10));
    ear.closeSubpath();
    painter.setPen(QPen(ink, 1));
    painter.drawRect(QRect(area.left() + 2, y + 3, kLegendRow - 6, kLegendRow - 6));
    painter.fillPath(ear, QColor(0xc0, 0x00, 0x00));
    row(tr("End-of-life OS"));
}

void MatrixGrid::mousePressEvent(QMouseEvent* event)
{
    const int octet = octetAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && octet >= 0 && !m_cells[std::size_t(octet)].hostKey.isEmpty()) {
        m_focusOctet = octet;
        emit hostClicked(m_cells[std::size_t(octet)].hostKey);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MatrixGrid::keyPressEvent(QKeyEvent* event)
{
    int octet = m_focusOctet;
    switch (event->key()) {
    case Qt::Key_Left: octet = octet % 16 > 0 ? octet - 1 : octet; break;
    case Qt::Key_Right: octet = octet % 16 < 15 ? octet + 1 : octet; break;
    case Qt::Key_Up: octet = octet >= 16 ? octet - 16 : octet; break;
    case Qt::Key_Down: octet = octet < 240 ? octet + 16 : octet; break;
    case Qt::Key_Home: octet = 0; break;
    case Qt::Key_End: octet = 255; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_cells[std::size_t(octet)].hostKey.isEmpty())
            emit hostClicked(m_cells[std::size_t(octet)].hostKey);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    m_focusOctet = octet;
    // Painted cells have no accessible children; the description says what is under focus.
    const Cell& cell = m_cells[std::size_t(octet)];
    setAccessibleDescription(cell.toolTip.isEmpty() ? tr("Address .%1 not seen").arg(octet) : cell.toolTip);
    update();
}

bool MatrixGrid::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int octet = octetAt(help->pos());
    if (octet < 0 || m_cells[std::size_t(octet)].toolTip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Tooltips guess rich text; escaping keeps hostnames and vendors from packets literal.
    const QString& text = m_cells[std::size_t(octet)].toolTip;
    const QString html = QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    QToolTip::showText(help->globalPos(), html, this, cellRect(octet));
    return true;
}

} // namespace mieruka::gui
