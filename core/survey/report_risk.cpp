// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_risk.h"

#include "report_findings.h"
#include "report_ot_commands.h"

#include <algorithm>
#include <array>

namespace mieruka::survey {

namespace {

// The score is meant to be explained on one page, so it is a plain sum:
//   finding points  = min(2 × w, w + incidents − 1), w by severity: info 0, low 2, medium 4,
//                     high 8, critical 12 — more incidents raise a finding up to twice its weight;
//   eol_share       = round(20 × EOL hosts / hosts);
//   flat_network    = 10 when IT and OT hosts share a /24;
//   ot_critical_commands = 10 when a firmware, program or control operation (a PLC stop, a
//                     download) was observed — on top of the ot_command finding, because such a
//                     change on the wire is the event an OT attack needs.
// eol_os and flat_network findings score only through their factors, so they do not count
// twice. The sum is capped at 100; the cap is taken from the smallest contributions so the
// listed points still add up to the score.
constexpr std::array<int, 5> kSeverityWeight{0, 2, 4, 8, 12};
constexpr int kEolShareMax = 20;
constexpr int kFlatNetworkPoints = 10;
constexpr int kCriticalCommandPoints = 10;
constexpr int kMaxScore = 100;

int findingPoints(const Finding& finding)
{
    const int weight = kSeverityWeight[std::size_t(severityRank(finding.severity))];
    if (weight == 0 || finding.incidents == 0)
        return 0;
    const auto extra = std::min<std::uint64_t>(finding.incidents - 1, std::uint64_t(weight));
    return weight + int(extra);
}

} // namespace

std::string riskRating(int score)
{
    if (score < 25)
        return "low";
    if (score < 50)
        return "medium";
    if (score < 75)
        return "high";
    return "critical";
}

RiskScore scoreRisk(const std::vector<Finding>& findings, const SurveySnapshot& snapshot)
{
    RiskScore risk;
    auto add = [&risk](std::string factor, int points, std::uint64_t count) {
        if (points > 0)
            risk.contributions.push_back({std::move(factor), points, count});
    };
    for (const auto& finding : findings)
        if (finding.id != "eol_os" && finding.id != "flat_network")
            add(finding.id, findingPoints(finding), finding.incidents);

    std::uint64_t eol = 0;
    for (const auto& host : snapshot.hosts)
        eol += host.os.eol ? 1 : 0;
    if (!snapshot.hosts.empty())
        add("eol_share", int((kEolShareMax * eol * 2 + snapshot.hosts.size()) / (2 * snapshot.hosts.size())), eol);

    for (const auto& finding : findings)
        if (finding.id == "flat_network")
            add("flat_network", kFlatNetworkPoints, finding.incidents);

    std::uint64_t critical = 0;
    for (const auto& operation : snapshot.operations)
        if (isCriticalOperationClass(operation.operationClass))
            critical += operation.count;
    if (critical > 0)
        add("ot_critical_commands", kCriticalCommandPoints, critical);

    std::stable_sort(risk.contributions.begin(), risk.contributions.end(),
                     [](const auto& a, const auto& b) { return a.points > b.points; });
    int total = 0;
    for (const auto& contribution : risk.contributions)
        total += contribution.points;
    for (auto it = risk.contributions.rbegin(); total > kMaxScore && it != risk.contributions.rend(); ++it) {
        const int cut = std::min(it->points, total - kMaxScore);
        it->points -= cut;
        total -= cut;
    }
    std::erase_if(risk.contributions, [](const auto& contribution) { return contribution.points == 0; });
    risk.score = total;
    risk.rating = riskRating(total);
    return risk;
}

} // namespace mieruka::survey
