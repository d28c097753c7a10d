// SPDX-License-Identifier: GPL-3.0-or-later
#include "rogue_dhcp.h"

#include "alert_naming.h"
#include "conversation_sides.h"
#include "row_span.h"

#include "core/detect/host_index.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;

constexpr int kUdp = 17;

struct Server {
    hygiene::RowSpan span;
    std::uint64_t replies = 0;
    std::set<std::string> clients;
};

/// DHCP servers by address, from the 67→68 conversations that `accept` lets through.
template <typename Accept>
std::map<std::string, Server> serversOf(const DetectionInput& input, Accept accept)
{
    std::map<std::string, Server> servers;
    for (const auto& row : input.conversations) {
        if (row.isLink || row.ipProtocol != kUdp || !row.hasPorts || !accept(row))
            continue;
        auto sides = ConversationSides::of(row);
        if (sides.serverPort != 67)
            sides = sides.swapped();
        if (sides.serverPort != 67 || sides.clientPort != 68 || sides.packetsToClient == 0)
            continue;
        Server& server = servers[*sides.server];
        server.span.add(row.firstNs, row.lastNs);
        server.replies += sides.packetsToClient;
        server.clients.insert(*sides.client);
    }
    return servers;
}

} // namespace

void RogueDhcp::run(const DetectionContext& context, AlertList& alerts)
{
    const auto current = serversOf(context.current, [](const analysis::ConversationRecord&) { return true; });
    if (current.empty())
        return;
    const auto learnedServers = serversOf(
        context.baseline, [&](const analysis::ConversationRecord& row) { return context.window.learned(row.firstNs); });
    std::set<std::string> legitimate;
    for (const auto& [address, server] : learnedServers)
        legitimate.insert(address);
    if (legitimate.empty()) {
        // Nothing learned: the busiest server is the plant's (ties: the first to answer).
        const auto busiest = std::max_element(current.begin(), current.end(), [](const auto& a, const auto& b) {
            return a.second.replies != b.second.replies ? a.second.replies < b.second.replies
                                                        : a.second.span.firstNs > b.second.span.firstNs;
        });
        legitimate.insert(busiest->first);
    }
    std::set<std::string> all = legitimate;
    for (const auto& [address, server] : current)
        all.insert(address);
    if (all.size() < 2)
        return;

    const HostIndex hosts(context.current.hosts);
    for (const auto& [address, server] : current) {
        if (legitimate.contains(address))
            continue;
        auto alert = makeAlert(AlertType::RogueDhcp, Severity::High, "dhcp_server", server.span.firstNs, server.span.lastNs);
        hygiene::nameSource(alert, hosts, address);
        alert.protocol = "dhcp";
        addField(alert, "legitimate", hygiene::joinLimited(legitimate));
        addField(alert, "replies", std::to_string(server.replies));
        addField(alert, "clients", std::to_string(server.clients.size()));
        alert.count = server.span.rows;
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
