// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankings_view.h"

#include "core/detect/plant_host.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace mieruka::gui {

namespace {

// Bars that stand for a service carry this before the protocol label in place of a host key.
const QString kServicePrefix = QStringLiteral("service:");


// Broadcast and multicast destinations are not hosts: counted, they would top every ranking.
bool isGroupAddress(const std::string& address)
{
    return address.empty() || detect::isGroupAddress(address);
}

struct HostTotals {
    std::set<std::string> peers;
    std::uint64_t bytes = 0;
    std::uint64_t packets = 0;
};

} // namespace

RankingsView::RankingsView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("rankingChoice"));
    m_choice->addItem(tr("Hosts by number of peers"));
    m_choice->addItem(tr("Hosts by bytes"));
    m_choice->addItem(tr("Hosts by packets"));
    m_choice->addItem(tr("Host pairs by bytes"));
    m_choice->addItem(tr("Services by bytes"));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RankingsView::rebuild);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("rankingPlot"));
    m_bars = new QCPBars(m_plot->yAxis, m_plot->xAxis); // horizontal: keys on the vertical axis
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x31, 0x6b, 0xb5));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    connect(m_plot, &QCustomPlot::plottableClick, this, &RankingsView::barClicked);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Ranking:"), this));
    bar->addWidget(m_choice);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Click a host's bar to select it"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    rebuild();
}

void RankingsView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    rebuild();
}

int RankingsView::ranking() const { return m_choice->currentIndex(); }

void RankingsView::setRanking(int index) { m_choice->setCurrentIndex(index); }

void RankingsView::clickBar(int index)
{
    if (index < 0 || index >= m_hostKeys.size() || m_hostKeys[index].isEmpty())
        return;
    if (m_hostKeys[index].startsWith(kServicePrefix)) {
        // A service is no host: it narrows every page to that protocol instead.
        WorkspaceSelection::Filter filter = selection()->filter();
        filter.protocol = m_hostKeys[index].mid(kServicePrefix.size());
        selection()->setFilter(filter);
        return;
    }
    const QStringList pair = m_hostKeys[index].split(u'\n');
    if (pair.size() == 2)
        selection()->selectPair(pair[0], pair[1]);
    else
        selection()->selectHost(m_hostKeys[index]);
}

void RankingsView::barClicked(QCPAbstractPlottable* plottable, int dataIndex, QMouseEvent*)
{
    if (plottable != m_bars || dataIndex < 0 || dataIndex >= m_bars->dataCount())
        return;
    // Rank 0 sits on the highest key (the top of the chart).
    const int rank = static_cast<int>(m_labels.size()) - static_cast<int>(std::lround((m_bars->data()->begin() + dataIndex)->key));
    clickBar(rank);
}

