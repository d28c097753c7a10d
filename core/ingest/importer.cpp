// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "background_hasher.h"
#include "file_hasher.h"
#include "frame_pump.h"
#include "read_ahead_source.h"

#include "core/store/survey_store.h"
#include "core/survey/survey_detection.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

namespace mieruka::ingest {

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

Importer::Importer(store::SurveyStore& store, SourceOpener opener, ImportOptions options)
    : m_store(store), m_opener(std::move(opener)), m_options(options)
{
}

ImportResult Importer::run(const std::vector<std::string>& paths, const std::function<void(const ImportProgress&)>& progress,
                           std::stop_token stop)
{
    ImportResult result;
    const auto started = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - started).count(); };

    // Validate each path alone first, so one bad file is named and the good ones still import.
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::string error;
        auto source = m_opener({path}, error);
        if (!source) {
            result.problems.push_back(error);
            continue;
        }
        for (const auto& info : source->files())
            files.push_back(info.path);
    }

    // A file of a size the survey does not hold yet cannot be a duplicate or an interrupted
    // import, so it is hashed on a second thread while it imports; only same-size files are
    // hashed up front, to decide exactly whether to skip or resume them.
    std::map<std::uint64_t, int> sizeCount;
    std::vector<std::uint64_t> sizes;
    for (const auto& file : files) {
        std::error_code error;
        const auto size = std::filesystem::file_size(file, error);
        sizes.push_back(error ? 0 : static_cast<std::uint64_t>(size));
        ++sizeCount[sizes.back()];
    }
    ImportProgress status;
    status.phase = "hashing";
    std::vector<PumpedFile> states;
    std::vector<std::string> toRead, hashLater;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string& file = files[f];
        PumpedFile state;
        state.record.path = file;
        // A ring file whose live import was interrupted (the app died) resumes where it stopped;
        // its content key comes once it is complete.
        std::error_code canonicalError;
        const auto canonical = std::filesystem::weakly_canonical(file, canonicalError).string();
        if (auto live = m_store.findCapture(liveCaptureKey(canonicalError ? file : canonical)); live && !live->complete) {
            state.record = *live;
            state.framesToSkip = live->packets;
            state.linkTypes.insert(live->linkTypes.begin(), live->linkTypes.end());
            result.notes.push_back(file + ": resuming an interrupted live capture import after "
                                   + std::to_string(live->packets) + " frames");
            states.push_back(std::move(state));
            toRead.push_back(file);
            continue;
        }
        if (sizeCount[sizes[f]] == 1 && !m_store.hasCaptureOfSize(sizes[f])) {
            state.hashIndex = hashLater.size();
            hashLater.push_back(file);
            states.push_back(std::move(state));
            toRead.push_back(file);
            continue;
        }
        std::string error;
        status.bytesTotal = sizes[f];
        status.bytesDone = 0;
        const std::string sha = hashFile(file, error, [&](std::uint64_t bytes) {
            status.bytesDone += bytes;
            status.elapsedSeconds = elapsed();
            if (progress)
                progress(status);
        }, stop);
        if (stop.stop_requested()) {
            result.status = ImportResult::Status::Cancelled;
            return result;
        }
        if (sha.empty()) {
            result.problems.push_back(error);
            continue;
        }
        const auto duplicate = std::find_if(states.begin(), states.end(),
                                            [&](const PumpedFile& other) { return other.record.sha256 == sha; });
        if (duplicate != states.end()) {
            ++result.filesSkipped;
            result.notes.push_back(file + ": same content as " + duplicate->record.path + ", skipped");
            continue;
        }
        if (auto existing = m_store.findCapture(sha)) {
            if (existing->complete) {
                ++result.filesSkipped;
                result.notes.push_back(file + ": already in the survey (same content as " + existing->path + "), skipped");
                continue;
            }
            state.record = *existing;
            state.framesToSkip = existing->packets;
            state.linkTypes.insert(existing->linkTypes.begin(), existing->linkTypes.end());
            result.notes.push_back(file + ": resuming an interrupted import after " + std::to_string(existing->packets)
                                   + " frames");
        } else {
            state.record.sha256 = sha;
        }
        states.push_back(std::move(state));
        toRead.push_back(file);
    }
    if (toRead.empty()) {
        result.status = result.problems.empty() ? ImportResult::Status::Completed : ImportResult::Status::Failed;
        return result;
    }
    BackgroundHasher hasher(hashLater);

    std::string error;
    auto opened = m_opener(toRead, error);
    if (!opened) {
        result.problems.push_back(error);
        result.status = ImportResult::Status::Failed;
        return result;
    }
    auto source = std::make_unique<ReadAheadSource>(std::move(opened));
    const std::int64_t importId = m_store.beginImport(std::to_string(toRead.size()) + " capture file(s)");
    const auto& infos = source->files();
    for (std::size_t i = 0; i < states.size() && i < infos.size(); ++i) {
        auto& record = states[i].record;
        record.format = infos[i].format;
        record.sizeBytes = infos[i].sizeBytes;
        record.importId = record.importId ? record.importId : importId;
        if (record.id == 0 && !states[i].hashIndex)
            record.id = m_store.addCapture(record);
    }
    // Files hashed in the background get their survey row at the first commit, with their hash;
    // a kill before that leaves no trace of them, so a re-run simply starts them again.
    auto registerHashedCaptures = [&](std::vector<PumpedFile>&) {
        for (auto& state : states) {
            if (state.record.id != 0 || !state.hashIndex)
                continue;
            auto hashed = hasher.result(*state.hashIndex);
            if (hashed.sha256.empty()) {
                result.problems.push_back(hashed.error);
                hashed.sha256 = "unhashed:" + state.record.path;
            }
            state.record.sha256 = hashed.sha256;
            state.hashIndex.reset(); // its row is added by the next write job
        }
    };
    FramePump pump(m_store, m_options, result);
    FramePump::Settings settings;
    settings.importId = importId;
    settings.beforeCommit = registerHashedCaptures;
    const auto outcome = pump.run(*source, states, settings, progress, stop);
    finish(importId, static_cast<int>(outcome), result, status, progress);
    for (const auto& info : source->files())
        if (!info.warning.empty())
            result.problems.push_back(info.warning);
    result.filesImported = outcome == FramePump::Outcome::Cancelled ? 0 : states.size();
    return result;
}

