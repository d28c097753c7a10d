// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers_table.h"

#include "plain_text_delegate.h"

#include <QHeaderView>

#include <algorithm>
#include <map>
#include <set>

namespace mieruka::gui {

namespace {

struct Peer {
    std::set<std::string> protocols;
    std::uint64_t bytes = 0;
    std::uint64_t packets = 0;
};

} // namespace

PeersTable::PeersTable(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("Peer"), tr("Host name"), tr("Protocols"), tr("Bytes")});
    setItemDelegate(new PlainTextDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void PeersTable::showPeersOf(const WorkspaceDataPtr& data, int hostIndex)
{
    setRowCount(0);
    if (!data || hostIndex < 0 || hostIndex >= static_cast<int>(data->snapshot.hosts.size()))
        return;
    const auto& host = data->snapshot.hosts[static_cast<std::size_t>(hostIndex)].host;
    std::set<std::string> own(host.ips.begin(), host.ips.end());
    if (!host.mac.empty())
        own.insert(host.mac);
    std::map<std::string, Peer> peers;
    for (const auto& row : data->snapshot.conversations) {
        const bool loIsOwn = own.contains(row.lo);
        if (!loIsOwn && !own.contains(row.hi))
            continue;
        Peer& peer = peers[loIsOwn ? row.hi : row.lo];
        peer.protocols.insert(row.protocol);
        peer.bytes += row.bytesLoToHi + row.bytesHiToLo;
        peer.packets += row.packetsLoToHi + row.packetsHiToLo;
    }
    std::map<std::string, std::string> names;
    for (const auto& other : data->snapshot.hosts)
        for (const auto& ip : other.host.ips)
            names.emplace(ip, other.hostname);
    std::vector<std::pair<std::string, Peer>> ordered(peers.begin(), peers.end());
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second.bytes > b.second.bytes; });
    setRowCount(static_cast<int>(ordered.size()));
    for (int row = 0; row < static_cast<int>(ordered.size()); ++row) {
        const auto& [address, peer] = ordered[static_cast<std::size_t>(row)];
        QStringList protocols;
        for (const auto& protocol : peer.protocols)
            protocols << QString::fromStdString(protocol);
        const auto name = names.find(address);
        setItem(row, 0, new QTableWidgetItem(QString::fromStdString(address)));
        setItem(row, 1, new QTableWidgetItem(name == names.end() ? QString() : QString::fromStdString(name->second)));
        setItem(row, 2, new QTableWidgetItem(protocols.join(QStringLiteral(", "))));
        auto* bytes = new QTableWidgetItem;
        bytes->setData(Qt::DisplayRole, QVariant::fromValue<qulonglong>(peer.bytes));
        bytes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 3, bytes);
    }
    resizeColumnsToContents();
}

} // namespace mieruka::gui
