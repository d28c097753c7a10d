// SPDX-License-Identifier: GPL-3.0-or-later
#include "arp_spoofing.h"

#include "address_claims.h"
#include "alert_naming.h"

#include "core/detect/host_index.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mieruka::detect {

namespace {

using hygiene::AddressClaims;

std::set<std::string> routerMacs(const DetectionInput& input)
{
    std::set<std::string> macs;
    for (const auto& host : input.hosts)
        if (host.isRouter && !host.mac.empty())
            macs.insert(host.mac);
    return macs;
}

} // namespace

std::vector<ArpSpoofing::Impersonation> ArpSpoofing::find(const DetectionInput& input)
{
    const AddressClaims claims(input.bindings, AddressClaims::Sources::Arp);
    const auto routers = routerMacs(input);
    std::vector<Impersonation> found;
    for (const auto& [ip, list] : claims.byIp()) {
        if (list.size() < 2)
            continue;
        for (const auto& suspect : list) {
            const std::size_t others = claims.alsoClaimedCount(suspect);
            if (others == 0)
                continue;
            Impersonation impersonation;
            impersonation.rows = suspect.rows;
            for (const auto& owner : list) {
                if (&owner == &suspect || !owner.overlaps(suspect) || claims.alsoClaimedCount(owner) >= others)
                    continue;
                impersonation.owners.push_back(owner.mac);
                impersonation.gateway = impersonation.gateway || routers.contains(owner.mac);
                impersonation.rows += owner.rows;
            }
            if (impersonation.owners.empty())
                continue;
            if (routers.contains(suspect.mac) && !impersonation.gateway)
                continue; // proxy ARP: a router answering for the hosts behind it
            std::sort(impersonation.owners.begin(), impersonation.owners.end());
            impersonation.ip = ip;
            impersonation.mac = suspect.mac;
            impersonation.alsoClaimed = others;
            impersonation.examples = claims.alsoClaimedExamples(suspect, hygiene::kListLimit);
            impersonation.firstNs = suspect.firstNs;
            impersonation.lastNs = suspect.lastNs;
            found.push_back(std::move(impersonation));
        }
    }
    return found;
}

void ArpSpoofing::run(const DetectionContext& context, AlertList& alerts)
{
    const HostIndex hosts(context.current.hosts);
    const auto found = find(context.current);
    std::set<std::pair<std::string, std::string>> stolen; // (mac, ip)
    for (const auto& impersonation : found)
        stolen.emplace(impersonation.mac, impersonation.ip);
    for (const auto& impersonation : found) {
        auto alert = makeAlert(AlertType::ArpSpoofing, Severity::High, impersonation.ip, impersonation.firstNs,
                               impersonation.lastNs);
        alert.src = impersonation.mac;
        alert.srcMac = impersonation.mac;
        // The ledger lists the addresses a MAC claims, stolen ones too: name the impersonator by
        // one of its own, else by its MAC.
        if (const DetectHost* host = hosts.find(impersonation.mac)) {
            const auto own = std::find_if(host->ips.begin(), host->ips.end(), [&](const std::string& ip) {
                return !stolen.contains({impersonation.mac, ip});
            });
            if (own != host->ips.end())
                alert.src = *own;
        }
        hygiene::nameDestination(alert, hosts, impersonation.owners.front());
        alert.dstMac = impersonation.owners.front();
        alert.protocol = "arp";
        addField(alert, "ip", impersonation.ip);
        addField(alert, "mac", impersonation.mac);
        addField(alert, "owner_macs", hygiene::joinLimited(impersonation.owners));
        addField(alert, "target", impersonation.gateway ? "gateway" : "host");
        addField(alert, "also_claimed", std::to_string(impersonation.alsoClaimed));
        addField(alert, "also_claimed_examples", hygiene::joinLimited(impersonation.examples));
        alert.count = impersonation.rows;
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
