// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrix_legend.h"

#include <QImage>
#include <QWidget>

#include <array>
#include <vector>

namespace mieruka::gui {

/// Paints one /24 as a 16×16 grid (row = last octet / 16, column = last octet % 16) with
/// its legend beside it. It knows nothing of the survey: the view hands it finished cells.
class MatrixGrid : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        QString hostKey;   ///< empty: address not seen
        QColor colour;
        bool newDevice = false;
        bool eol = false;
        QString toolTip;   ///< plain text; escaped when shown
        QColor highlight;  ///< an outline marking the cell (the Diff page); invalid: none
    };

    explicit MatrixGrid(QWidget* parent = nullptr);

    void setCells(const std::array<Cell, 256>& cells, std::vector<MatrixLegend::Entry> legend);
    void setSelectedHost(const QString& hostKey);

    /// Where the cell of this last octet is drawn, in widget coordinates.
    QRect cellRect(int octet) const;
    /// The last octet under a point; -1 outside the grid.
    int octetAt(const QPoint& pos) const;
    const Cell& cell(int octet) const { return m_cells[std::size_t(octet & 0xff)]; }
    /// Grid and legend on white at a fixed size, with `title` above (for the PNG export).
    QImage toImage(const QString& title) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void hostClicked(const QString& hostKey);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    /// Arrows move a focus cell over the grid; Enter or Space selects its host.
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        int cell = 0;
        QPoint origin;   ///< top-left of cell 0
        QRect legend;
        QRect title;
    };
    void focusSelected();
    static Geometry geometryFor(const QSize& size, bool withTitle);
    void paintOn(QPainter& painter, const QSize& size, const QString& title, const QColor& ink,
                 const QColor& paper) const;
    void paintCell(QPainter& painter, const QRect& rect, int octet, const QColor& ink, const QColor& paper) const;
    void paintLegend(QPainter& painter, const QRect& area, const QColor& ink) const;

    std::array<Cell, 256> m_cells;
    std::vector<MatrixLegend::Entry> m_legend;
    QString m_selected;
    int m_focusOctet = 0;
};

} // namespace mieruka::gui
