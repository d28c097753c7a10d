// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_table.h"

#include "diff_filter.h"
#include "plain_text_delegate.h"
#include "workspace_selection.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace mieruka::gui {

DiffTable::DiffTable(WorkspaceSelection* selection, QWidget* parent) : QWidget(parent), m_selection(selection)
{
    m_model = new DiffModel(this);
    m_filter = new DiffFilter(this);
    m_filter->setSourceModel(m_model);
    auto* kinds = new QHBoxLayout;
    for (int kind = 0; kind < kDiffKindCount; ++kind) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("diffKind%1").arg(kind));
        box->setChecked(true);
        QPixmap swatch(12, 12);
        swatch.fill(DiffModel::kindColour(DiffKind(kind)));
        box->setIcon(QIcon(swatch));
        connect(box, &QCheckBox::toggled, this, [this, kind](bool on) { m_filter->setKindShown(DiffKind(kind), on); });
        kinds->addWidget(box);
        m_kinds[std::size_t(kind)] = box;
    }
    kinds->addStretch(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("diffSearch"));
    m_search->setPlaceholderText(tr("Search address, name, attribute, value…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_searchBar = new QHBoxLayout;
    m_searchBar->addWidget(m_search, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiffModel::KindColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DiffTable::currentRowChanged);
    connect(selection, &WorkspaceSelection::hostChanged, this, &DiffTable::hostChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kinds);
    layout->addLayout(m_searchBar);
    layout->addWidget(m_table, 1);
    updateKindCounts();
}

void DiffTable::setDiff(const survey::SurveyDiff& diff)
{
    m_model->setDiff(diff);
    updateKindCounts();
    m_table->resizeColumnsToContents();
}

void DiffTable::setKindShown(DiffKind kind, bool shown)
{
    m_kinds[std::size_t(kind)]->setChecked(shown);
}

void DiffTable::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void DiffTable::addToSearchBar(QWidget* widget)
{
    m_searchBar->addWidget(widget);
}

void DiffTable::updateKindCounts()
{
    for (int kind = 0; kind < kDiffKindCount; ++kind)
        m_kinds[std::size_t(kind)]->setText(
            tr("%1 (%2)").arg(DiffModel::kindText(DiffKind(kind))).arg(m_model->count(DiffKind(kind))));
}

void DiffTable::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_syncing || !current.isValid())
        return;
    const QString host = current.data(DiffModel::HostRole).toString();
    const QString peer = current.data(DiffModel::PeerRole).toString();
    if (peer.isEmpty())
        m_selection->selectHost(host);
    else
        m_selection->selectPair(host, peer);
}

void DiffTable::hostChanged(const QString& hostKey)
{
    // A host chosen on another page (or a matrix here) becomes the current row, unless the row
    // already names it: a communication row keeps its place when its client is selected.
    const QModelIndex current = m_table->currentIndex();
    if (hostKey.isEmpty() || (current.isValid() && current.data(DiffModel::HostRole).toString() == hostKey))
        return;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(DiffModel::HostRole).toString() == hostKey) {
            const QScopedValueRollback<bool> guard(m_syncing, true);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

} // namespace mieruka::gui
