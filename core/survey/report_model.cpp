// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_model.h"

#include "report_findings.h"
#include "report_inventory.h"
#include "report_ot_commands.h"
#include "report_redaction.h"
#include "report_risk.h"
#include "report_traffic.h"

#include <algorithm>
#include <set>

namespace mieruka::survey {

namespace {

std::vector<std::string> chooseSections(const ReportOptions& options, bool haveDiff)
{
    std::vector<std::string> sections;
    for (const char* id : kReportSections) {
        const bool wanted = options.sections.empty()
                            || std::find(options.sections.begin(), options.sections.end(), id) != options.sections.end();
        // A diff section without a diff would be an empty page: it is dropped even when asked for.
        if (wanted && (haveDiff || std::string_view(id) != "diff"))
            sections.emplace_back(id);
    }
    return sections;
}

void fillScope(ReportModel& model, const SurveySnapshot& snapshot)
{
    model.startNs = snapshot.totals.startNs;
    model.endNs = snapshot.totals.endNs;
    model.packets = snapshot.totals.packets;
    model.bytes = snapshot.totals.bytes;
    model.captures = snapshot.captures;
    // LINKTYPE numbers as text: their names live in core/ingest, which depends on this layer.
    std::set<int> linkTypes;
    for (const auto& capture : snapshot.captures)
        linkTypes.insert(capture.linkTypes.begin(), capture.linkTypes.end());
    for (int linkType : linkTypes)
        model.linkTypes.push_back(std::to_string(linkType));

    std::uint64_t tcp = 0, bothWays = 0;
    for (const auto& conversation : snapshot.conversations) {
        if (conversation.isLink || conversation.ipProtocol != 6)
            continue;
        ++tcp;
        if (conversation.packetsLoToHi > 0 && conversation.packetsHiToLo > 0)
            ++bothWays;
    }
    model.bidirectionalShare = tcp == 0 ? 0.0 : double(bothWays) / double(tcp);
    model.truncation = snapshot.truncation;
}

} // namespace

ReportModel buildReportModel(const SurveySnapshot& snapshot, const std::vector<analysis::SeriesRecord>& protocolSeries,
                             const ReportParties& parties, const ReportOptions& options,
                             const std::optional<SurveyDiff>& diff)
{
    ReportModel model;
    model.parties = parties;
    model.options = options;
    model.sections = chooseSections(options, diff.has_value());
    // Redact first so every number and list below is built from the shareable copy.
    model.snapshot = options.redact ? redactSnapshot(snapshot) : snapshot;
    const SurveySnapshot& source = model.snapshot;

    fillScope(model, source);
    fillInventory(model, source);
    model.traffic = trafficSeries(protocolSeries);
    model.peaks = peakMinutes(model.traffic);
    fillRankings(model, source);
    model.findings = buildFindings(source, model.traffic);
    model.risk = scoreRisk(model.findings, source);
    model.otCommands = otCommandRows(source.operations);
    model.diff = diff;
    return model;
}

} // namespace mieruka::survey
