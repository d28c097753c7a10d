// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_graph_builder.h"

#include "protocol_class.h"

#include "core/net/ip_address.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace mieruka::gui {

namespace {

bool isLocalIp(const std::string& address)
{
    const auto ip = net::IpAddress::parse(address);
    return ip && (ip->isPrivate() || ip->isLinkLocal());
}

bool isBroadcastAddress(const std::string& address)
{
    if (const auto ip = net::IpAddress::parse(address))
        return ip->isMulticast() || ip->isBroadcast() || (ip->isV4() && address.ends_with(".255"));
    // A MAC: the group bit of the first octet marks broadcast and multicast.
    if (address.size() >= 2) {
        const auto hex = [](char c) {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        };
        const int low = hex(address[1]);
        return low >= 0 && (low & 1) != 0;
    }
    return false;
}

bool isPublicIp(const std::string& address)
{
    const auto ip = net::IpAddress::parse(address);
    return ip && ip->isGlobalUnicast();
}

std::string roleOf(const survey::LedgerHost& host)
{
    if (host.host.isRouter && (host.role.empty() || host.role == "unknown"))
        return "router";
    return host.role.empty() ? std::string("unknown") : host.role;
}

/// A host belongs on the map when it was seen on a local segment.
bool isLocalHost(const survey::LedgerHost& host)
{
    if (!host.host.mac.empty())
        return true;
    return std::any_of(host.host.ips.begin(), host.host.ips.end(), isLocalIp);
}

std::string clusterOf(const survey::LedgerHost& host)
{
    for (const std::string& ip : host.host.ips) {
        if (std::string subnet = MapGraphBuilder::subnetOf(ip); !subnet.empty())
            return subnet;
    }
    return {};
}

QStringList sorted(const std::set<std::string>& values)
{
    QStringList list;
    for (const std::string& value : values) {
        if (!value.empty())
            list << QString::fromStdString(value);
    }
    return list;
}

} // namespace

std::string MapGraphBuilder::subnetOf(const std::string& address)
{
    const auto ip = net::IpAddress::parse(address);
    if (!ip || !ip->isV4() || !(ip->isPrivate() || ip->isLinkLocal()))
        return {};
    const std::string text = ip->toString();
    const std::size_t cut = text.rfind('.');
    return cut == std::string::npos ? std::string{} : text.substr(0, cut) + ".0/24";
}

bool MapGraphBuilder::isOtProtocol(std::string_view label)
{
    return classifyProtocol(label) == ProtocolClass::Ot; // one list for the map and the traffic charts
}

