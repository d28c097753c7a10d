// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_inventory.h"

#include "core/net/ip_address.h"

#include <algorithm>
#include <array>
#include <map>

namespace mieruka::survey {

namespace {

constexpr std::array<std::string_view, 5> kOtRoles{"plc", "hmi", "engineering_workstation", "scada_server", "historian"};
constexpr std::size_t kMaxSubnets = 8;

std::vector<CountRow> countRows(const std::map<std::string, std::uint64_t>& counts)
{
    std::vector<CountRow> rows;
    for (const auto& [key, count] : counts)
        rows.push_back({key, count});
    // The map already orders keys, so a stable sort by count keeps ties alphabetical.
    std::stable_sort(rows.begin(), rows.end(), [](const CountRow& a, const CountRow& b) { return a.count > b.count; });
    return rows;
}

std::string orUnknown(const std::string& value)
{
    return value.empty() ? "unknown" : value;
}

} // namespace

std::string reportHostAddress(const LedgerHost& host)
{
    return host.host.ips.empty() ? host.host.mac : host.host.ips.front();
}

std::string ipv4Subnet24(const std::string& address)
{
    const auto ip = net::IpAddress::parse(address);
    if (!ip || !ip->isV4())
        return {};
    const auto& o = ip->octets();
    return std::to_string(o[0]) + "." + std::to_string(o[1]) + "." + std::to_string(o[2]) + ".0/24";
}

bool isOtHost(const LedgerHost& host)
{
    return !host.otServer.empty() || !host.otClient.empty()
           || std::find(kOtRoles.begin(), kOtRoles.end(), host.role) != kOtRoles.end();
}

void fillInventory(ReportModel& model, const SurveySnapshot& snapshot)
{
    std::map<std::string, std::uint64_t> roles, vendors, systems, subnetBytes;
    for (const auto& host : snapshot.hosts) {
        ++model.hostCount;
        if (isOtHost(host))
            ++model.otHostCount;
        ++roles[orUnknown(host.role)];
        ++vendors[orUnknown(host.vendor)];
        ++systems[orUnknown(host.os.name)];
        if (host.os.eol)
            model.eolHosts.push_back(host);
        if (host.role == "plc" || !host.otServer.empty())
            model.controllers.push_back(host);
        // A host with addresses in two /24s counts in both: each subnet carried its traffic.
        std::vector<std::string> seen;
        for (const auto& ip : host.host.ips) {
            const auto subnet = ipv4Subnet24(ip);
            if (!subnet.empty() && std::find(seen.begin(), seen.end(), subnet) == seen.end()) {
                seen.push_back(subnet);
                subnetBytes[subnet] += host.host.bytes;
            }
        }
    }
    model.byRole = countRows(roles);
    model.byVendor = countRows(vendors);
    model.byOs = countRows(systems);
    for (const auto& row : countRows(subnetBytes)) {
        if (model.subnets.size() == kMaxSubnets)
            break;
        model.subnets.push_back(row.key);
    }
}

} // namespace mieruka::survey
