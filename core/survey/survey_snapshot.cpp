// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_snapshot.h"

#include "core/net/mac_address.h"
#include "core/net/oui_table.h"

#include <algorithm>
#include <map>
#include <set>

namespace mieruka::survey {

namespace {

struct HostUsage {
    std::set<std::string> protocols;
    std::set<int> serverPorts;
};

} // namespace

SurveySnapshot SurveySnapshot::load(store::SurveyStore& store)
{
    SurveySnapshot snapshot;
    snapshot.captures = store.captures();
    snapshot.conversations = store.conversations();
    snapshot.endpoints = store.endpoints();
    snapshot.anomalies = store.anomalies();
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
                    row.evidence.push_back({"vendor", row.vendor, "oui", 1.0, 0});
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
                row.evidence.push_back({"ip", ip, it->second->source, 1.0, it->second->firstNs});
        }
        row.protocols.assign(protocols.begin(), protocols.end());
        row.serverPorts.assign(ports.begin(), ports.end());
        if (host.isRouter)
            row.role = "network_device";
        row.host = std::move(host);
        snapshot.hosts.push_back(std::move(row));
    }
    return snapshot;
}

} // namespace mieruka::survey
