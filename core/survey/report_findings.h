// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_model.h"

#include <cstdint>
#include <string_view>

namespace mieruka::survey {

/// Bandwidth pressure: a minute above half of a 100 Mbit/s link (the common speed of
/// controller ports) leaves little headroom for cyclic control traffic. The survey sees the
/// mirror port's total, not one link, so this is a prompt to look, not a measured saturation.
inline constexpr std::uint64_t kLinkBytesPerMinute = 100'000'000ULL / 8 * 60;
inline constexpr std::uint64_t kBandwidthBytesPerMinute = kLinkBytesPerMinute / 2;      ///< medium
inline constexpr std::uint64_t kBandwidthHighBytesPerMinute = kLinkBytesPerMinute * 4 / 5; ///< high (80 %)

/// 0 info … 4 critical; unknown names count as info.
int severityRank(std::string_view severity);
/// "availability" for storms, duplicate IPs, silent devices, volume bands and bandwidth; else "security".
std::string findingCategory(std::string_view findingId);

/// Folds the alerts by type: highest severity, incidents, occurrences, time span, hosts by
/// frequency (≤ 20) and the top 10 rules (or protocols) by occurrences.
std::vector<Finding> foldAlerts(const std::vector<analysis::AlertRecord>& alerts);

/// Every finding of the report: the folded alerts plus survey facts that are findings without an
/// alert (EOL hosts from the ledger when no eol_os alert exists, IT and OT hosts in one /24,
/// bandwidth pressure), each with its standards; ordered by severity, incidents, then id.
std::vector<Finding> buildFindings(const SurveySnapshot& snapshot, const std::vector<TrafficPoint>& traffic);

} // namespace mieruka::survey
