// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrix_model.h"
#include "workspace_view.h"

#include <QColor>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;

namespace mieruka::gui {

class MatrixGrid;

/// The terminal matrix: one observed IPv4 /24 at a time as a 16×16 grid of its addresses,
/// coloured by vendor, OS family, role or alert state, following the shared selection.
class MatrixView : public WorkspaceView {
    Q_OBJECT
public:
    explicit MatrixView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;

    /// The observed /24s as "192.168.0.0/24", in the chooser's order.
    QStringList subnets() const;
    int currentSubnet() const;
    void setCurrentSubnet(int index);
    MatrixModel::ColourBy colourBy() const;
    void setColourBy(MatrixModel::ColourBy by);
    /// Host key of the cell of this last octet in the shown /24; empty when unseen.
    QString hostKeyAt(int octet) const;
    /// Where that cell is drawn, in the grid's coordinates.
    QRect cellRect(int octet) const;
    MatrixGrid* grid() const { return m_grid; }
    const std::vector<MatrixLegend::Entry>& legend() const { return m_legend.entries(); }
    /// The line on hosts without an IPv4 address.
    QString offGridText() const;
    /// Outlines the cells of these hosts (by host key) in their colour; empty: none.
    void setHighlights(const QHash<QString, QColor>& byHostKey);
    /// Writes the shown grid and its legend; false when the file cannot be written.
    bool exportPng(const QString& path) const;

private:
    void rebuild();
    void showHost(const QString& hostKey);
    void showFilteredSubnet();
    void exportClicked();
    QString title() const;

    WorkspaceDataPtr m_data;
    MatrixModel m_model;
    MatrixLegend m_legend;
    QComboBox* m_subnet = nullptr;
    QComboBox* m_colourBy = nullptr;
    QPushButton* m_export = nullptr;
    MatrixGrid* m_grid = nullptr;
    QLabel* m_offGrid = nullptr;
    QHash<QString, QColor> m_highlights;
};

} // namespace mieruka::gui
