// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets_view.h"

#include "evidence_model.h"
#include "ledger_model.h"
#include "plain_text_delegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mieruka::gui {

AssetsView::AssetsView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_ledger = new LedgerModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_ledger);
    m_filter->setSortRole(LedgerModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search IP, MAC, vendor, protocol…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Below the ledger: the evidence of the selected host, so "why does it say this?" is one click.
    m_evidence = new EvidenceModel(this);
    m_evidenceView = new QTableView(this);
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setItemDelegate(new PlainTextDelegate(m_evidenceView));
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_evidenceView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(m_search);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AssetsView::currentRowChanged);
    connect(selection, &WorkspaceSelection::hostChanged, this, &AssetsView::selectHostRow);
}

void AssetsView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_evidence->setHost(nullptr, -1);
    m_ledger->setSnapshot(snapshotOf(m_data));
    m_table->resizeColumnsToContents();
    selectHostRow(selection()->host());
}

void AssetsView::currentRowChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const int row = current.isValid() ? current.row() : -1;
    m_evidence->setHost(snapshotOf(m_data), row);
    m_evidenceView->resizeColumnsToContents();
    if (m_data && row >= 0 && row < static_cast<int>(m_data->snapshot.hosts.size()))
        selection()->selectHost(hostKey(m_data->snapshot.hosts[static_cast<std::size_t>(row)]));
}

void AssetsView::selectHostRow(const QString& key)
{
    if (!m_data || key.isEmpty())
        return;
    const auto& hosts = m_data->snapshot.hosts;
    for (std::size_t row = 0; row < hosts.size(); ++row) {
        if (hostKey(hosts[row]) != key)
            continue;
        const QModelIndex shown = m_filter->mapFromSource(m_ledger->index(static_cast<int>(row), 0));
        if (shown.isValid() && shown != m_table->currentIndex()) {
            m_table->setCurrentIndex(shown);
            m_table->scrollTo(shown);
        }
        return;
    }
}

} // namespace mieruka::gui
