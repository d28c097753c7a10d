// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_findings.h"

#include "core/detect/alert_type.h"
#include "report_inventory.h"
#include "report_standards.h"

#include <algorithm>
#include <map>
#include <set>

namespace mieruka::survey {

namespace {

constexpr std::size_t kMaxHosts = 20;
constexpr std::size_t kMaxDetails = 10;
constexpr std::int64_t kMinuteNs = 60'000'000'000LL;

using Counts = std::map<std::string, std::uint64_t>;

/// Most frequent first, alphabetical on a tie, at most `limit`.
std::vector<std::pair<std::string, std::uint64_t>> ranked(const Counts& counts, std::size_t limit)
{
    std::vector<std::pair<std::string, std::uint64_t>> rows(counts.begin(), counts.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

Finding makeFinding(std::string id, std::string severity)
{
    Finding finding;
    finding.id = std::move(id);
    finding.severity = std::move(severity);
    return finding;
}

std::vector<std::string> rankedKeys(const Counts& counts, std::size_t limit)
{
    std::vector<std::string> keys;
    for (auto& [key, count] : ranked(counts, limit))
        keys.push_back(key);
    return keys;
}

std::optional<Finding> eolFromLedger(const SurveySnapshot& snapshot)
{
    Finding finding = makeFinding("eol_os", "medium");
    Counts hosts, systems;
    for (const auto& host : snapshot.hosts) {
        if (!host.os.eol)
            continue;
        // Same weighting as the EOL detector: an unpatchable OT host is worse than an office PC.
        if (isOtHost(host))
            finding.severity = "high";
        ++finding.incidents;
        ++finding.occurrences;
        ++hosts[reportHostAddress(host)];
        ++systems[host.os.name.empty() ? "unknown" : host.os.name];
    }
    if (finding.incidents == 0)
        return std::nullopt;
    finding.firstNs = snapshot.totals.startNs;
    finding.lastNs = snapshot.totals.endNs;
    finding.hosts = rankedKeys(hosts, kMaxHosts);
    finding.details = ranked(systems, kMaxDetails);
    return finding;
}

/// A /24 that holds office Windows machines next to PLCs or HMIs: one infection reaches the line.
std::optional<Finding> flatNetwork(const SurveySnapshot& snapshot)
{
    struct Subnet {
        std::set<std::string> it, ot;
    };
    std::map<std::string, Subnet> subnets;
    for (const auto& host : snapshot.hosts) {
        const bool office = host.role == "windows_pc" || host.role == "windows_server";
        const bool control = host.role == "plc" || host.role == "hmi";
        if (!office && !control)
            continue;
        for (const auto& ip : host.host.ips) {
            const auto subnet = ipv4Subnet24(ip);
            if (!subnet.empty())
                (office ? subnets[subnet].it : subnets[subnet].ot).insert(ip);
        }
    }
    Finding finding = makeFinding("flat_network", "medium");
    Counts hosts;
    for (const auto& [subnet, members] : subnets) {
        if (members.it.empty() || members.ot.empty())
            continue;
        ++finding.incidents;
        finding.occurrences += members.it.size() + members.ot.size();
        finding.details.emplace_back(subnet, members.it.size() + members.ot.size());
        for (const auto* side : {&members.ot, &members.it})
            for (const auto& ip : *side)
                ++hosts[ip];
    }
    if (finding.incidents == 0)
        return std::nullopt;
    finding.firstNs = snapshot.totals.startNs;
    finding.lastNs = snapshot.totals.endNs;
    finding.hosts = rankedKeys(hosts, kMaxHosts);
    std::stable_sort(finding.details.begin(), finding.details.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (finding.details.size() > kMaxDetails)
        finding.details.resize(kMaxDetails);
    return finding;
}

std::optional<Finding> bandwidth(const std::vector<TrafficPoint>& traffic)
{
    Finding finding = makeFinding("bandwidth", "medium");
    std::uint64_t peak = 0;
    for (const auto& point : traffic) {
        if (point.bytes <= kBandwidthBytesPerMinute)
            continue;
        const std::int64_t at = point.minute * kMinuteNs;
        finding.firstNs = finding.incidents == 0 ? at : std::min(finding.firstNs, at);
        finding.lastNs = std::max(finding.lastNs, at + kMinuteNs - 1);
        ++finding.incidents;
        ++finding.occurrences;
        peak = std::max(peak, point.bytes);
    }
    if (finding.incidents == 0)
        return std::nullopt;
    if (peak > kBandwidthHighBytesPerMinute)
        finding.severity = "high";
    finding.details = {{"peak_bytes_per_minute", peak}, {"threshold_bytes_per_minute", kBandwidthBytesPerMinute}};
    return finding;
}

} // namespace

int severityRank(std::string_view severity)
{
    const auto parsed = detect::severityFromName(severity);
    return parsed ? int(*parsed) : 0;
}

std::string findingCategory(std::string_view findingId)
{
    static const std::set<std::string_view> kAvailability{"broadcast_storm", "duplicate_ip", "device_silent", "volume_band",
                                                          "bandwidth"};
    return kAvailability.count(findingId) ? "availability" : "security";
}

std::vector<Finding> foldAlerts(const std::vector<analysis::AlertRecord>& alerts)
{
    std::map<std::string, Finding> byType;
    std::map<std::string, Counts> hosts, details;
    for (const auto& alert : alerts) {
        auto [it, added] = byType.try_emplace(alert.type);
        Finding& finding = it->second;
        if (added) {
            finding.id = alert.type;
            finding.severity = alert.severity;
            finding.firstNs = alert.firstNs;
            finding.lastNs = alert.lastNs;
        }
        if (severityRank(alert.severity) > severityRank(finding.severity))
            finding.severity = alert.severity;
        ++finding.incidents;
        finding.occurrences += alert.count;
        finding.firstNs = std::min(finding.firstNs, alert.firstNs);
        finding.lastNs = std::max(finding.lastNs, alert.lastNs);
        for (const auto* host : {&alert.src, &alert.dst})
            if (!host->empty())
                ++hosts[alert.type][*host];
        const std::string& detail = alert.rule.empty() ? alert.protocol : alert.rule;
        if (!detail.empty())
            details[alert.type][detail] += alert.count;
    }
    std::vector<Finding> findings;
    for (auto& [type, finding] : byType) {
        finding.hosts = rankedKeys(hosts[type], kMaxHosts);
        finding.details = ranked(details[type], kMaxDetails);
        findings.push_back(std::move(finding));
    }
    return findings;
}

std::vector<Finding> buildFindings(const SurveySnapshot& snapshot, const std::vector<TrafficPoint>& traffic)
{
    auto findings = foldAlerts(snapshot.alerts);
    auto has = [&findings](std::string_view id) {
        return std::any_of(findings.begin(), findings.end(), [id](const Finding& f) { return f.id == id; });
    };
    if (!has("eol_os"))
        if (auto eol = eolFromLedger(snapshot))
            findings.push_back(std::move(*eol));
    for (auto fact : {flatNetwork(snapshot), bandwidth(traffic)})
        if (fact && !has(fact->id))
            findings.push_back(std::move(*fact));
    for (auto& finding : findings) {
        finding.category = findingCategory(finding.id);
        const auto standards = findingStandards(finding.id);
        finding.iec62443.assign(standards.iec62443.begin(), standards.iec62443.end());
        finding.meti.assign(standards.meti.begin(), standards.meti.end());
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (severityRank(a.severity) != severityRank(b.severity))
            return severityRank(a.severity) > severityRank(b.severity);
        if (a.incidents != b.incidents)
            return a.incidents > b.incidents;
        return a.id < b.id;
    });
    return findings;
}

} // namespace mieruka::survey
