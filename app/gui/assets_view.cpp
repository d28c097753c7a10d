// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets_view.h"

#include "evidence_model.h"
#include "ledger_filter.h"
#include "ledger_model.h"
#include "peers_table.h"
#include "plain_text_delegate.h"

#include "app/render/csv_cell.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace mieruka::gui {

AssetsView::AssetsView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_ledger = new LedgerModel(this);
    m_filter = new LedgerFilter(this);
    m_filter->setSourceModel(m_ledger);

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search IP, MAC, vendor, protocol…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LedgerFilter::setText);
    m_role = new QComboBox(this);
    m_vendor = new QComboBox(this);
    m_subnet = new QComboBox(this);
    m_role->setAccessibleName(tr("Role filter"));
    m_vendor->setAccessibleName(tr("Vendor filter"));
    m_subnet->setAccessibleName(tr("Subnet filter"));
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { m_filter->setRoleId(m_role->currentData().toString()); });
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] { m_filter->setVendor(m_vendor->currentData().toString()); });
    connect(m_subnet, &QComboBox::currentIndexChanged, this, [this] { m_filter->setSubnet(m_subnet->currentData().toString()); });
    filters->addWidget(m_search, 3);
    filters->addWidget(m_role, 1);
    filters->addWidget(m_vendor, 1);
    filters->addWidget(m_subnet, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &AssetsView::chooseColumns);
    m_table->verticalHeader()->hide();
    // Below the ledger: why it says what it says about the selected host, and whom it talks to.
    m_evidence = new EvidenceModel(this);
    m_evidenceView = new QTableView(this);
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setItemDelegate(new PlainTextDelegate(m_evidenceView));
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    m_peers = new PeersTable(this);
    auto* details = new QTabWidget(this);
    details->addTab(m_evidenceView, tr("Evidence"));
    details->addTab(m_peers, tr("Peers"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addLayout(filters);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AssetsView::currentRowChanged);
    connect(selection, &WorkspaceSelection::hostChanged, this, &AssetsView::selectHostRow);
    connect(selection, &WorkspaceSelection::filterChanged, this, &AssetsView::followSharedFilter);
    fillFilterChoices();
}

void AssetsView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_evidence->setHost(nullptr, -1);
    m_peers->showPeersOf(nullptr, -1);
    m_ledger->setSnapshot(snapshotOf(m_data));
    fillFilterChoices();
    m_table->resizeColumnsToContents();
    selectHostRow(selection()->host());
}

void AssetsView::fillFilterChoices()
{
    std::map<std::string, int> roles, vendors, subnets;
    if (m_data) {
        for (int row = 0; row < m_ledger->rowCount(); ++row) {
            const QModelIndex index = m_ledger->index(row, 0);
            ++roles[index.data(LedgerModel::RoleIdRole).toString().toStdString()];
            const QString vendor = m_ledger->index(row, LedgerModel::Vendor).data().toString();
            if (!vendor.isEmpty())
                ++vendors[vendor.toStdString()];
            for (const QString& subnet : index.data(LedgerModel::SubnetsRole).toStringList())
                ++subnets[subnet.toStdString()];
        }
    }
    auto fill = [](QComboBox* box, const QString& any, const std::map<std::string, int>& values, auto&& label) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto& [value, count] : values)
            box->addItem(QStringLiteral("%1 (%2)").arg(label(value)).arg(count), QString::fromStdString(value));
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_role, tr("All roles"), roles, [](const std::string& role) { return LedgerModel::roleText(role); });
    fill(m_vendor, tr("All vendors"), vendors, [](const std::string& vendor) { return QString::fromStdString(vendor); });
    fill(m_subnet, tr("All subnets"), subnets, [](const std::string& subnet) { return QString::fromStdString(subnet); });
    m_filter->setRoleId(m_role->currentData().toString());
    m_filter->setVendor(m_vendor->currentData().toString());
    m_filter->setSubnet(m_subnet->currentData().toString());
}

void AssetsView::followSharedFilter()
{
    const auto& filter = selection()->filter();
    m_filter->setProtocol(filter.protocol);
    m_filter->setTimeRange(filter.fromNs, filter.toNs);
    const int subnet = m_subnet->findData(filter.subnet);
    m_subnet->setCurrentIndex(subnet >= 0 ? subnet : 0);
}

void AssetsView::chooseColumns(const QPoint& position)
{
    QMenu menu(this);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_ledger->columnCount(); ++column) {
        QAction* action = menu.addAction(m_ledger->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

QByteArray AssetsView::shownCsv() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    std::vector<int> columns; // in the order shown, hidden ones left out
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells << render::csvCell(m_filter->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(u',');
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        cells.clear();
        for (int column : columns)
            cells << render::csvCell(m_filter->index(row, column).data().toString());
        lines << cells.join(u',');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArray("\r\n");
}

void AssetsView::currentRowChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const int row = current.isValid() ? current.row() : -1;
    m_evidence->setHost(snapshotOf(m_data), row);
    m_evidenceView->resizeColumnsToContents();
    m_peers->showPeersOf(m_data, row);
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
        if (shown.isValid() && shown.row() != m_table->currentIndex().row()) {
            m_table->setCurrentIndex(shown);
            m_table->scrollTo(shown);
        }
        return;
    }
}

} // namespace mieruka::gui
