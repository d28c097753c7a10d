// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_matrices.h"

#include "matrix_view.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

namespace mieruka::gui {

namespace {

QHash<QString, QColor> coloured(const QHash<QString, DiffKind>& marks)
{
    QHash<QString, QColor> colours;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        colours.insert(it.key(), DiffModel::kindColour(it.value()));
    return colours;
}

} // namespace

DiffMatrices::DiffMatrices(WorkspaceSelection* selection, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString titles[] = {tr("Before"), tr("After")};
    for (int side = 0; side < 2; ++side) {
        auto* title = new QLabel(titles[side], this);
        title->setTextFormat(Qt::PlainText);
        m_matrices[std::size_t(side)] = new MatrixView(selection, this);
        m_matrices[std::size_t(side)]->setObjectName(side == 0 ? QStringLiteral("diffMatrixBefore")
                                                               : QStringLiteral("diffMatrixAfter"));
        layout->addWidget(title, 0, side);
        layout->addWidget(m_matrices[std::size_t(side)], 1, side);
    }
    // The outline colours, once for both grids (each grid's own legend is its colouring).
    auto* legend = new QHBoxLayout;
    for (DiffKind kind : {DiffKind::DeviceAdded, DiffKind::DeviceRemoved, DiffKind::DeviceChanged}) {
        QPixmap swatch(14, 14);
        swatch.fill(DiffModel::kindColour(kind));
        auto* icon = new QLabel(this);
        icon->setPixmap(swatch);
        auto* text = new QLabel(DiffModel::kindText(kind), this);
        text->setTextFormat(Qt::PlainText);
        legend->addWidget(icon);
        legend->addWidget(text);
        legend->addSpacing(12);
    }
    legend->addStretch(1);
    layout->addLayout(legend, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
}

void DiffMatrices::setData(WorkspaceDataPtr before, WorkspaceDataPtr after, const QHash<QString, DiffKind>& beforeMarks,
                           const QHash<QString, DiffKind>& afterMarks)
{
    m_matrices[0]->setHighlights(coloured(beforeMarks));
    m_matrices[1]->setHighlights(coloured(afterMarks));
    m_matrices[0]->setData(std::move(before));
    m_matrices[1]->setData(std::move(after));
}

} // namespace mieruka::gui
