// SPDX-License-Identifier: GPL-3.0-or-later
#include "internet_exposure.h"

#include "alert_naming.h"
#include "conversation_sides.h"

#include "core/detect/host_index.h"
#include "core/detect/plant_host.h"
#include "core/net/ip_address.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace mieruka::detect {

namespace {

using hygiene::ConversationSides;

constexpr std::array<std::string_view, 8> kOtRoles{
    "plc", "rtu", "ied", "hmi", "engineering_workstation", "scada_server", "historian", "ot_device"};
constexpr std::array<std::string_view, 3> kOtServerRoles{"plc", "rtu", "ied"};

bool isOtDevice(const DetectHost& host)
{
    return !host.otServer.empty() || !host.otClient.empty()
        || std::find(kOtRoles.begin(), kOtRoles.end(), host.role) != kOtRoles.end();
}

bool isOtServer(const DetectHost& host)
{
    return !host.otServer.empty() || std::find(kOtServerRoles.begin(), kOtServerRoles.end(), host.role) != kOtServerRoles.end();
}

/// Our own OT device: it has a MAC on the captured segment and is not the router.
const DetectHost* localOtDevice(const HostIndex& hosts, const std::string& address)
{
    const DetectHost* host = hosts.find(address);
    return host && !host->mac.empty() && !host->isRouter && isOtDevice(*host) ? host : nullptr;
}

/// Same IPv4 /24 or IPv6 /64: on-link for any plausible plant mask.
bool sameNetwork(const std::string& a, const std::string& b)
{
    const auto x = net::IpAddress::parse(a);
    const auto y = net::IpAddress::parse(b);
    if (!x || !y || x->family() != y->family())
        return false;
    const std::size_t prefix = x->isV4() ? 3 : 8;
    return std::equal(x->octets().begin(), x->octets().begin() + prefix, y->octets().begin());
}

/// A public address beyond the router. Plants that number their own segment from public space
/// are not exposed by talking to a neighbour: a peer with a MAC of its own here, or in the
/// device's own subnet (a neighbour that never answered has no MAC), is local.
bool isInternetPeer(const HostIndex& hosts, const std::string& device, const std::string& address)
{
    if (!isPublicAddress(address) || sameNetwork(device, address))
        return false;
    const DetectHost* host = hosts.find(address);
    return !host || host->mac.empty() || host->isRouter;
}

struct Exposure {
    const DetectHost* host = nullptr;
    std::map<std::string, std::uint64_t> peerBytes;
    std::set<int> ports; ///< the service ports: the peer's outbound, the device's inbound
    std::uint64_t bytes = 0, packets = 0, rows = 0, answered = 0;
    std::int64_t firstNs = 0, lastNs = 0;

    void add(const analysis::ConversationRecord& row, const ConversationSides& sides, const std::string& peer)
    {
        firstNs = rows == 0 ? row.firstNs : std::min(firstNs, row.firstNs);
        lastNs = rows == 0 ? row.lastNs : std::max(lastNs, row.lastNs);
        ++rows;
        peerBytes[peer] += sides.bytes();
        if (row.hasPorts)
            ports.insert(sides.serverPort);
        bytes += sides.bytes();
        packets += sides.packets();
        if (sides.answered())
            ++answered;
    }
};

analysis::AlertRecord alertOf(const Exposure& exposure, bool inbound)
{
    const bool critical = inbound && exposure.answered > 0 && isOtServer(*exposure.host);
    auto alert = makeAlert(AlertType::InternetExposure, critical ? Severity::Critical : Severity::High,
                           inbound ? "inbound" : "outbound", exposure.firstNs, exposure.lastNs);
    setSource(alert, *exposure.host);
    const auto busiest = std::max_element(exposure.peerBytes.begin(), exposure.peerBytes.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    addField(alert, "direction", inbound ? "inbound" : "outbound");
    addField(alert, "peers", std::to_string(exposure.peerBytes.size()));
    addField(alert, "example_peer", busiest->first);
    addField(alert, "ports", hygiene::joinLimited(exposure.ports));
    addField(alert, "bytes", std::to_string(exposure.bytes));
    addField(alert, "packets", std::to_string(exposure.packets));
    addField(alert, "answered", std::to_string(exposure.answered));
    alert.count = exposure.rows;
    return alert;
}

} // namespace

void InternetExposure::run(const DetectionContext& context, AlertList& alerts)
{
    const HostIndex hosts(context.current.hosts);
    // Keyed by (device address, inbound): deterministic order.
    std::map<std::pair<std::string, bool>, Exposure> found;
    for (const auto& row : context.current.conversations) {
        if (row.isLink)
            continue;
        const auto sides = ConversationSides::ofService(row);
        if (const DetectHost* device = localOtDevice(hosts, *sides.client);
            device && isInternetPeer(hosts, *sides.client, *sides.server)) {
            Exposure& exposure = found[{device->address(), false}];
            exposure.host = device;
            exposure.add(row, sides, *sides.server);
        } else if (const DetectHost* target = localOtDevice(hosts, *sides.server);
                   target && isInternetPeer(hosts, *sides.server, *sides.client)) {
            Exposure& exposure = found[{target->address(), true}];
            exposure.host = target;
            exposure.add(row, sides, *sides.client);
        }
    }
    for (const auto& [key, exposure] : found)
        alerts.push_back(alertOf(exposure, key.second));
}

} // namespace mieruka::detect
