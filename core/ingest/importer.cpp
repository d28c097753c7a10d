// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "background_hasher.h"
#include "detection_worker.h"
#include "file_hasher.h"
#include "link_type_names.h"
#include "read_ahead_source.h"
#include "store_writer.h"

#include "core/analysis/evidence_collector.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/packet_decoder.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_detection.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <set>

namespace mieruka::ingest {

namespace {

using Clock = std::chrono::steady_clock;

struct FileState {
    store::CaptureRecord record;
    std::uint64_t framesToSkip = 0; ///< already committed by an interrupted earlier import
    std::optional<std::size_t> hashIndex; ///< hashed in the background: index in the hasher
    std::set<int> linkTypes;
    int lastLinkType = -1;
    std::map<int, std::uint64_t> unsupportedByType;
};

void touchTimes(store::CaptureRecord& record, std::int64_t timestampNs)
{
    if (record.packets == 0) {
        record.startNs = record.endNs = timestampNs;
        return;
    }
    record.startNs = std::min(record.startNs, timestampNs);
    record.endNs = std::max(record.endNs, timestampNs);
}

std::string unsupportedMessage(const std::string& path, const std::map<int, std::uint64_t>& byType)
{
    std::string text = path + ": unsupported link type";
    bool first = true;
    for (const auto& [type, count] : byType) {
        text += first ? " " : ", ";
        text += std::to_string(type) + " (" + std::string(linkTypeName(type)) + ")";
        text += ": " + std::to_string(count) + " frames counted but not decoded";
        first = false;
    }
    return text;
}

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
    std::vector<FileState> states;
    std::vector<std::string> toRead, hashLater;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string& file = files[f];
        FileState state;
        state.record.path = file;
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
                                            [&](const FileState& other) { return other.record.sha256 == sha; });
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
    auto registerHashedCaptures = [&] {
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
    // Capture row ids, known to the writer thread only until writer.wait().
    std::vector<std::int64_t> captureIds;
    for (const auto& state : states)
        captureIds.push_back(state.record.id);
    StoreWriter writer(m_store);

    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    analysis::TrafficAnalyzer analyzer;
    analysis::EvidenceCollector evidence;
    std::vector<detect::SignatureMonitor::RuleFile> ruleFiles;
    for (const auto& path : m_options.signatureRuleFiles) {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        if (!file)
            result.problems.push_back(path + ": cannot read the rules file");
        else
            ruleFiles.push_back({path, text.str()});
    }
    std::unique_ptr<DetectionWorker> detection;
    if (m_options.countOperations || m_options.detect) {
        detection = std::make_unique<DetectionWorker>(m_options.countOperations, m_options.detect, m_options.detection,
                                                      ruleFiles);
        for (const auto& line : detection->ruleReport())
            result.notes.push_back(line);
    }
    std::uint64_t sinceCommit = 0;
    auto lastCommit = Clock::now();
    auto commit = [&](bool final) {
        analysis::AnalysisDelta delta = analyzer.takeDelta();
        delta.evidence = evidence.take();
        if (detection) {
            auto found = detection->take(final);
            delta.operations = std::move(found.operations);
            delta.alerts = std::move(found.alerts);
        }
        const auto anomalies = decoder.takeAnomalies();
        for (std::size_t i = 0; i < decode::kAnomalyCount; ++i) {
            const auto anomaly = static_cast<decode::Anomaly>(i);
            if (anomalies.count(anomaly))
                delta.anomalies.emplace_back(std::string(decode::anomalyName(anomaly)), anomalies.count(anomaly));
        }
        registerHashedCaptures();
        std::vector<store::CaptureRecord> progressRows;
        for (std::size_t i = 0; i < states.size(); ++i) {
            auto& state = states[i];
            state.record.linkTypes.assign(state.linkTypes.begin(), state.linkTypes.end());
            if (final && i < infos.size()) {
                state.record.complete = true;
                state.record.truncated = infos[i].truncated;
                state.record.warning = infos[i].warning;
            }
            progressRows.push_back(state.record);
        }
        writer.submit([&captureIds, delta = std::move(delta), rows = std::move(progressRows)](store::SurveyStore& survey) mutable {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (captureIds[i] == 0)
                    captureIds[i] = survey.addCapture(rows[i]);
                rows[i].id = captureIds[i];
            }
            for (auto& row : delta.evidence)
                row.captureId = row.fileIndex < captureIds.size() ? captureIds[row.fileIndex] : 0;
            for (auto& row : delta.operations)
                row.captureId = row.fileIndex < captureIds.size() ? captureIds[row.fileIndex] : 0;
            for (auto& row : delta.alerts)
                row.captureId = row.fileIndex < captureIds.size() ? captureIds[row.fileIndex] : 0;
            survey.commitChunk(delta, rows);
        });
        sinceCommit = 0;
        lastCommit = Clock::now();
    };

