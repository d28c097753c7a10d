// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleartext_protocol.h"

#include "alert_naming.h"
#include "conversation_sides.h"
#include "finding_evidence.h"
#include "row_span.h"

#include "core/detect/host_index.h"

#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;
using hygiene::FindingEvidence;

constexpr int kTcp = 6, kUdp = 17;
constexpr std::string_view kHttpRule = "http_basic_auth";
constexpr std::string_view kSnmpRule = "snmp_community";

struct PortService {
    int ipProtocol = 0;
    int firstPort = 0, lastPort = 0;
    std::string_view name;
    Severity severity = Severity::Medium;
    bool needsAnswer = true;
};

// TFTP servers answer from a fresh port, so the udp/69 conversation only ever holds requests.
constexpr std::array<PortService, 6> kPortServices{{
    {kTcp, 23, 23, "telnet", Severity::High, true},
    {kTcp, 21, 21, "ftp", Severity::High, true},
    {kTcp, 5900, 5910, "vnc", Severity::High, true},
    {kTcp, 513, 513, "rlogin", Severity::High, true},
    {kTcp, 514, 514, "rsh", Severity::High, true},
    {kUdp, 69, 69, "tftp", Severity::Medium, false},
}};

const PortService* serviceAt(int ipProtocol, int port)
{
    for (const auto& service : kPortServices)
        if (service.ipProtocol == ipProtocol && port >= service.firstPort && port <= service.lastPort)
            return &service;
    return nullptr;
}

bool isBasicChallenge(std::string_view value) { return value == "http_basic_auth"; }
bool isBasicSent(std::string_view value) { return value == "http_basic_auth_sent"; }
bool isSnmpCommunity(std::string_view value) { return value.starts_with("snmp_community_"); }

/// What one (client, server, rule) alert is made of: conversations and/or evidence rows.
struct Finding {
    std::string protocol;
    Severity severity = Severity::Medium;
    hygiene::RowSpan conversations, evidence;
    std::set<int> ports;
    std::set<std::string> findings;
    std::uint64_t packets = 0, bytes = 0;
    const analysis::EvidenceRecord* frame = nullptr;
    bool evidenceTaken = false;

    void add(const analysis::ConversationRecord& row, const ConversationSides& sides)
    {
        conversations.add(row.firstNs, row.lastNs);
        ports.insert(sides.serverPort);
        packets += sides.packets();
        bytes += sides.bytes();
    }
    void add(const FindingEvidence::Rows& rows)
    {
        for (const auto* row : rows) {
            evidence.add(row->firstNs, row->lastNs);
            findings.insert(row->value);
        }
        const auto* first = FindingEvidence::earliest(rows);
        if (first && (!frame || first->firstNs < frame->firstNs))
            frame = first;
        evidenceTaken = true;
    }
};

/// (client, server, rule); one address is empty when the evidence names only one side.
using FindingKey = std::tuple<std::string, std::string, std::string>;
using Findings = std::map<FindingKey, Finding>; // ordered: deterministic output

void addPortFindings(const DetectionInput& input, Findings& found)
{
    for (const auto& row : input.conversations) {
        if (row.isLink || !row.hasPorts)
            continue;
        auto sides = ConversationSides::of(row);
        const PortService* service = serviceAt(row.ipProtocol, sides.serverPort);
        if (!service) {
            service = serviceAt(row.ipProtocol, sides.clientPort);
            sides = sides.swapped(); // the capture began after the client's first frame
        }
        if (!service || (service->needsAnswer && !sides.answered()) || sides.toItself())
            continue;
        Finding& finding = found[{*sides.client, *sides.server, std::string(service->name)}];
        finding.protocol = service->name;
        finding.severity = service->severity;
        finding.add(row, sides);
    }
}

/// Evidence of hosts no conversation paired: the alert names the one side it knows.
void addUnpaired(const FindingEvidence& evidence, const std::set<std::string>& paired, bool isServer,
                 std::string_view rule, std::string_view protocol, Findings& found)
{
    for (const auto& [address, rows] : evidence.byAddress()) {
        if (paired.contains(address))
            continue;
        Finding& finding = found[{isServer ? std::string() : address, isServer ? address : std::string(), std::string(rule)}];
        finding.protocol = protocol;
        finding.add(rows);
    }
}

