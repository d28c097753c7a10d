// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "file_hasher.h"
#include "link_type_names.h"

#include "core/analysis/traffic_analyzer.h"
#include "core/decode/packet_decoder.h"
#include "core/store/survey_store.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

namespace mieruka::ingest {

namespace {

using Clock = std::chrono::steady_clock;

struct FileState {
    store::CaptureRecord record;
    std::uint64_t framesToSkip = 0; ///< already committed by an interrupted earlier import
    std::set<int> linkTypes;
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

    ImportProgress status;
    status.phase = "hashing";
    for (const auto& file : files) {
        std::error_code error;
        const auto size = std::filesystem::file_size(file, error);
        if (!error)
            status.bytesTotal += size;
    }
    std::vector<FileState> states;
    std::vector<std::string> toRead;
    for (const auto& file : files) {
        std::string error;
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
        FileState state;
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
            state.record.path = file;
        }
        states.push_back(std::move(state));
        toRead.push_back(file);
    }
    if (toRead.empty()) {
        result.status = result.problems.empty() ? ImportResult::Status::Completed : ImportResult::Status::Failed;
        return result;
    }

    std::string error;
    auto source = m_opener(toRead, error);
    if (!source) {
        result.problems.push_back(error);
        result.status = ImportResult::Status::Failed;
        return result;
    }
    const std::int64_t importId = m_store.beginImport(std::to_string(toRead.size()) + " capture file(s)");
    const auto& infos = source->files();
    for (std::size_t i = 0; i < states.size() && i < infos.size(); ++i) {
        auto& record = states[i].record;
        record.format = infos[i].format;
        record.sizeBytes = infos[i].sizeBytes;
        if (record.id == 0) {
            record.importId = importId;
            record.id = m_store.addCapture(record);
        }
    }

    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    analysis::TrafficAnalyzer analyzer;
    std::uint64_t sinceCommit = 0;
    auto lastCommit = Clock::now();
    auto commit = [&](bool final) {
        analysis::AnalysisDelta delta = analyzer.takeDelta();
        const auto anomalies = decoder.takeAnomalies();
        for (std::size_t i = 0; i < decode::kAnomalyCount; ++i) {
            const auto anomaly = static_cast<decode::Anomaly>(i);
            if (anomalies.count(anomaly))
                delta.anomalies.emplace_back(std::string(decode::anomalyName(anomaly)), anomalies.count(anomaly));
        }
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
        m_store.commitChunk(delta, progressRows);
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
        state.linkTypes.insert(packet.linkType);
        if (decoder.decode(packet.linkType, packet.data, packet.originalLength, decoded)) {
            analyzer.addPacket(decoded, packet.timestampNs, packet.originalLength);
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

    const bool failed = readStatus == PacketSource::Status::Error;
    if (failed) {
        // A file that breaks mid-way keeps what was read before the damage; it is reported, not retried.
        result.problems.push_back(source->errorMessage());
    }
    commit(!cancelled);
    m_store.finishImport(importId, !cancelled);

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
