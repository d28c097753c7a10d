// SPDX-License-Identifier: GPL-3.0-or-later
#include "eol_os_detector.h"

#include "plant_host.h"

namespace mieruka::detect {

void EolOsDetector::run(const DetectionContext& context, AlertList& alerts)
{
    for (const auto& host : context.current.hosts) {
        if (!host.eol || host.isRouter)
            continue;
        // Unpatchable systems inside the control network are the classic STEP1 finding.
        const bool otHost = !host.otClient.empty() || !host.otServer.empty();
        auto alert = makeAlert(AlertType::EolOs, otHost ? Severity::High : Severity::Medium, "os:" + host.osName,
                               host.firstSeenNs, host.lastSeenNs);
        setSource(alert, host);
        addField(alert, "os", host.osName);
        addField(alert, "eol_date", host.eolDate);
        addField(alert, "role", host.role);
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
