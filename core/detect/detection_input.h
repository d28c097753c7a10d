// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace mieruka::detect {

/// A host as the detectors see it: identity and the inferred facts they judge by.
struct DetectHost {
    std::string mac;               ///< empty for hosts known only by IP (behind a router)
    std::vector<std::string> ips;
    bool isRouter = false;
    std::string vendor;
    std::string role;              ///< RoleInference id ("plc", "hmi", "engineering_workstation", …)
    std::vector<std::string> otServer, otClient; ///< industrial protocols it serves / uses
    std::string osName;            ///< e.g. "Windows XP"; empty when unknown
    bool eol = false;
    std::string eolDate;
    std::int64_t firstSeenNs = 0, lastSeenNs = 0; ///< first/last frame it sent

    /// The address alerts name it by: its first IP, else its MAC.
    const std::string& address() const { return ips.empty() ? mac : ips.front(); }
};

/// The time of one capture file, so gaps between files are not mistaken for silence.
struct CoveredSpan {
    std::int64_t startNs = 0, endNs = 0;
};

/// Everything the survey-wide detectors read: plain rows from the survey, no Qt, no SQLite.
struct DetectionInput {
    std::int64_t startNs = 0, endNs = 0;
    std::vector<CoveredSpan> spans;
    std::vector<DetectHost> hosts;
    std::vector<analysis::ConversationRecord> conversations;
    std::vector<analysis::SeriesRecord> hostSeries;  ///< per minute and host address (IP, or MAC for non-IP)
    std::vector<analysis::SeriesRecord> pairSeries;  ///< per minute and "a b" pair, all traffic in tx
    std::vector<analysis::OperationRecord> operations;
    std::vector<analysis::BindingRecord> bindings;
    std::vector<analysis::EvidenceRecord> evidence;
};

/// Which part of the data is "normal": the learning period. With one survey, the baseline is
/// the survey itself up to `baselineUntilNs` and detections start at `detectFromNs` (the same
/// instant). With a separate baseline survey, all of it is learned and all of the current
/// survey is judged.
struct LearningWindow {
    std::int64_t baselineUntilNs = std::numeric_limits<std::int64_t>::max();
    std::int64_t detectFromNs = std::numeric_limits<std::int64_t>::min();

    bool learned(std::int64_t baselineTimeNs) const { return baselineTimeNs < baselineUntilNs; }
    bool judged(std::int64_t currentTimeNs) const { return currentTimeNs >= detectFromNs; }
};

} // namespace mieruka::detect