map::MapGraph MapGraphBuilder::build(const WorkspaceData& data, const MapFilter& filter)
{
    const auto& snapshot = data.snapshot;
    const std::string internet(InternetId);
    const std::string broadcast(BroadcastId);

    // Address (IP or MAC) -> node id, and the node of every local host.
    std::unordered_map<std::string, std::string> nodeOf;
    std::map<std::string, map::MapNode> nodes; // by id
    std::vector<std::string> order;            // host order of the ledger
    for (const survey::LedgerHost& host : snapshot.hosts) {
        if (!isLocalHost(host)) {
            for (const std::string& ip : host.host.ips)
                nodeOf.emplace(ip, internet);
            continue;
        }
        const std::string key = hostKey(host).toStdString();
        if (key.empty() || nodes.count(key) != 0)
            continue;
        map::MapNode node;
        node.id = key;
        node.label = host.hostname.empty() ? key : host.hostname;
        node.cluster = clusterOf(host);
        node.role = roleOf(host);
        node.bytes = host.host.bytes;
        nodes.emplace(key, node);
        order.push_back(key);
        for (const std::string& ip : host.host.ips)
            nodeOf.emplace(ip, key);
        if (!host.host.mac.empty())
            nodeOf.emplace(host.host.mac, key);
    }
    auto resolve = [&](const std::string& address) -> std::optional<std::string> {
        if (const auto found = nodeOf.find(address); found != nodeOf.end())
            return found->second;
        if (isBroadcastAddress(address))
            return broadcast;
        if (isPublicIp(address))
            return internet;
        return std::nullopt; // a local address no host claims: not drawn
    };

    // Edges per unordered pair, filtered by protocol and time.
    const std::string protocol = filter.protocol.toStdString();
    struct Pair {
        std::uint64_t bytes = 0;
        map::EdgeClass edgeClass = map::EdgeClass::It;
    };
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    for (const analysis::ConversationRecord& conversation : snapshot.conversations) {
        if (!protocol.empty() && conversation.protocol != protocol)
            continue;
        if (filter.toNs != 0 && conversation.firstNs > filter.toNs)
            continue;
        if (filter.fromNs != 0 && conversation.lastNs != 0 && conversation.lastNs < filter.fromNs)
            continue;
        auto a = resolve(conversation.lo);
        auto b = resolve(conversation.hi);
        if (!a || !b || *a == *b)
            continue;
        map::EdgeClass edgeClass = map::EdgeClass::It;
        if (*a == broadcast || *b == broadcast)
            edgeClass = map::EdgeClass::Broadcast;
        else if (*a == internet || *b == internet)
            edgeClass = map::EdgeClass::Internet;
        else if (isOtProtocol(conversation.protocol))
            edgeClass = map::EdgeClass::Ot;
        auto [it, inserted] = pairs.try_emplace(std::minmax(*a, *b), Pair{0, edgeClass});
        it->second.bytes += conversation.bytesLoToHi + conversation.bytesHiToLo;
        if (edgeClass == map::EdgeClass::Ot) // a pair with any industrial traffic is drawn as OT
            it->second.edgeClass = edgeClass;
    }

    // Focus: the hosts the subnet and role choices name; without either, every host.
    const std::string subnet = filter.subnet.toStdString();
    const std::string role = filter.role.toStdString();
    const bool focused = !subnet.empty() || !role.empty();
    auto inFocus = [&](const std::string& id) {
        const auto found = nodes.find(id);
        if (found == nodes.end())
            return false;
        return (subnet.empty() || found->second.cluster == subnet) && (role.empty() || found->second.role == role);
    };

    map::MapGraph graph;
    std::unordered_set<std::string> shown;
    for (const auto& [ends, pair] : pairs) {
        if (focused && !inFocus(ends.first) && !inFocus(ends.second))
            continue;
        graph.edges.push_back(map::MapEdge{ends.first, ends.second, pair.bytes, pair.edgeClass});
        shown.insert(ends.first);
        shown.insert(ends.second);
    }
    // Without a protocol choice, quiet hosts of the focus are shown too.
    if (protocol.empty()) {
        for (const std::string& id : order) {
            if (!focused || inFocus(id))
                shown.insert(id);
        }
    }
    for (const std::string& id : order) {
        if (shown.count(id) != 0)
            graph.nodes.push_back(nodes.at(id));
    }
    std::uint64_t internetBytes = 0, broadcastBytes = 0;
    for (const map::MapEdge& edge : graph.edges) {
        if (edge.a == internet || edge.b == internet)
            internetBytes += edge.bytes;
        if (edge.a == broadcast || edge.b == broadcast)
            broadcastBytes += edge.bytes;
    }
    // The folded nodes carry ids only: their words are the view's (tr()).
    if (shown.count(internet) != 0)
        graph.nodes.push_back(map::MapNode{internet, {}, {}, internet, internetBytes});
    if (shown.count(broadcast) != 0)
        graph.nodes.push_back(map::MapNode{broadcast, {}, {}, broadcast, broadcastBytes});
    return graph;
}

QStringList MapGraphBuilder::subnets(const WorkspaceData& data)
{
    std::set<std::string> values;
    for (const survey::LedgerHost& host : data.snapshot.hosts) {
        if (isLocalHost(host))
            values.insert(clusterOf(host));
    }
    QStringList list = sorted(values);
    // Numeric order of the /24s, not text order.
    const auto key = [](const QString& subnet) {
        return subnet.section(QLatin1Char('.'), 0, 0).toUInt() << 16 | subnet.section(QLatin1Char('.'), 1, 1).toUInt() << 8 |
               subnet.section(QLatin1Char('.'), 2, 2).toUInt();
    };
    std::sort(list.begin(), list.end(), [&](const QString& l, const QString& r) { return key(l) < key(r); });
    return list;
}

QStringList MapGraphBuilder::protocols(const WorkspaceData& data)
{
    std::set<std::string> values;
    for (const analysis::ConversationRecord& conversation : data.snapshot.conversations)
        values.insert(conversation.protocol);
    return sorted(values);
}

QStringList MapGraphBuilder::roles(const WorkspaceData& data)
{
    std::set<std::string> values;
    for (const survey::LedgerHost& host : data.snapshot.hosts) {
        if (isLocalHost(host))
            values.insert(roleOf(host));
    }
    return sorted(values);
}

} // namespace mieruka::gui