void addHttpFindings(const DetectionInput& input, const HostIndex& hosts, Findings& found)
{
    const FindingEvidence servers(input, hosts, isBasicChallenge);
    const FindingEvidence clients(input, hosts, isBasicSent);
    if (servers.empty() && clients.empty())
        return;
    std::set<std::string> pairedServers, pairedClients;
    for (const auto& row : input.conversations) {
        if (row.isLink || row.ipProtocol != kTcp)
            continue;
        const auto sides = ConversationSides::ofService(row);
        const auto* serverRows = servers.find(*sides.server);
        const auto* clientRows = clients.find(*sides.client);
        // A server asking for Basic auth may have other clients that use something else, and
        // a client sending it may talk to other servers: only both ends showing it pair them.
        if (!serverRows || !clientRows || sides.toItself())
            continue;
        Finding& finding = found[{*sides.client, *sides.server, std::string(kHttpRule)}];
        finding.protocol = "http";
        finding.add(row, sides);
        if (!finding.evidenceTaken) {
            finding.add(*serverRows);
            finding.add(*clientRows);
        }
        pairedServers.insert(*sides.server);
        pairedClients.insert(*sides.client);
    }
    addUnpaired(servers, pairedServers, true, kHttpRule, "http", found);
    addUnpaired(clients, pairedClients, false, kHttpRule, "http", found);
}

void addSnmpFindings(const DetectionInput& input, const HostIndex& hosts, Findings& found)
{
    const FindingEvidence agents(input, hosts, isSnmpCommunity);
    if (agents.empty())
        return;
    const auto isSnmpPort = [](int port) { return port == 161 || port == 162; };
    std::set<std::string> paired;
    for (const auto& row : input.conversations) {
        if (row.isLink || row.ipProtocol != kUdp || !row.hasPorts)
            continue;
        auto sides = ConversationSides::of(row);
        if (!isSnmpPort(sides.serverPort) && isSnmpPort(sides.clientPort))
            sides = sides.swapped();
        if (!isSnmpPort(sides.serverPort) || sides.toItself())
            continue;
        // The side on 161 is the agent being polled; a trap goes from the agent to the manager's 162.
        const std::string& agent = sides.serverPort == 161 ? *sides.server : *sides.client;
        const auto* rows = agents.find(agent);
        if (!rows)
            continue;
        Finding& finding = found[{*sides.client, *sides.server, std::string(kSnmpRule)}];
        finding.protocol = "snmp";
        finding.add(row, sides);
        if (!finding.evidenceTaken)
            finding.add(*rows);
        paired.insert(agent);
    }
    addUnpaired(agents, paired, true, kSnmpRule, "snmp", found);
}

analysis::AlertRecord alertOf(const FindingKey& key, const Finding& finding, const HostIndex& hosts)
{
    const auto& [client, server, rule] = key;
    // A pair is dated by its conversations; a lone host by the evidence about it.
    const hygiene::RowSpan& span = finding.conversations.rows > 0 ? finding.conversations : finding.evidence;
    auto alert = makeAlert(AlertType::CleartextProtocol, finding.severity, rule, span.firstNs, span.lastNs);
    if (!client.empty())
        hygiene::nameSource(alert, hosts, client);
    if (!server.empty())
        hygiene::nameDestination(alert, hosts, server);
    alert.protocol = finding.protocol;
    if (!finding.ports.empty()) {
        addField(alert, "ports", hygiene::joinLimited(finding.ports));
        addField(alert, "packets", std::to_string(finding.packets));
        addField(alert, "bytes", std::to_string(finding.bytes));
    }
    if (!finding.findings.empty())
        addField(alert, "findings", hygiene::joinLimited(finding.findings));
    alert.count = span.rows;
    if (finding.frame)
        hygiene::takeFrame(alert, *finding.frame);
    return alert;
}

} // namespace

void CleartextProtocol::run(const DetectionContext& context, AlertList& alerts)
{
    const HostIndex hosts(context.current.hosts);
    Findings found;
    addPortFindings(context.current, found);
    addHttpFindings(context.current, hosts, found);
    addSnmpFindings(context.current, hosts, found);
    for (const auto& [key, finding] : found)
        alerts.push_back(alertOf(key, finding, hosts));
}

} // namespace mieruka::detect
