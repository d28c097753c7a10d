// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_selection.h"

namespace mieruka::gui {

void WorkspaceSelection::selectHost(const QString& hostKey)
{
    if (!m_peer.isEmpty()) {
        m_peer.clear();
        emit peerChanged(m_peer);
    }
    if (hostKey == m_host)
        return;
    m_host = hostKey;
    emit hostChanged(m_host);
}

void WorkspaceSelection::selectPair(const QString& hostKey, const QString& peerKey)
{
    selectHost(hostKey);
    if (peerKey == m_peer)
        return;
    m_peer = peerKey;
    emit peerChanged(m_peer);
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
