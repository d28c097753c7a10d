// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QTextOption>

#include <functional>

class QPainter;

namespace mieruka::render {

/// Flows report content over A4 pages: keeps the cursor, breaks pages, draws the header (site
/// and period) and the footer ("n / N"), and remembers on which page each section starts.
/// Coordinates are points (1/72 inch) on a 595 × 842 page; the page factory must return a
/// painter already scaled to points. Not thread-safe; one instance per rendering pass.
class ReportPagePainter {
public:
    /// Starts page `index` (0-based) and returns its painter; null on failure.
    using PageFactory = std::function<QPainter*(int index)>;
    enum class Style { Body, Small, Bold, Heading1, Heading2, Title };

    static constexpr double kWidth = 595.0, kHeight = 842.0, kMargin = 48.0;

    ReportPagePainter(PageFactory factory, QString header, QString family, int totalPages);

    static QFont font(const QString& family, Style style);
    QFont font(Style style) const { return font(m_family, style); }

    QPainter& painter() { return *m_painter; }
    bool failed() const { return m_failed; }
    int page() const { return m_page; }
    double left() const { return kMargin; }
    double width() const { return kWidth - 2 * kMargin; }
    double bottom() const { return kHeight - kMargin - 12; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }

    void newPage(bool withHeader = true);
    /// Breaks the page unless `height` more points fit below the cursor.
    void ensure(double height);
    void finish();

    void markSection(const QString& id);
    QHash<QString, int> sectionPages() const { return m_sections; }

    /// Wrapped plain text over the content width (or `width` when > 0), at the cursor.
    void paragraph(const QString& text, Style style = Style::Body, double width = 0);
    void heading(const QString& text, Style style = Style::Heading1);
    double textHeight(const QString& text, Style style, double width) const;

    /// Wraps at word boundaries, and inside a word only when it alone is wider than the line
    /// (a 200-character host name); measuring and drawing share it so they always agree.
    static QTextOption textOption(Qt::Alignment alignment = Qt::AlignLeft);
    static double measure(const QFont& font, const QString& text, double width);

private:
    void drawFooter();

    PageFactory m_factory;
    QString m_header, m_family;
    int m_total = 0;
    QPainter* m_painter = nullptr;
    int m_page = 0;
    double m_y = kMargin;
    bool m_failed = false;
    bool m_footerPending = false;
    QHash<QString, int> m_sections;
};

} // namespace mieruka::render
