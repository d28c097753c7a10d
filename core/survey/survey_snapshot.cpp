// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_snapshot.h"

#include "role_inference.h"

#include "core/analysis/protocol_labels.h"

#include "core/net/mac_address.h"
#include "core/net/oui_table.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>

namespace mieruka::survey {

namespace {

struct HostUsage {
    std::set<std::string> protocols;
    std::set<int> serverPorts;
};

/// The value a ledger column shows: the most trusted, then most often seen, then earliest.
const Evidence* bestOf(const std::vector<Evidence>& evidence, std::initializer_list<std::string_view> attributes)
{
    const Evidence* best = nullptr;
    for (std::string_view attribute : attributes) {
        for (const auto& fact : evidence) {
            if (fact.attribute != attribute)
                continue;
            if (!best || fact.confidence > best->confidence
                || (fact.confidence == best->confidence && fact.count > best->count))
                best = &fact;
        }
        if (best)
            return best; // earlier attributes in the list win over later ones
    }
    return nullptr;
}

/// Evidence is keyed by the MAC and IP its frame carried. A MAC that is a router's says
/// nothing about the host behind it, so such rows go by IP.
void attachEvidence(SurveySnapshot& snapshot, const std::vector<analysis::EvidenceRecord>& rows)
{
    std::map<std::string, std::size_t> byMac, byIp;
    for (std::size_t i = 0; i < snapshot.hosts.size(); ++i) {
        const auto& host = snapshot.hosts[i].host;
        if (!host.mac.empty())
            byMac[host.mac] = i;
        for (const auto& ip : host.ips)
            byIp.emplace(ip, i);
    }
    std::map<std::int64_t, std::string> capturePaths;
    for (const auto& capture : snapshot.captures)
        capturePaths[capture.id] = capture.path;
    for (const auto& row : rows) {
        std::optional<std::size_t> target;
        const auto mac = byMac.find(row.mac);
        const bool routerMac = mac != byMac.end() && snapshot.hosts[mac->second].host.isRouter;
        if (mac != byMac.end() && !routerMac)
            target = mac->second;
        else if (const auto ip = byIp.find(row.ip); ip != byIp.end())
            target = ip->second;
        else if (mac != byMac.end() && row.ip.empty())
            target = mac->second; // a router's own link-layer facts (LLDP, CDP)
        if (!target)
            continue;
        const auto capture = capturePaths.find(row.captureId);
        snapshot.hosts[*target].evidence.push_back({row.attribute, row.value, row.protocol, row.confidence, row.firstNs,
                                                    capture == capturePaths.end() ? std::string() : capture->second,
                                                    row.packetNumber, row.count});
    }
    for (auto& host : snapshot.hosts) {
        if (const auto* fact = bestOf(host.evidence, {"hostname"}))
            host.hostname = fact->value;
        if (const auto* fact = bestOf(host.evidence, {"model_name", "product_name"}))
            host.model = fact->value;
        if (const auto* fact = bestOf(host.evidence, {"firmware_version"}))
            host.firmware = fact->value;
        if (const auto* fact = bestOf(host.evidence, {"serial_number"}))
            host.serial = fact->value;
    }
}

/// OS and role per host, from its evidence and what its conversations show it doing.
void classifyHosts(SurveySnapshot& snapshot)
{
    std::map<std::string, std::size_t> byAddress;
    for (std::size_t i = 0; i < snapshot.hosts.size(); ++i) {
        const auto& host = snapshot.hosts[i].host;
        if (!host.mac.empty() && !host.isRouter)
            byAddress.emplace(host.mac, i);
        for (const auto& ip : host.ips)
            byAddress.emplace(ip, i);
    }
    std::vector<HostActivity> activity(snapshot.hosts.size());
    for (const auto& conversation : snapshot.conversations) {
        const std::uint64_t packets = conversation.packetsLoToHi + conversation.packetsHiToLo;
        for (int side = 0; side < 2; ++side) {
            const auto self = byAddress.find(side == 0 ? conversation.lo : conversation.hi);
            if (self == byAddress.end())
                continue;
            HostActivity& mine = activity[self->second];
            const bool initiator = (side == 0) == conversation.initiatorIsLo;
            // ICMP says nothing about serving; layer-2 cyclic traffic (PROFINET RT, GOOSE) has no
            // client side, and its roles come from the protocols' own evidence (DCP device role).
            if (!conversation.hasPorts)
                continue;
            if (initiator) {
                mine.initiatedServices.insert(conversation.protocol);
                const int remotePort = side == 0 ? conversation.hiPort : conversation.loPort;
                if (conversation.hasPorts && analysis::ProtocolLabels::servicePort(
                        static_cast<std::uint8_t>(conversation.ipProtocol), static_cast<std::uint16_t>(remotePort), 0) != 0)
                    mine.clientPorts.insert(remotePort);
                if (RoleInference::isOtService(conversation.protocol)) {
                    mine.otPacketsAsClient += packets;
                    mine.otPeersAsClient.insert(side == 0 ? conversation.hi : conversation.lo);
                }
            } else if (conversation.hasPorts) {
                mine.servedServices.insert(conversation.protocol);
            }
        }
    }
    for (std::size_t i = 0; i < snapshot.hosts.size(); ++i) {
        auto& host = snapshot.hosts[i];
        activity[i].packets = host.host.packets;
        activity[i].surveyMinutes = double(snapshot.totals.endNs - snapshot.totals.startNs) / 60e9;
        host.os = OsInference::infer(host.evidence, snapshot.totals.endNs);
        const auto role = RoleInference::infer(host, activity[i]);
        host.role = role.role;
        host.roleReasons = role.reasons;
        host.clientPorts.assign(activity[i].clientPorts.begin(), activity[i].clientPorts.end());
        for (const auto& service : activity[i].servedServices)
            if (RoleInference::isOtService(service))
                host.otServer.push_back(service);
        for (const auto& service : activity[i].initiatedServices)
            if (RoleInference::isOtService(service))
                host.otClient.push_back(service);
    }
}

} // namespace

SurveySnapshot SurveySnapshot::load(store::SurveyStore& store)
{
    SurveySnapshot snapshot;
    snapshot.captures = store.captures();
    snapshot.conversations = store.conversations();
    snapshot.endpoints = store.endpoints();
    snapshot.anomalies = store.anomalies();
    snapshot.truncation = store.truncation();
    snapshot.operations = store.operations();
    snapshot.alerts = store.alerts();
    if (const auto tooShort = store.meta("detection.learning_too_short")) {
        snapshot.detection.ran = true;
        snapshot.detection.learningTooShort = *tooShort == "1";
        snapshot.detection.baselineSurvey = store.meta("detection.baseline").value_or("");
        const std::string until = store.meta("detection.learning_until_ns").value_or("");
        snapshot.detection.learningUntilNs = until.empty() ? 0 : std::stoll(until);
    }
    const auto bindings = store.bindings();

    bool first = true;
    for (const auto& capture : snapshot.captures) {
        snapshot.totals.packets += capture.packets;
        snapshot.totals.bytes += capture.bytes;
        if (capture.packets == 0)
            continue;
        snapshot.totals.startNs = first ? capture.startNs : std::min(snapshot.totals.startNs, capture.startNs);
        snapshot.totals.endNs = first ? capture.endNs : std::max(snapshot.totals.endNs, capture.endNs);
        first = false;
    }

    std::map<std::string, HostUsage> usage; // by IP or MAC text
    for (const auto& conversation : snapshot.conversations) {
        for (int side = 0; side < 2; ++side) {
            const std::string& address = side == 0 ? conversation.lo : conversation.hi;
            HostUsage& entry = usage[address];
            entry.protocols.insert(conversation.protocol);
            const bool isInitiator = (side == 0) == conversation.initiatorIsLo;
            if (conversation.hasPorts && !isInitiator)
                entry.serverPorts.insert(side == 0 ? conversation.loPort : conversation.hiPort);
        }
    }

    std::map<std::pair<std::string, std::string>, const analysis::BindingRecord*> firstBinding;
    for (const auto& binding : bindings) {
        auto& slot = firstBinding[{binding.mac, binding.ip}];
        if (!slot || binding.firstNs < slot->firstNs)
            slot = &binding;
    }

    for (auto& host : analysis::HostInventory::build(bindings, snapshot.endpoints)) {
        LedgerHost row;
        if (!host.mac.empty()) {
            if (const auto mac = net::MacAddress::parse(host.mac); mac && !mac->isLocallyAdministered()) {
                row.vendor = std::string(net::OuiTable::lookup(*mac));
                if (!row.vendor.empty())
                    row.evidence.push_back({"vendor", row.vendor, "oui", 1.0, 0, std::string(), 0, 1});
            }
        }
        std::set<std::string> protocols;
        std::set<int> ports;
        auto collect = [&](const std::string& address) {
            if (const auto it = usage.find(address); it != usage.end()) {
                protocols.insert(it->second.protocols.begin(), it->second.protocols.end());
                ports.insert(it->second.serverPorts.begin(), it->second.serverPorts.end());
            }
        };
        if (!host.mac.empty())
            collect(host.mac);
        for (const auto& ip : host.ips) {
            collect(ip);
            if (const auto it = firstBinding.find({host.mac, ip}); it != firstBinding.end())
                row.evidence.push_back({"ip", ip, it->second->source, 1.0, it->second->firstNs, std::string(), 0,
                                        it->second->packets});
        }
        row.protocols.assign(protocols.begin(), protocols.end());
        row.serverPorts.assign(ports.begin(), ports.end());
        row.host = std::move(host);
        snapshot.hosts.push_back(std::move(row));
    }
    attachEvidence(snapshot, store.evidence());
    classifyHosts(snapshot);
    return snapshot;
}

} // namespace mieruka::survey
