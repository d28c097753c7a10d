// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix_view.h"

#include "matrix_grid.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mieruka::gui {

MatrixView::MatrixView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_subnet = new QComboBox(this);
    m_subnet->setAccessibleName(tr("Network (/24)"));
    m_subnet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_colourBy = new QComboBox(this);
    m_colourBy->setAccessibleName(tr("Colour cells by"));
    m_colourBy->addItem(tr("Vendor"), int(MatrixModel::ColourBy::Vendor));
    m_colourBy->addItem(tr("OS family"), int(MatrixModel::ColourBy::OsFamily));
    m_colourBy->addItem(tr("Role"), int(MatrixModel::ColourBy::Role));
    m_colourBy->addItem(tr("Alert state"), int(MatrixModel::ColourBy::AlertState));
    m_export = new QPushButton(tr("Export PNG…"), this);
    m_export->setAccessibleName(tr("Export the matrix as a PNG image"));
    m_grid = new MatrixGrid(this);
    m_offGrid = new QLabel(this);
    m_offGrid->setTextFormat(Qt::PlainText);
    m_offGrid->setWordWrap(true);
    m_offGrid->setAccessibleName(tr("Hosts not on the grid"));

    auto* networkLabel = new QLabel(tr("&Network:"), this);
    networkLabel->setBuddy(m_subnet);
    auto* colourLabel = new QLabel(tr("&Colour by:"), this);
    colourLabel->setBuddy(m_colourBy);
    auto* bar = new QHBoxLayout;
    bar->addWidget(networkLabel);
    bar->addWidget(m_subnet);
    bar->addSpacing(12);
    bar->addWidget(colourLabel);
    bar->addWidget(m_colourBy);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_offGrid);

    connect(m_subnet, &QComboBox::currentIndexChanged, this, &MatrixView::rebuild);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &MatrixView::rebuild);
    connect(m_export, &QPushButton::clicked, this, &MatrixView::exportClicked);
    connect(m_grid, &MatrixGrid::hostClicked, selection, &WorkspaceSelection::selectHost);
    connect(selection, &WorkspaceSelection::hostChanged, this, &MatrixView::showHost);
    connect(selection, &WorkspaceSelection::filterChanged, this, &MatrixView::showFilteredSubnet);
    setData(nullptr);
}

void MatrixView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_model.setData(m_data);
    {
        // One rebuild after the list is refilled, not one per inserted item.
        const QSignalBlocker blocker(m_subnet);
        m_subnet->clear();
        for (const MatrixModel::Subnet& subnet : m_model.subnets())
            m_subnet->addItem(tr("%1.0/24 (%n host(s))", "", subnet.hostCount).arg(subnet.prefix));
    }
    m_subnet->setEnabled(m_subnet->count() > 0);
    m_export->setEnabled(m_subnet->count() > 0);
    m_offGrid->setText(m_data ? m_model.offGridSummary() : tr("No survey is open."));
    const int shown = m_model.subnetOfHost(selection()->host());
    m_subnet->setCurrentIndex(shown >= 0 ? shown : (m_subnet->count() > 0 ? 0 : -1));
    m_grid->setSelectedHost(selection()->host());
    rebuild();
}

QStringList MatrixView::subnets() const
{
    QStringList names;
    for (const MatrixModel::Subnet& subnet : m_model.subnets())
        names << subnet.prefix + QStringLiteral(".0/24");
    return names;
}

int MatrixView::currentSubnet() const
{
    return m_subnet->currentIndex();
}

void MatrixView::setCurrentSubnet(int index)
{
    m_subnet->setCurrentIndex(index);
}

MatrixModel::ColourBy MatrixView::colourBy() const
{
    return MatrixModel::ColourBy(m_colourBy->currentData().toInt());
}

void MatrixView::setColourBy(MatrixModel::ColourBy by)
{
    m_colourBy->setCurrentIndex(m_colourBy->findData(int(by)));
}

QString MatrixView::hostKeyAt(int octet) const
{
    return octet >= 0 && octet < 256 ? m_grid->cell(octet).hostKey : QString();
}

QRect MatrixView::cellRect(int octet) const
{
    return m_grid->cellRect(octet);
}

QString MatrixView::offGridText() const
{
    return m_offGrid->text();
}

void MatrixView::setHighlights(const QHash<QString, QColor>& byHostKey)
{
    m_highlights = byHostKey;
    rebuild();
}

bool MatrixView::exportPng(const QString& path) const
{
    return m_grid->toImage(title()).save(path, "PNG");
}

void MatrixView::rebuild()
{
    const int index = m_subnet->currentIndex();
    const MatrixModel::ColourBy by = colourBy();
    m_legend = m_model.legend(index, by);
    std::array<MatrixGrid::Cell, 256> cells;
    if (index >= 0 && std::size_t(index) < m_model.subnets().size()) {
        const MatrixModel::Subnet& subnet = m_model.subnets()[std::size_t(index)];
        for (int octet = 0; octet < 256; ++octet) {
            const int host = subnet.cells[std::size_t(octet)];
            if (host < 0)
                continue;
            MatrixGrid::Cell& cell = cells[std::size_t(octet)];
            cell.hostKey = m_model.hostKeyOf(host);
            cell.colour = m_legend.colourFor(m_model.category(host, by).first);
            cell.newDevice = m_model.isNewDevice(host);
            cell.eol = m_model.isEol(host);
            cell.toolTip = m_model.toolTip(host, subnet.prefix + QLatin1Char('.') + QString::number(octet));
            cell.highlight = m_highlights.value(cell.hostKey);
        }
    }
    m_grid->setCells(cells, m_legend.entries());
    m_grid->setAccessibleDescription(title());
}

void MatrixView::showHost(const QString& hostKey)
{
    m_grid->setSelectedHost(hostKey);
    const int index = m_model.subnetOfHost(hostKey);
    if (index >= 0 && index != m_subnet->currentIndex())
        m_subnet->setCurrentIndex(index);
}

void MatrixView::showFilteredSubnet()
{
    // A /24 filter set elsewhere (the overview, the map) opens that /24 here; wider or
    // narrower subnets do not map onto one grid and leave the page alone.
    const int index = int(subnets().indexOf(selection()->filter().subnet));
    if (index >= 0)
        m_subnet->setCurrentIndex(index);
}

void MatrixView::exportClicked()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export matrix as PNG"), QStringLiteral("matrix.png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (exportPng(path))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), tr("Could not write %1.").arg(path), QMessageBox::Ok,
                    this);
    box.setTextFormat(Qt::PlainText); // a file name is not markup
    box.exec();
}

QString MatrixView::title() const
{
    if (m_subnet->currentIndex() < 0)
        return tr("Terminal matrix: no IPv4 network");
    return tr("Terminal matrix %1, coloured by %2")
        .arg(subnets().value(m_subnet->currentIndex()), m_colourBy->currentText());
}

} // namespace mieruka::gui
