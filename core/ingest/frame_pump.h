// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include "core/store/survey_store.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stop_token>
#include <vector>

namespace mieruka::ingest {

class ReadAheadSource;

/// One capture file as the pump counts it into its survey row.
struct PumpedFile {
    store::CaptureRecord record;
    std::uint64_t framesToSkip = 0;       ///< already committed by an interrupted earlier import
    std::optional<std::size_t> hashIndex; ///< hashed in the background: index in the hasher
    std::set<int> linkTypes;
    int lastLinkType = -1;
    std::map<int, std::uint64_t> unsupportedByType;
    bool keyRequested = false;            ///< a finished live file's content hash was asked for
};

/// The part of an import that files and live captures share: frames from a read-ahead source
/// through decode → analysis → detection into the survey, committed in chunks on the writer
/// thread. A live source adds files as the helper opens them; their rows appear at the next commit.
class FramePump {
public:
    struct Settings {
        bool live = false;                 ///< frames come from a live ring: Idle is normal, files appear
        std::int64_t importId = 0;
        /// Runs on the importing thread before each commit (files hashed in the background get their hash).
        std::function<void(std::vector<PumpedFile>&)> beforeCommit;
    };

    FramePump(store::SurveyStore& store, const ImportOptions& options, ImportResult& result);

    enum class Outcome { Ended, Failed, Cancelled };

    /// Pumps until the source ends, fails (its error is in the result's problems) or stop is
    /// requested. `files` are the files known up front, in the source's file order.
    Outcome run(ReadAheadSource& source, std::vector<PumpedFile>& files, const Settings& settings,
             const std::function<void(const ImportProgress&)>& progress, std::stop_token stop);

private:
    store::SurveyStore& m_store;
    const ImportOptions& m_options;
    ImportResult& m_result;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
};

/// The key a live ring file's survey row has until the file is complete and hashed.
std::string liveCaptureKey(const std::string& path);

} // namespace mieruka::ingest
