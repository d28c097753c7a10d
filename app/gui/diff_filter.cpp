// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_filter.h"

namespace mieruka::gui {

DiffFilter::DiffFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    m_shown.fill(true);
    setSortRole(DiffModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void DiffFilter::setKindShown(DiffKind kind, bool shown)
{
    if (m_shown[std::size_t(kind)] == shown)
        return;
    m_shown[std::size_t(kind)] = shown;
    invalidateRowsFilter();
}

bool DiffFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const int kind = sourceModel()->index(sourceRow, 0, sourceParent).data(DiffModel::KindRole).toInt();
    if (kind < 0 || kind >= kDiffKindCount || !m_shown[std::size_t(kind)])
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace mieruka::gui
