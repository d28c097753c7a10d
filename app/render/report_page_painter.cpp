// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_page_painter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <utility>

namespace mieruka::render {


ReportPagePainter::ReportPagePainter(PageFactory factory, QString header, QString family, int totalPages)
    : m_factory(std::move(factory)), m_header(std::move(header)), m_family(std::move(family)), m_total(totalPages)
{
}

QFont ReportPagePainter::font(const QString& family, Style style)
{
    // Pixel sizes in a painter scaled to points keep the layout identical on PDF and image pages.
    QFont font(family);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    // Shaping substitutes glyphs (ligatures, digit forms) that the PDF text layer cannot map back to characters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case Style::Body: font.setPixelSize(9); break;
    case Style::Small: font.setPixelSize(7); break;
    case Style::Bold: font.setPixelSize(9); font.setBold(true); break;
    case Style::Heading1: font.setPixelSize(16); font.setBold(true); break;
    case Style::Heading2: font.setPixelSize(11); font.setBold(true); break;
    case Style::Title: font.setPixelSize(26); font.setBold(true); break;
    }
    return font;
}

void ReportPagePainter::newPage(bool withHeader)
{
    if (m_failed)
        return;
    if (m_footerPending)
        drawFooter();
    m_painter = m_factory(m_page);
    if (!m_painter) {
        m_failed = true;
        return;
    }
    ++m_page;
    m_footerPending = true;
    m_y = kMargin;
    if (!withHeader)
        return;
    m_painter->setFont(font(Style::Small));
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    m_painter->drawText(QRectF(kMargin, kMargin - 20, width(), 12), Qt::AlignLeft | Qt::AlignVCenter, m_header);
    m_painter->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 0.5));
    m_painter->drawLine(QPointF(kMargin, kMargin - 6), QPointF(kWidth - kMargin, kMargin - 6));
    m_painter->setPen(Qt::black);
    m_y = kMargin + 6;
}

void ReportPagePainter::ensure(double height)
{
    if (m_page == 0 || m_y + height > bottom())
        newPage();
}

void ReportPagePainter::finish()
{
    if (m_footerPending && !m_failed)
        drawFooter();
    m_footerPending = false;
}

void ReportPagePainter::drawFooter()
{
    // The first pass does not know the page count yet; it only needs the same geometry.
    const QString text = m_total > 0 ? QStringLiteral("%1 / %2").arg(m_page).arg(m_total) : QString::number(m_page);
    m_painter->setFont(font(Style::Small));
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    m_painter->drawText(QRectF(kMargin, kHeight - kMargin + 4, width(), 12), Qt::AlignHCenter | Qt::AlignVCenter, text);
    m_painter->setPen(Qt::black);
    m_footerPending = false;
}

void ReportPagePainter::markSection(const QString& id)
{
    m_sections.insert(id, m_page);
}

QTextOption ReportPagePainter::textOption(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

double ReportPagePainter::measure(const QFont& font, const QString& text, double width)
{
    QTextLayout layout(text, font);
    layout.setTextOption(textOption());
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return std::max(height, QFontMetricsF(font).height());
}

double ReportPagePainter::textHeight(const QString& text, Style style, double width) const
{
    return measure(font(style), text, width);
}

void ReportPagePainter::paragraph(const QString& text, Style style, double width)
{
    const double w = width > 0 ? width : this->width();
    const double h = textHeight(text, style, w);
    ensure(std::min(h, bottom() - kMargin - 20));
    if (m_failed)
        return;
    m_painter->setFont(font(style));
    m_painter->setPen(Qt::black);
    m_painter->drawText(QRectF(left(), m_y, w, h + 1), text, textOption());
    m_y += h + 4;
}

void ReportPagePainter::heading(const QString& text, Style style)
{
    const double h = textHeight(text, style, width());
    ensure(h + 60); // never strand a heading at the foot of a page
    if (m_failed)
        return;
    m_y += style == Style::Heading1 ? 4 : 6;
    m_painter->setFont(font(style));
    m_painter->setPen(QColor(0x1a, 0x3a, 0x5c));
    m_painter->drawText(QRectF(left(), m_y, width(), h + 1), text, textOption());
    m_painter->setPen(Qt::black);
    m_y += h + (style == Style::Heading1 ? 8 : 4);
}

} // namespace mieruka::render
