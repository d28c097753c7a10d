// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_diff.h"
#include "survey_snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mieruka::survey {

/// The report's section ids, in the order they appear.
inline constexpr const char* kReportSections[] = {"summary",  "scope",    "inventory",   "matrices", "map",     "traffic",
                                                  "rankings", "findings", "ot_commands", "diff",     "appendix"};

struct ReportOptions {
    std::vector<std::string> sections; ///< ids from kReportSections; empty: all (diff only with a diff)
    bool redact = false;               ///< pseudonymise addresses and names (see report_redaction.h)
};

/// Who the report is for and by whom; stored in the survey (meta keys report.site,
/// report.consultant, report.customer) so the next export says the same.
struct ReportParties {
    std::string site, customer, consultant;
};

struct CountRow {
    std::string key;           ///< role id, vendor, OS name, protocol label, …
    std::uint64_t count = 0;
};

/// The overall rating and how it was reached, so the report can explain the score.
struct RiskScore {
    int score = 0;                 ///< 0…100
    std::string rating;            ///< "low", "medium", "high", "critical"
    struct Contribution {
        std::string factor;        ///< a finding id (e.g. "ot_command") or "eol_share", "flat_network",
                                   ///< "ot_critical_commands" (docs/report.md)
        int points = 0;
        std::uint64_t count = 0;   ///< what was counted (incidents, devices…)
    };
    std::vector<Contribution> contributions; ///< largest first; their points add up to score
};

/// One finding: alerts (and survey facts) of one kind folded together, with its evidence.
/// The words (what was observed, why it matters, what to do) are made in app/render.
struct Finding {
    std::string id;            ///< alert type name ("ot_command", "eol_os", "cleartext_protocol", …)
    std::string category;      ///< "security" or "availability" (storms, duplicate IPs, silent devices, bandwidth)
    std::string severity;      ///< the highest of its alerts: info, low, medium, high, critical
    std::uint64_t incidents = 0;   ///< alerts folded in
    std::uint64_t occurrences = 0; ///< sum of their counts
    std::int64_t firstNs = 0, lastNs = 0;
    std::vector<std::string> hosts;  ///< involved hosts (IP, else MAC), most frequent first, at most 20
    std::vector<std::pair<std::string, std::uint64_t>> details; ///< e.g. rule/protocol/operation → count, at most 10
    std::vector<std::string> iec62443; ///< IEC 62443-3-3 system requirements, e.g. "SR 1.1", "SR 5.1"
    std::vector<std::string> meti;     ///< METI factory system security guideline (Ver 1.0) sections, e.g. "3.1.2"
};

struct TrafficPoint {
    std::int64_t minute = 0;          ///< Unix time / 60
    std::uint64_t bytes = 0, packets = 0;
    std::uint64_t broadcastPackets = 0; ///< broadcast/multicast/discovery frames in that minute
};

struct RankRow {
    std::string key;                  ///< host address, "a ↔ b" pair, or protocol label
    std::uint64_t bytes = 0, packets = 0;
    std::uint64_t peers = 0;          ///< hosts only
};

/// An industrial operation that changes something (not reads), grouped by requester → target.
struct OtCommandRow {
    std::string requester, target, protocol, operationClass, name;
    std::uint64_t count = 0;
    std::int64_t firstNs = 0;
};

/// Everything the PDF report shows, as facts and numbers only. Deterministic for a survey and options.
struct ReportModel {
    ReportParties parties;
    ReportOptions options;
    std::vector<std::string> sections;  ///< the sections to render, in order (options applied)

    // Scope and method
    std::int64_t startNs = 0, endNs = 0;
    std::uint64_t packets = 0, bytes = 0;
    std::vector<store::CaptureRecord> captures;
    std::vector<std::string> linkTypes;      ///< LINKTYPE names seen ("ethernet", …)
    double bidirectionalShare = 0;           ///< TCP conversations seen in both directions / all: mirror coverage
    store::TruncationInfo truncation;        ///< what the survey's size limits left out

    // Asset inventory
    std::uint64_t hostCount = 0, otHostCount = 0;
    std::vector<CountRow> byRole, byVendor, byOs;   ///< largest first
    std::vector<LedgerHost> eolHosts;
    std::vector<LedgerHost> controllers;            ///< PLCs/controllers with model/firmware/serial where known
    std::vector<std::string> subnets;               ///< /24 (and /64) networks with hosts, busiest first, at most 8

    // Traffic and rankings
    std::vector<TrafficPoint> traffic;              ///< per minute, whole survey
    std::vector<TrafficPoint> peaks;                ///< the 5 busiest minutes
    std::vector<RankRow> topHostsByBytes, topHostsByPeers, topPairs, topServices; ///< 10 each

    // Findings
    RiskScore risk;
    std::vector<Finding> findings;                  ///< by severity, then incidents; security and availability
    std::vector<OtCommandRow> otCommands;           ///< non-read operations, by class severity then count

    // Period diff (when the report compares periods)
    std::optional<SurveyDiff> diff;

    // Appendix and pictures: the (redacted when asked) snapshot the numbers come from
    SurveySnapshot snapshot;
};

/// Builds the report model. `protocolSeries` are the survey's per-minute protocol series
/// (SurveyStore::series(Kind::Protocol)) for the traffic chart.
ReportModel buildReportModel(const SurveySnapshot& snapshot, const std::vector<analysis::SeriesRecord>& protocolSeries,
                             const ReportParties& parties, const ReportOptions& options,
                             const std::optional<SurveyDiff>& diff = std::nullopt);

} // namespace mieruka::survey
