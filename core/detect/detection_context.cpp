// SPDX-License-Identifier: GPL-3.0-or-later
#include "detection_context.h"

namespace mieruka::detect {

analysis::AlertRecord makeAlert(AlertType type, Severity severity, std::string rule, std::int64_t firstNs,
                                std::int64_t lastNs)
{
    analysis::AlertRecord alert;
    alert.type = std::string(alertTypeName(type));
    alert.severity = std::string(severityName(severity));
    alert.rule = std::move(rule);
    alert.firstNs = firstNs;
    alert.lastNs = lastNs;
    return alert;
}

void addField(analysis::AlertRecord& alert, std::string key, std::string value)
{
    alert.fields.emplace_back(std::move(key), std::move(value));
}

void setSource(analysis::AlertRecord& alert, const DetectHost& host)
{
    alert.src = host.address();
    alert.srcMac = host.mac;
}

void setDestination(analysis::AlertRecord& alert, const DetectHost& host)
{
    alert.dst = host.address();
    alert.dstMac = host.mac;
}

} // namespace mieruka::detect
