// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger_filter.h"

#include "ledger_model.h"

namespace mieruka::gui {

LedgerFilter::LedgerFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LedgerModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void LedgerFilter::setText(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

void LedgerFilter::setRoleId(const QString& roleId)
{
    m_roleId = roleId;
    invalidateFilter();
}

void LedgerFilter::setVendor(const QString& vendor)
{
    m_vendor = vendor;
    invalidateFilter();
}

void LedgerFilter::setSubnet(const QString& subnet)
{
    m_subnet = subnet;
    invalidateFilter();
}

void LedgerFilter::setProtocol(const QString& label)
{
    m_protocol = label;
    invalidateFilter();
}

void LedgerFilter::setTimeRange(qint64 fromNs, qint64 toNs)
{
    m_fromNs = fromNs;
    m_toNs = toNs;
    invalidateFilter();
}

bool LedgerFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_roleId.isEmpty() && first.data(LedgerModel::RoleIdRole).toString() != m_roleId)
        return false;
    if (!m_vendor.isEmpty() && model->index(sourceRow, LedgerModel::Vendor, sourceParent).data().toString() != m_vendor)
        return false;
    if (!m_subnet.isEmpty() && !first.data(LedgerModel::SubnetsRole).toStringList().contains(m_subnet))
        return false;
    if (!m_protocol.isEmpty()) {
        const QStringList spoken = model->index(sourceRow, LedgerModel::Protocols, sourceParent).data().toString().split(QStringLiteral(", "));
        if (!spoken.contains(m_protocol))
            return false;
    }
    if (m_fromNs || m_toNs) {
        const qint64 first = model->index(sourceRow, LedgerModel::FirstSeen, sourceParent).data(LedgerModel::SortRole).toLongLong();
        const qint64 last = model->index(sourceRow, LedgerModel::LastSeen, sourceParent).data(LedgerModel::SortRole).toLongLong();
        if ((m_toNs && first > m_toNs) || (m_fromNs && last < m_fromNs))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace mieruka::gui