ImportResult Importer::runLive(std::unique_ptr<PacketSource> live, const std::function<void(const ImportProgress&)>& progress,
                               std::stop_token stop)
{
    ImportResult result;
    ReadAheadSource source(std::move(live));
    const std::int64_t importId = m_store.beginImport("live capture");
    std::vector<PumpedFile> files;
    FramePump pump(m_store, m_options, result);
    FramePump::Settings settings;
    settings.live = true;
    settings.importId = importId;
    const auto outcome = pump.run(source, files, settings, progress, stop);
    ImportProgress status;
    status.bytesTotal = source.bytesConsumed();
    finish(importId, static_cast<int>(outcome), result, status, progress);
    for (const auto& info : source.files())
        if (!info.warning.empty())
            result.problems.push_back(info.warning);
    result.filesImported = files.size();
    return result;
}

void Importer::finish(std::int64_t importId, int pumpOutcome, ImportResult& result, ImportProgress& status,
                      const std::function<void(const ImportProgress&)>& progress)
{
    const auto outcome = static_cast<FramePump::Outcome>(pumpOutcome);
    const bool cancelled = outcome == FramePump::Outcome::Cancelled;
    m_store.finishImport(importId, !cancelled);
    if (m_options.detect && !cancelled) {
        status.phase = "detecting";
        if (progress)
            progress(status);
        const auto detection = survey::detectAndStore(m_store, m_options.detection, m_options.baselineSurvey);
        for (const auto& problem : detection.ruleProblems)
            result.problems.push_back("OT command rules, row " + std::to_string(problem.line) + ": " + problem.reason);
    }
    status.packets = result.packetsImported;
    status.bytesDone = status.bytesTotal;
    if (progress)
        progress(status);
    result.status = cancelled ? ImportResult::Status::Cancelled
                              : (outcome == FramePump::Outcome::Failed ? ImportResult::Status::Failed
                                                                       : ImportResult::Status::Completed);
}

} // namespace mieruka::ingest
