// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packet_source.h"

#include "core/analysis/traffic_analyzer.h"
#include "core/detect/detection_options.h"
#include "core/store/survey_limits.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace mieruka::store {
class SurveyStore;
}

namespace mieruka::ingest {

/// Opens capture files (or folders) as one time-ordered source; on failure returns nullptr
/// and sets `error` to one line naming the file. Supplied by capture/ (ingest knows no formats).
using SourceOpener = std::function<std::unique_ptr<PacketSource>(const std::vector<std::string>& paths, std::string& error)>;

struct ImportProgress {
    std::string phase;              ///< "hashing" or "importing"
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t packets = 0;
    double elapsedSeconds = 0;
};

struct ImportResult {
    enum class Status { Completed, Cancelled, Failed };
    Status status = Status::Completed;
    std::uint64_t packetsImported = 0;
    std::uint64_t bytesImported = 0;
    std::size_t filesImported = 0;
    std::size_t filesSkipped = 0;       ///< already complete in the survey (same content hash)
    std::vector<std::string> problems;  ///< one line each, naming the file; non-empty means "not clean"
    std::vector<std::string> notes;     ///< informational lines (skipped duplicates, resumed imports)
};

struct ImportOptions {
    std::uint64_t chunkPackets = 1u << 19;  ///< commit at least this often…
    double chunkSeconds = 0.5;              ///< …or after this much wall time (writes run on their own thread)
    std::uint64_t pollPackets = 65536;      ///< frames between progress reports and stop/commit checks
    /// Classify and count every industrial request (read, write, stop, download…); every request
    /// is decoded, never sampled. The OT command detector needs it.
    bool countOperations = true;
    /// Run the detectors: streaming ones during the import, survey-wide ones after it.
    bool detect = true;
    detect::DetectionOptions detection;
    std::string baselineSurvey;    ///< another survey that is all learning period (empty: none)
    /// Suricata/Snort rule files loaded on top of the bundled OT rules (resources/rules/).
    std::vector<std::string> signatureRuleFiles;
    /// Only frames in [windowStartNs, windowEndNs] are imported when windowEndNs > 0 (a period).
    std::int64_t windowStartNs = 0, windowEndNs = 0;
    /// Memory and table bounds against scans and forged-address floods (see SurveyLimits).
    std::size_t maxFlows = analysis::TrafficAnalyzer::kDefaultMaxFlows;
    store::SurveyLimits limits;
};

/// The pipeline: source → decode → analysis → survey, committed in chunks so an interrupted
/// import keeps everything up to its last chunk and a re-run resumes it. Runs on the caller's
/// thread; cancel through the stop token; progress is called about every 64k frames.
class Importer {
public:
    Importer(store::SurveyStore& store, SourceOpener opener, ImportOptions options = {});

    ImportResult run(const std::vector<std::string>& paths,
                     const std::function<void(const ImportProgress&)>& progress = {},
                     std::stop_token stop = {});

    /// Imports a live source (the capture helper's ring files) until it ends — the capture
    /// stopped and every file is drained — or stop is requested. Commits about once a second and
    /// calls `progress` (phase "capturing") at least that often, so views can follow. Each ring
    /// file becomes a capture of the survey, keyed by its content hash once complete, so importing
    /// the ring folder afterwards skips what was already imported live.
    ImportResult runLive(std::unique_ptr<PacketSource> source, const std::function<void(const ImportProgress&)>& progress = {},
                         std::stop_token stop = {});

private:
    void finish(std::int64_t importId, int pumpOutcome, ImportResult& result, ImportProgress& status,
                const std::function<void(const ImportProgress&)>& progress);

    store::SurveyStore& m_store;
    SourceOpener m_opener;
    ImportOptions m_options;
};

} // namespace mieruka::ingest
