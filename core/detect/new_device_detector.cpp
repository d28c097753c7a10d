// SPDX-License-Identifier: GPL-3.0-or-later
#include "new_device_detector.h"

#include "plant_host.h"

#include <string>
#include <unordered_set>

namespace mieruka::detect {

void NewDeviceDetector::run(const DetectionContext& context, AlertList& alerts)
{
    std::unordered_set<std::string> learned;
    for (const auto& host : context.baseline.hosts) {
        if (!context.window.learned(host.firstSeenNs))
            continue;
        if (!host.mac.empty())
            learned.insert(host.mac);
        learned.insert(host.ips.begin(), host.ips.end());
    }
    for (const auto& host : context.current.hosts) {
        if (!isPlantHost(host) || host.firstSeenNs == 0 || !context.window.judged(host.firstSeenNs))
            continue;
        bool known = !host.mac.empty() && learned.contains(host.mac);
        for (const auto& ip : host.ips)
            known = known || learned.contains(ip);
        if (known)
            continue;
        // A newcomer that already speaks an industrial protocol is the dangerous kind.
        const bool speaksOt = !host.otClient.empty() || !host.otServer.empty();
        auto alert = makeAlert(AlertType::NewDevice, speaksOt ? Severity::High : Severity::Medium,
                               host.mac.empty() ? host.address() : host.mac, host.firstSeenNs, host.lastSeenNs);
        setSource(alert, host);
        addField(alert, "mac", host.mac);
        addField(alert, "ip", host.ips.empty() ? std::string() : host.ips.front());
        addField(alert, "vendor", host.vendor);
        addField(alert, "role", host.role);
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
