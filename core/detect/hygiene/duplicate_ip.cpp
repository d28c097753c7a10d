// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicate_ip.h"

#include "address_claims.h"
#include "alert_naming.h"
#include "arp_spoofing.h"
#include "row_span.h"

#include "core/detect/host_index.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace mieruka::detect {

namespace {

using hygiene::AddressClaims;

/// The claims of `list` (sorted by first time) that overlap at least one other: one that
/// began before it and is still running, or the very next one to begin.
std::vector<const AddressClaims::Claim*> overlapping(const std::vector<AddressClaims::Claim>& list)
{
    std::vector<const AddressClaims::Claim*> result;
    std::int64_t reachedNs = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const bool earlier = i > 0 && reachedNs >= list[i].firstNs;
        const bool next = i + 1 < list.size() && list[i + 1].firstNs <= list[i].lastNs;
        if (earlier || next)
            result.push_back(&list[i]);
        reachedNs = i == 0 ? list[i].lastNs : std::max(reachedNs, list[i].lastNs);
    }
    return result;
}

} // namespace

void DuplicateIp::run(const DetectionContext& context, AlertList& alerts)
{
    const DetectionInput& input = context.current;
    std::set<std::string> skipMacs;
    for (const auto& host : input.hosts)
        if (host.isRouter && !host.mac.empty())
            skipMacs.insert(host.mac);
    std::set<std::string> spoofedIps;
    if (context.options.isEnabled(AlertType::ArpSpoofing))
        for (const auto& impersonation : ArpSpoofing::find(input)) {
            spoofedIps.insert(impersonation.ip);
            skipMacs.insert(impersonation.mac);
        }

    const AddressClaims claims(input.bindings, AddressClaims::Sources::ArpAndIp, skipMacs);
    const HostIndex hosts(input.hosts);
    for (const auto& [ip, list] : claims.byIp()) {
        if (list.size() < 2 || spoofedIps.contains(ip))
            continue;
        const auto conflict = overlapping(list);
        if (conflict.size() < 2)
            continue;
        hygiene::RowSpan span;
        std::uint64_t rows = 0; // binding rows: a claim merges the "arp" and "ip" ones
        std::set<std::string> macs;
        for (const auto* claim : conflict) {
            span.add(claim->firstNs, claim->lastNs);
            rows += claim->rows;
            macs.insert(claim->mac);
        }
        auto alert = makeAlert(AlertType::DuplicateIp, Severity::Medium, ip, span.firstNs, span.lastNs);
        // Both devices hold the address: name each by its MAC's host, keeping the address itself.
        hygiene::nameSource(alert, hosts, conflict[0]->mac);
        hygiene::nameDestination(alert, hosts, conflict[1]->mac);
        alert.srcMac = conflict[0]->mac;
        alert.dstMac = conflict[1]->mac;
        addField(alert, "ip", ip);
        addField(alert, "macs", hygiene::joinLimited(macs));
        addField(alert, "mac_count", std::to_string(macs.size()));
        alert.count = rows;
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
