// SPDX-License-Identifier: GPL-3.0-or-later
#include "ot_command_detector.h"

#include "host_index.h"

#include <string>
#include <unordered_set>

namespace mieruka::detect {

namespace {

std::string operationKey(const analysis::OperationRecord& row)
{
    return row.srcMac + '|' + row.srcIp + '|' + row.dstMac + '|' + row.dstIp + '|' + row.protocol + '|' + row.name + '|'
           + std::to_string(row.code);
}

} // namespace

void OtCommandDetector::run(const DetectionContext& context, const OtCommandRules& rules, bool judgeNewAsAlways,
                            AlertList& alerts)
{
    std::unordered_set<std::string> learned;
    for (const auto& row : context.baseline.operations)
        if (context.window.learned(row.firstNs))
            learned.insert(operationKey(row));

    const HostIndex hosts(context.current.hosts);
    for (const auto& row : context.current.operations) {
        const OtCommandRules::Rule* rule = rules.match(row);
        if (!rule || rule->allow)
            continue;
        if (rule->onlyNew && !judgeNewAsAlways && (!context.window.judged(row.firstNs) || learned.contains(operationKey(row))))
            continue;
        auto alert = makeAlert(AlertType::OtCommand, rule->severity, row.protocol + ':' + row.name, row.firstNs, row.lastNs);
        if (const DetectHost* host = hosts.find(row.srcIp, row.srcMac))
            setSource(alert, *host);
        if (const DetectHost* host = hosts.find(row.dstIp, row.dstMac))
            setDestination(alert, *host);
        // The operation's own addresses are what the frame said; a host lookup only adds names.
        alert.src = row.srcIp.empty() ? row.srcMac : row.srcIp;
        alert.dst = row.dstIp.empty() ? row.dstMac : row.dstIp;
        if (!row.srcMac.empty())
            alert.srcMac = row.srcMac;
        if (!row.dstMac.empty())
            alert.dstMac = row.dstMac;
        alert.protocol = row.protocol;
        alert.count = row.count;
        alert.captureId = row.captureId;
        alert.packetNumber = row.packetNumber;
        addField(alert, "operation_class", row.operationClass);
        addField(alert, "operation", row.name);
        addField(alert, "code", std::to_string(row.code));
        addField(alert, "rule_row", std::to_string(rule->line));
        alerts.push_back(std::move(alert));
    }
}

} // namespace mieruka::detect