std::vector<RankingsView::Row> RankingsView::rows(int ranking) const
{
    std::vector<Row> result;
    if (!m_data)
        return result;
    // Every address of a ledger host counts for that host, so its MAC-level chatter (ARP, LLDP)
    // and its IP traffic make one bar, named like the ledger names it.
    std::unordered_map<std::string, std::string> keyOf;
    std::map<std::string, QString> nameOf;
    for (const auto& host : m_data->snapshot.hosts) {
        const std::string key = hostKey(host).toStdString();
        if (!host.host.mac.empty())
            keyOf.emplace(host.host.mac, key);
        for (const auto& ip : host.host.ips)
            keyOf.emplace(ip, key);
        if (!host.hostname.empty())
            nameOf[key] = QString::fromStdString(host.hostname);
    }
    const auto keyFor = [&](const std::string& address) {
        const auto found = keyOf.find(address);
        return found == keyOf.end() ? address : found->second;
    };
    const auto nameFor = [&](const std::string& key) {
        const auto found = nameOf.find(key);
        return found == nameOf.end() ? QString::fromStdString(key) : found->second;
    };

    std::map<std::string, HostTotals> hosts;
    const auto count = [&](const std::string& self, bool selfGroup, const std::string& other, bool otherGroup,
                           std::uint64_t bytes, std::uint64_t packets) {
        if (selfGroup)
            return;
        HostTotals& totals = hosts[self];
        totals.bytes += bytes;
        totals.packets += packets;
        if (!otherGroup && other != self)
            totals.peers.insert(other);
    };
    std::map<std::pair<std::string, std::string>, std::uint64_t> pairs;
    std::map<std::string, std::uint64_t> services;
    for (const auto& conversation : m_data->snapshot.conversations) {
        const std::uint64_t bytes = conversation.bytesLoToHi + conversation.bytesHiToLo;
        const std::uint64_t packets = conversation.packetsLoToHi + conversation.packetsHiToLo;
        services[conversation.protocol.empty() ? std::string("?") : conversation.protocol] += bytes;
        const std::string lo = keyFor(conversation.lo);
        const std::string hi = keyFor(conversation.hi);
        const bool loGroup = isGroupAddress(conversation.lo), hiGroup = isGroupAddress(conversation.hi);
        if (!loGroup && !hiGroup && lo != hi)
            pairs[std::minmax(lo, hi)] += bytes;
        count(lo, loGroup, hi, hiGroup, bytes, packets);
        count(hi, hiGroup, lo, loGroup, bytes, packets);
    }

    switch (ranking) {
    case HostsByPeers:
    case HostsByBytes:
    case HostsByPackets:
        for (const auto& [key, totals] : hosts) {
            const double value = ranking == HostsByPeers ? static_cast<double>(totals.peers.size())
                                 : ranking == HostsByBytes ? static_cast<double>(totals.bytes)
                                                           : static_cast<double>(totals.packets);
            result.push_back({nameFor(key), QString::fromStdString(key), value});
        }
        break;
    case PairsByBytes:
        for (const auto& [pair, bytes] : pairs)
            result.push_back({tr("%1 ↔ %2").arg(nameFor(pair.first), nameFor(pair.second)),
                              QString::fromStdString(pair.first + '\n' + pair.second), static_cast<double>(bytes)});
        break;
    case ServicesByBytes:
        for (const auto& [service, bytes] : services)
            result.push_back({QString::fromStdString(service), kServicePrefix + QString::fromStdString(service),
                              static_cast<double>(bytes)});
        break;
    default:
        break;
    }
    // Largest first; ties by label so the order never depends on the address map.
    std::stable_sort(result.begin(), result.end(), [](const Row& a, const Row& b) {
        return a.value != b.value ? a.value > b.value : a.label < b.label;
    });
    result.erase(std::remove_if(result.begin(), result.end(), [](const Row& row) { return row.value <= 0; }), result.end());
    if (result.size() > static_cast<std::size_t>(kTop))
        result.resize(static_cast<std::size_t>(kTop));
    return result;
}

void RankingsView::rebuild()
{
    const std::vector<Row> ranked = rows(ranking());
    m_labels.clear();
    m_hostKeys.clear();
    m_values.clear();
    QVector<double> keys, values;
    QVector<QString> tickLabels;
    const int n = static_cast<int>(ranked.size());
    // Drawn bottom-up: the largest gets the highest key so it reads first, at the top.
    for (int rank = n - 1; rank >= 0; --rank) {
        keys << n - rank;
        values << ranked[static_cast<std::size_t>(rank)].value;
        tickLabels << ranked[static_cast<std::size_t>(rank)].label;
    }
    for (const Row& row : ranked) {
        m_labels << row.label;
        m_hostKeys << row.hostKey;
        m_values.push_back(row.value);
    }
    m_bars->setData(keys, values, true);
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->setTicks(keys, tickLabels);
    m_plot->yAxis->setRange(0.3, std::max(n, 1) + 0.7);
    m_plot->xAxis->setLabel(m_choice->currentIndex() == HostsByPeers ? tr("peers")
                            : m_choice->currentIndex() == HostsByPackets ? tr("packets")
                                                                         : tr("bytes"));
    m_plot->xAxis->setRange(0, values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end()) * 1.05);
    m_plot->replot();
}

} // namespace mieruka::gui
