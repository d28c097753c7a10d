// SPDX-License-Identifier: GPL-3.0-or-later
#include "signature_monitor.h"

#include "alert_type.h"
#include "detection_context.h"
#include "signature/bundled_rules.h"

#include "core/analysis/protocol_labels.h"

#include <algorithm>

namespace mieruka::detect {

namespace {

// A user's file of thousands of rules written for another engine must not flood the output.
constexpr std::size_t kReportedProblemsPerFile = 20;

void report(std::vector<std::string>& lines, const std::string& name, const RuleLoadReport& loaded)
{
    std::size_t shown = 0;
    for (const auto& problem : loaded.unsupported) {
        if (shown++ == kReportedProblemsPerFile)
            break;
        lines.push_back(name + ":" + std::to_string(problem.line) + ": rule not used: " + problem.reason);
    }
    if (!loaded.unsupported.empty())
        lines.push_back(name + ": " + std::to_string(loaded.loaded) + " rules loaded, "
                        + std::to_string(loaded.unsupported.size()) + " not supported (resources/rules/README.md)");
}

} // namespace

std::size_t SignatureMonitor::KeyHash::operator()(const Key& key) const noexcept
{
    std::size_t h = std::hash<const void*>{}(key.rule);
    h ^= key.src.hash() + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= key.dst.hash() + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

SignatureMonitor::SignatureMonitor(const std::vector<RuleFile>& extraRules)
{
    report(m_loadReport, std::string(kBundledOtRulesName), m_engine.addRules(bundledOtRules(), kBundledOtRulesName));
    for (const auto& file : extraRules)
        report(m_loadReport, file.name, m_engine.addRules(file.text, file.name));
    m_engine.finalize();
    m_matchesEmptyPayloads = m_engine.matchesEmptyPayloads();
}

void SignatureMonitor::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                 const analysis::FrameRef& frame, const analysis::FlowSample& flow)
{
    const decode::IpLayer* ip = packet.innerIp();
    if (!ip)
        return;
    m_hits.clear();
    m_engine.inspect(packet, {flow.fromInitiator, flow.bothSidesSent}, timestampNs, m_hits);
    for (const auto& hit : m_hits) {
        Incident& incident = m_incidents[Key{hit.rule, ip->src, ip->dst}];
        if (incident.count++ == 0) {
            incident.firstNs = timestampNs;
            incident.frame = frame;
            incident.ipProtocol = ip->protocol;
        }
        incident.lastNs = std::max(incident.lastNs, timestampNs);
    }
}

std::vector<analysis::AlertRecord> SignatureMonitor::take()
{
    std::vector<analysis::AlertRecord> alerts;
    for (const auto& [key, incident] : m_incidents) {
        const SignatureRule& rule = *key.rule;
        auto severity = severityFromName(rule.severity()).value_or(Severity::Medium);
        auto alert = makeAlert(AlertType::Signature, severity, "sid:" + std::to_string(rule.sid), incident.firstNs,
                               incident.lastNs);
        alert.src = key.src.toString();
        alert.dst = key.dst.toString();
        alert.protocol = std::string(analysis::ProtocolLabels::forIpProtocol(incident.ipProtocol));
        alert.count = incident.count;
        alert.fileIndex = incident.frame.fileIndex;
        alert.packetNumber = incident.frame.packetNumber;
        addField(alert, "sid", std::to_string(rule.sid));
        addField(alert, "rev", std::to_string(rule.rev));
        addField(alert, "msg", rule.msg);
        addField(alert, "classtype", rule.classtype);
        std::string references;
        for (const auto& reference : rule.references)
            references += (references.empty() ? "" : " ") + reference;
        addField(alert, "references", references);
        addField(alert, "source", rule.source);
        alerts.push_back(std::move(alert));
    }
    m_incidents.clear();
    return alerts;
}

} // namespace mieruka::detect
