// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_selection.h"

namespace mieruka::gui {

void WorkspaceSelection::selectHost(const QString& hostKey)
{
    if (hostKey == m_host)
        return;
    m_host = hostKey;
    emit hostChanged(m_host);
}

void WorkspaceSelection::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
}

void WorkspaceSelection::setTimeRange(qint64 fromNs, qint64 toNs)
{
    Filter filter = m_filter;
    filter.fromNs = fromNs;
    filter.toNs = toNs;
    setFilter(filter);
}

void WorkspaceSelection::clearFilter()
{
    setFilter(Filter{});
}

} // namespace mieruka::gui
