// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcua_no_security.h"

#include "alert_naming.h"
#include "conversation_sides.h"
#include "finding_evidence.h"
#include "row_span.h"

#include "core/detect/host_index.h"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;
using hygiene::FindingEvidence;

bool isNoSecurity(std::string_view value)
{
    return value == "opcua_security_mode_none" || value == "opcua_security_policy_none";
}

/// Hosts that opened an OPC UA conversation to each server.
std::map<std::string, std::set<std::string>> clientsByServer(const DetectionInput& input)
{
    std::map<std::string, std::set<std::string>> clients;
    for (const auto& row : input.conversations) {
        if (row.isLink || !row.hasPorts)
            continue;
        const auto sides = ConversationSides::ofService(row);
        if (row.protocol == "opcua" || sides.serverPort == 4840)
            clients[*sides.server].insert(*sides.client);
    }
    return clients;
}

} // namespace

void OpcuaNoSecurity::run(const DetectionContext& context, AlertList& alerts)
{
    const HostIndex hosts(context.current.hosts);
    const FindingEvidence evidence(context.current, hosts, isNoSecurity);
    if (evidence.empty())
        return;
    const auto clients = clientsByServer(context.current);
    for (const auto& [server, rows] : evidence.byAddress()) {
        hygiene::RowSpan span;
        std::set<std::string> findings;
        for (const auto* row : rows) {
            span.add(row->firstNs, row->lastNs);
            findings.insert(row->value);
        }
        auto alert = makeAlert(AlertType::OpcuaNoSecurity, Severity::Medium, "opcua_security_none", span.firstNs,
                               span.lastNs);
        hygiene::nameSource(alert, hosts, server);
        alert.protocol = "opcua";
        addField(alert, "findings", hygiene::joinLimited(findings));
        const auto it = clients.find(server);
        addField(alert, "clients", std::to_string(it == clients.end() ? 0 : it->second.size()));
        if (it != clients.end())
            addField(alert, "example_clients", hygiene::joinLimited(it->second));
        alert.count = span.rows;
        hygiene::takeFrame(alert, *FindingEvidence::earliest(rows));
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