    status.phase = "importing";
    status.bytesDone = 0;
    status.bytesTotal = source->bytesTotal();
    RawPacket packet;
    PacketSource::Status readStatus = PacketSource::Status::Packet;
    bool cancelled = false;
    std::uint64_t counter = 0;
    const void* frameOwner = nullptr; ///< the read-ahead batch the detection worker holds last
    while ((readStatus = source->next(packet)) == PacketSource::Status::Packet) {
        if (packet.fileIndex >= states.size())
            continue;
        FileState& state = states[packet.fileIndex];
        if (state.framesToSkip > 0) {
            --state.framesToSkip;
            continue;
        }
        store::CaptureRecord& record = state.record;
        touchTimes(record, packet.timestampNs);
        ++record.packets;
        record.bytes += packet.originalLength;
        if (packet.linkType != state.lastLinkType) { // a set insert per frame would cost more than decoding
            state.linkTypes.insert(packet.linkType);
            state.lastLinkType = packet.linkType;
        }
        if (decoder.decode(packet.linkType, packet.data, packet.originalLength, decoded)) {
            const auto flow = analyzer.addPacket(decoded, packet.timestampNs, packet.originalLength);
            evidence.addPacket(decoded, packet.timestampNs, {packet.fileIndex, packet.packetNumber}, flow);
            if (detection && detection->wants(decoded)) {
                if (source->currentBatchId() != frameOwner) { // once per read-ahead batch
                    frameOwner = source->currentBatchId();
                    detection->setFrameOwner(source->currentBatch());
                }
                detection->add(packet, flow);
            }
        } else {
            ++record.unsupportedPackets;
            ++state.unsupportedByType[packet.linkType];
        }
        ++result.packetsImported;
        result.bytesImported += packet.originalLength;
        ++sinceCommit;
        if (++counter % std::max<std::uint64_t>(m_options.pollPackets, 1) == 0) {
            status.packets = result.packetsImported;
            status.bytesDone = source->bytesConsumed();
            status.elapsedSeconds = elapsed();
            if (progress)
                progress(status);
            if (stop.stop_requested()) {
                cancelled = true;
                break;
            }
            const double sinceSeconds = std::chrono::duration<double>(Clock::now() - lastCommit).count();
            if (sinceCommit >= m_options.chunkPackets || sinceSeconds >= m_options.chunkSeconds)
                commit(false);
        }
    }

    source->stopReading(); // the reader thread must be gone before its file infos are read
    const bool failed = readStatus == PacketSource::Status::Error;
    if (failed) {
        // A file that breaks mid-way keeps what was read before the damage; it is reported, not retried.
        result.problems.push_back(source->errorMessage());
    }
    commit(!cancelled);
    writer.wait();
    m_store.finishImport(importId, !cancelled);
    if (m_options.detect && !cancelled) {
        status.phase = "detecting";
        if (progress)
            progress(status);
        const auto detection = survey::detectAndStore(m_store, m_options.detection, m_options.baselineSurvey);
        for (const auto& problem : detection.ruleProblems)
            result.problems.push_back("OT command rules, row " + std::to_string(problem.line) + ": " + problem.reason);
    }

    for (std::size_t i = 0; i < states.size(); ++i) {
        if (i < infos.size() && !infos[i].warning.empty())
            result.problems.push_back(infos[i].warning);
        if (!states[i].unsupportedByType.empty())
            result.problems.push_back(unsupportedMessage(states[i].record.path, states[i].unsupportedByType));
    }
    result.filesImported = cancelled ? 0 : states.size();
    status.packets = result.packetsImported;
    status.bytesDone = status.bytesTotal;
    status.elapsedSeconds = elapsed();
    if (progress)
        progress(status);
    result.status = cancelled ? ImportResult::Status::Cancelled
                              : (failed ? ImportResult::Status::Failed : ImportResult::Status::Completed);
    return result;
}

} // namespace mieruka::ingest
