// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_map.h"

#include "report_matrix.h"
#include "report_text.h"

#include "core/net/ip_address.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace mieruka::render {

namespace {

std::string subnetOf(const std::string& address)
{
    const auto ip = net::IpAddress::parse(address);
    if (!ip || !ip->isV4() || !(ip->isPrivate() || ip->isLinkLocal()))
        return {};
    const std::string text = ip->toString();
    return text.substr(0, text.rfind('.')) + ".0/24";
}

bool isOtLabel(const std::string& protocol)
{
    static const char* const ot[] = {"modbus", "s7comm", "s7comm_plus", "enip", "cip", "dnp3", "iec104", "bacnet",
                                     "fins", "slmp", "melsec", "cclink", "opcua", "profinet", "goose", "mms"};
    return std::any_of(std::begin(ot), std::end(ot), [&](const char* p) { return protocol.starts_with(p); });
}

QColor edgeColour(map::EdgeClass edgeClass)
{
    switch (edgeClass) {
    case map::EdgeClass::Ot: return QColor(0xd9, 0x6c, 0x1e);
    case map::EdgeClass::Internet: return QColor(0xb0, 0x40, 0xb0);
    case map::EdgeClass::Broadcast: return QColor(0xbb, 0xbb, 0xbb);
    case map::EdgeClass::It: break;
    }
    return QColor(0x70, 0x90, 0xb0);
}

} // namespace

ReportMap::ReportMap(const survey::SurveySnapshot& snapshot)
{
    std::vector<const survey::LedgerHost*> local;
    for (const auto& host : snapshot.hosts) {
        if (!host.host.mac.empty() || (!host.host.ips.empty() && !subnetOf(host.host.ips.front()).empty()))
            local.push_back(&host);
    }
    // Busiest first, ties by address: a stable choice of the hosts that fit on a page.
    std::stable_sort(local.begin(), local.end(),
                     [](const auto* a, const auto* b) { return a->host.bytes > b->host.bytes; });
    m_omitted = local.size() > kMaxNodes ? local.size() - kMaxNodes : 0;
    local.resize(std::min(local.size(), kMaxNodes));

    map::MapGraph graph;
    std::unordered_map<std::string, std::string> nodeOf;
    for (const auto* host : local) {
        const std::string key = host->host.ips.empty() ? host->host.mac : host->host.ips.front();
        map::MapNode node;
        node.id = key;
        node.label = key; // addresses, not hostnames: short and what the tables use
        node.cluster = host->host.ips.empty() ? std::string{} : subnetOf(host->host.ips.front());
        node.role = host->role;
        node.bytes = host->host.bytes;
        graph.nodes.push_back(node);
        m_roles.emplace(key, QString::fromStdString(host->role));
        for (const std::string& ip : host->host.ips)
            nodeOf.emplace(ip, key);
        if (!host->host.mac.empty())
            nodeOf.emplace(host->host.mac, key);
    }
    std::map<std::pair<std::string, std::string>, map::MapEdge> edges;
    for (const auto& conversation : snapshot.conversations) {
        const auto a = nodeOf.find(conversation.lo);
        const auto b = nodeOf.find(conversation.hi);
        if (a == nodeOf.end() || b == nodeOf.end() || a->second == b->second)
            continue;
        auto& edge = edges[std::minmax(a->second, b->second)];
        edge.a = std::min(a->second, b->second);
        edge.b = std::max(a->second, b->second);
        edge.bytes += conversation.bytesLoToHi + conversation.bytesHiToLo;
        if (isOtLabel(conversation.protocol))
            edge.edgeClass = map::EdgeClass::Ot;
    }
    for (auto& [ends, edge] : edges)
        graph.edges.push_back(edge);
    m_layout = map::MapLayout::compute(graph);
}

void ReportMap::draw(QPainter& painter, const QRectF& area, const QFont& font) const
{
    const map::LayoutResult& layout = m_layout;
    if (!layout.ok || layout.bounds.width <= 0 || layout.bounds.height <= 0)
        return;
    const double scale = std::min({area.width() / layout.bounds.width, area.height() / layout.bounds.height, 1.0});
    const auto at = [&](double x, double y) { return QPointF(area.left() + x * scale, area.top() + y * scale); };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    // Graphviz sized the boxes for its own font; a slightly smaller one keeps labels inside.
    QFont label = font;
    label.setPixelSize(std::max(3, qRound(6 * std::max(scale, 0.5))));
    for (const auto& cluster : layout.clusters) {
        const QRectF box(at(cluster.box.x, cluster.box.y), QSizeF(cluster.box.width * scale, cluster.box.height * scale));
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6, Qt::DashLine));
        painter.setBrush(QColor(0xf4, 0xf6, 0xf8));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(box.adjusted(3, 1, -3, 0), Qt::AlignLeft | Qt::AlignTop,
                         ReportText::plain(cluster.cluster, 40));
    }
    for (const auto& edge : layout.edges) {
        if (edge.points.size() < 4)
            continue;
        QPainterPath path(at(edge.points[0].x, edge.points[0].y));
        for (std::size_t i = 1; i + 2 < edge.points.size(); i += 3)
            path.cubicTo(at(edge.points[i].x, edge.points[i].y), at(edge.points[i + 1].x, edge.points[i + 1].y),
                         at(edge.points[i + 2].x, edge.points[i + 2].y));
        painter.setPen(QPen(edgeColour(edge.edgeClass), edge.edgeClass == map::EdgeClass::Ot ? 1.0 : 0.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    for (const auto& node : layout.nodes) {
        const QRectF box(at(node.x - node.width / 2, node.y - node.height / 2),
                         QSizeF(node.width * scale, node.height * scale));
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.5));
        const auto role = m_roles.find(node.id);
        painter.setBrush(ReportMatrix::roleColour(role == m_roles.end() ? QString() : role->second));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(Qt::black);
        painter.setFont(label);
        painter.drawText(box, Qt::AlignCenter, ReportText::plain(node.id, 40));
    }
    painter.restore();
}

} // namespace mieruka::render
