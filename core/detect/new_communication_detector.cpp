// SPDX-License-Identifier: GPL-3.0-or-later
#include "new_communication_detector.h"

#include "host_index.h"
#include "plant_host.h"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_set>

namespace mieruka::detect {

namespace {

constexpr int kDynamicPorts = 49152;
constexpr int kArp = 0x0806;
constexpr int kDhcpServer = 67, kDhcpClient = 68;
constexpr std::string_view kExternal = "external";

struct Communication {
    std::string client, server;         ///< addresses, or "external" for internet peers
    std::string clientAddress, serverAddress; ///< the addresses themselves
    int ipProtocol = 0;
    int port = 0;          ///< server port; -1 dynamic; ethertype for non-IP
    bool isLink = false;
    std::string protocol;

    bool peerToPeer = false; ///< same port both sides: neither is the client
    std::string service() const { return std::to_string(ipProtocol) + '/' + std::to_string(port) + (isLink ? "/l" : ""); }
    std::string key() const { return client + '|' + server + '|' + service(); }
};

// EtherNet/IP answers on tcp/44818 and udp/44818 alike: a server that offered the protocol
// on one transport offers it on the other. Bare "tcp"/"udp" labels name no protocol.
bool isNamedProtocol(const std::string& label)
{
    return !label.empty() && label != "tcp" && label != "udp" && label != "ip";
}

bool isIndustrialClientRole(const std::string& role)
{
    return role == "engineering_workstation" || role == "hmi" || role == "scada_server";
}

/// What the learning period showed as routine, beyond exact pairs.
struct Routine {
    std::unordered_set<std::string> pairs;          ///< Communication::key()
    std::unordered_set<std::string> offered;        ///< server|service
    std::unordered_set<std::string> knownHosts;     ///< addresses seen sending in the learning period
    std::unordered_set<std::string> industrialClients;
};

std::string peerName(const std::string& address)
{
    return isPublicAddress(address) ? std::string(kExternal) : address;
}

std::optional<Communication> communicationOf(const analysis::ConversationRecord& row)
{
    std::string initiator = row.initiatorIsLo ? row.lo : row.hi;
    std::string responder = row.initiatorIsLo ? row.hi : row.lo;
    int initiatorPort = row.initiatorIsLo ? row.loPort : row.hiPort;
    int responderPort = row.initiatorIsLo ? row.hiPort : row.loPort;
    if (isGroupAddress(responder) || isGroupAddress(initiator) || (row.isLink && row.etherType == kArp))
        return std::nullopt;
    // DHCP renewals come once per lease, often after any learning period; rogue_dhcp judges DHCP.
    if (row.hasPorts && (initiatorPort == kDhcpServer || initiatorPort == kDhcpClient)
        && (responderPort == kDhcpServer || responderPort == kDhcpClient))
        return std::nullopt;
    // A capture that starts mid-conversation can name the server as initiator.
    if (row.hasPorts && responderPort >= 1024 && initiatorPort < 1024) {
        std::swap(initiator, responder);
        std::swap(initiatorPort, responderPort);
    }
    Communication communication;
    communication.isLink = row.isLink;
    communication.ipProtocol = row.ipProtocol;
    communication.protocol = row.protocol;
    communication.client = peerName(initiator);
    communication.server = peerName(responder);
    communication.clientAddress = initiator;
    communication.serverAddress = responder;
    if (communication.client == kExternal && communication.server == kExternal)
        return std::nullopt;
    if (row.isLink)
        communication.port = row.etherType;
    else if (row.hasPorts)
        communication.port = responderPort >= kDynamicPorts ? -1 : responderPort;
    // Peer-to-peer UDP (FINS 9600↔9600, BACnet 47808) has no client: order the pair.
    communication.peerToPeer = row.hasPorts && initiatorPort == responderPort;
    if (communication.peerToPeer && communication.server < communication.client) {
        std::swap(communication.client, communication.server);
        std::swap(communication.clientAddress, communication.serverAddress);
    }
    return communication;
}


Routine learnRoutine(const DetectionContext& context, const std::unordered_set<std::string>& industrialProtocols)
{
    Routine routine;
    for (const auto& host : context.baseline.hosts) {
        if (!context.window.learned(host.firstSeenNs))
            continue;
        if (!host.mac.empty())
            routine.knownHosts.insert(host.mac);
        routine.knownHosts.insert(host.ips.begin(), host.ips.end());
    }
    for (const auto& row : context.baseline.conversations) {
        if (!context.window.learned(row.firstNs))
            continue;
        const auto communication = communicationOf(row);
        if (!communication)
            continue;
        routine.pairs.insert(communication->key());
        routine.offered.insert(communication->server + '|' + communication->service());
        if (isNamedProtocol(communication->protocol))
            routine.offered.insert(communication->server + '|' + communication->protocol);
        if (communication->peerToPeer)
            routine.offered.insert(communication->client + '|' + communication->service());
        if (industrialProtocols.contains(communication->protocol))
            routine.industrialClients.insert(communication->client);
    }
    return routine;
}

bool isRoutine(const Communication& communication, const Routine& routine, const DetectHost* client,
               const std::unordered_set<std::string>& industrialProtocols)
{
    if (routine.pairs.contains(communication.key()))
        return true;
    if (!routine.knownHosts.contains(communication.client) && communication.client != kExternal)
        return false;
    const bool offered = routine.offered.contains(communication.server + '|' + communication.service())
                         || (isNamedProtocol(communication.protocol)
                             && routine.offered.contains(communication.server + '|' + communication.protocol))
                         || (communication.peerToPeer && routine.offered.contains(communication.client + '|' + communication.service()));
    if (!offered)
        return false;
    if (!industrialProtocols.contains(communication.protocol))
        return true;
    return routine.industrialClients.contains(communication.client) || (client && isIndustrialClientRole(client->role));
}

} // namespace

void NewCommunicationDetector::run(const DetectionContext& context, AlertList& alerts)
{
    std::unordered_set<std::string> industrialProtocols;
    for (const auto* input : {&context.baseline, &context.current})
        for (const auto& host : input->hosts) {
            industrialProtocols.insert(host.otServer.begin(), host.otServer.end());
            industrialProtocols.insert(host.otClient.begin(), host.otClient.end());
        }
    const Routine routine = learnRoutine(context, industrialProtocols);

    const HostIndex hosts(context.current.hosts);
    std::map<std::string, analysis::AlertRecord> found; // ordered: deterministic output
    for (const auto& row : context.current.conversations) {
        if (!context.window.judged(row.firstNs))
            continue;
        const auto communication = communicationOf(row);
        if (!communication)
            continue;
        const DetectHost* client = hosts.find(communication->client);
        if (isRoutine(*communication, routine, client, industrialProtocols))
            continue;
        auto [it, inserted] = found.try_emplace(communication->key());
        analysis::AlertRecord& alert = it->second;
        if (!inserted) {
            ++alert.count;
            alert.firstNs = std::min(alert.firstNs, row.firstNs);
            alert.lastNs = std::max(alert.lastNs, row.lastNs);
            continue;
        }
        const std::string port = communication->port < 0 ? "dynamic" : std::to_string(communication->port);
        alert = makeAlert(AlertType::NewCommunication, Severity::Medium, communication->service(), row.firstNs, row.lastNs);
        alert.protocol = communication->protocol;
        const DetectHost* server = hosts.find(communication->server);
        if (client)
            setSource(alert, *client);
        else
            alert.src = communication->clientAddress;
        if (server)
            setDestination(alert, *server);
        else
            alert.dst = communication->serverAddress;
        if (communication->client == kExternal || communication->server == kExternal)
            addField(alert, "peer", std::string(kExternal)); // the first of possibly many internet peers
        // A new client of an industrial server is how an attack on a controller begins.
        if (server && !server->otServer.empty())
            alert.severity = std::string(severityName(Severity::High));
        addField(alert, "ip_protocol", std::to_string(communication->ipProtocol));
        addField(alert, communication->isLink ? "ether_type" : "port", port);
        addField(alert, "service", communication->protocol);
    }
    for (auto& [key, alert] : found)
        alerts.push_back(std::move(alert));
}

} // namespace mieruka::detect
