// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_pump.h"

#include "detection_worker.h"
#include "file_hasher.h"
#include "link_type_names.h"
#include "read_ahead_source.h"
#include "store_writer.h"

#include "core/analysis/evidence_collector.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/packet_decoder.h"
#include "core/survey/survey_detection.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mieruka::ingest {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kLivePrefix = "live:";
// A live ring is read at wire speed, not disk speed: check for stop and commits more often than
// every 64k frames, so a quiet network still updates the views about once a second.
constexpr std::uint64_t kLivePollPackets = 4096;
// Survey-wide detectors (new device, new communication…) rerun this often during a live capture,
// so their alerts show up while it runs; the run after the capture is the authoritative one.
constexpr double kLiveDetectionSeconds = 30;
// A capture's clock is hostile input: pcapng timestamps can decode to any 64-bit value. Every
// frame's time is held to 1970…2096, so that a difference of two times always fits in 64 bits
// everywhere after the pump (spans, rates, minute buckets).
constexpr std::int64_t kLatestTimestampNs = 4'000'000'000'000'000'000LL;

void touchTimes(store::CaptureRecord& record, std::int64_t timestampNs)
{
    if (record.packets == 0) {
        record.startNs = record.endNs = timestampNs;
        return;
    }
    record.startNs = std::min(record.startNs, timestampNs);
    record.endNs = std::max(record.endNs, timestampNs);
}

std::vector<detect::SignatureMonitor::RuleFile> readRuleFiles(const std::vector<std::string>& paths,
                                                              ImportResult& result)
{
    std::vector<detect::SignatureMonitor::RuleFile> ruleFiles;
    for (const auto& path : paths) {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        if (!file)
            result.problems.push_back(path + ": cannot read the rules file");
        else
            ruleFiles.push_back({path, text.str()});
    }
    return ruleFiles;
}

/// A finished live file gets its content hash and size as key, so importing the ring folder
/// later finds it and skips it.
void keyFinishedLiveFile(store::SurveyStore& survey, std::int64_t captureId, const std::string& path)
{
    std::string error;
    const std::string sha = hashFile(path, error);
    std::error_code sizeError;
    const auto size = std::filesystem::file_size(path, sizeError);
    if (!sha.empty() && !sizeError && !survey.findCapture(sha))
        survey.rekeyCapture(captureId, sha, static_cast<std::uint64_t>(size));
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

std::string liveCaptureKey(const std::string& path)
{
    return std::string(kLivePrefix) + path;
}

FramePump::FramePump(store::SurveyStore& store, const ImportOptions& options, ImportResult& result)
    : m_store(store), m_options(options), m_result(result)
{
}

FramePump::Outcome FramePump::run(ReadAheadSource& source, std::vector<PumpedFile>& files, const Settings& settings,
                    const std::function<void(const ImportProgress&)>& progress, std::stop_token stop)
{
    ImportResult& result = m_result;
    // Capture row ids: only writer jobs touch them (they run one after another), since a live
    // ring adds files on this thread while earlier jobs still run.
    auto captureIds = std::make_shared<std::vector<std::int64_t>>();
    m_store.setLimits(m_options.limits); // before the writer thread exists
    StoreWriter writer(m_store);

    decode::PacketDecoder decoder;
    decode::DecodedPacket decoded;
    analysis::TrafficAnalyzer analyzer(m_options.maxFlows);
    analysis::EvidenceCollector evidence;
    std::unique_ptr<DetectionWorker> detection;
    if (m_options.countOperations || m_options.detect) {
        detection = std::make_unique<DetectionWorker>(m_options.countOperations, m_options.detect, m_options.detection,
                                                      readRuleFiles(m_options.signatureRuleFiles, result));
        for (const auto& line : detection->ruleReport())
            result.notes.push_back(line);
    }
    // Files a live source has opened since the last frame: they get their survey row at the next commit.
    auto adoptNewFiles = [&](std::size_t upTo) {
        const auto& seen = source.filesSeen();
        while (files.size() <= upTo && files.size() < seen.size()) {
            PumpedFile file;
            file.record.path = seen[files.size()].path;
            file.record.format = seen[files.size()].format;
            file.record.sha256 = liveCaptureKey(file.record.path);
            file.record.importId = settings.importId;
            files.push_back(std::move(file));
        }
    };
    std::uint64_t sinceCommit = 0;
    auto lastCommit = Clock::now();
    auto lastDetection = Clock::now();
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
        if (settings.beforeCommit)
            settings.beforeCommit(files);
        std::vector<store::CaptureRecord> progressRows;
        std::vector<std::size_t> toKey;
        for (std::size_t i = 0; i < files.size(); ++i) {
            auto& file = files[i];
            file.record.linkTypes.assign(file.linkTypes.begin(), file.linkTypes.end());
            // A live ring moves on to the next file only once the helper has closed this one.
            file.record.complete = final || (settings.live && i + 1 < files.size());
            if (final && i < source.files().size()) { // the reader thread is gone: its infos are safe
                file.record.truncated = source.files()[i].truncated;
                file.record.warning = source.files()[i].warning;
            }
            if (file.record.complete && !file.keyRequested && file.record.sha256.rfind(kLivePrefix, 0) == 0) {
                file.keyRequested = true;
                toKey.push_back(i);
            }
            progressRows.push_back(file.record);
        }
        writer.submit([captureIds, delta = std::move(delta), rows = std::move(progressRows),
                       toKey = std::move(toKey)](store::SurveyStore& survey) mutable {
            auto& ids = *captureIds;
            ids.resize(std::max(ids.size(), rows.size()), 0);
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (ids[i] == 0)
                    ids[i] = rows[i].id != 0 ? rows[i].id : survey.addCapture(rows[i]);
                rows[i].id = ids[i];
            }
            for (auto& row : delta.evidence)
                row.captureId = row.fileIndex < ids.size() ? ids[row.fileIndex] : 0;
            for (auto& row : delta.operations)
                row.captureId = row.fileIndex < ids.size() ? ids[row.fileIndex] : 0;
            for (auto& row : delta.alerts)
                row.captureId = row.fileIndex < ids.size() ? ids[row.fileIndex] : 0;
            survey.commitChunk(delta, rows);
            for (const std::size_t i : toKey)
                keyFinishedLiveFile(survey, ids[i], rows[i].path);
        });
        if (settings.live && m_options.detect && !final
            && std::chrono::duration<double>(Clock::now() - lastDetection).count() >= kLiveDetectionSeconds) {
            lastDetection = Clock::now();
            writer.submit([detection = m_options.detection, baseline = m_options.baselineSurvey](store::SurveyStore& survey) {
                survey::detectAndStore(survey, detection, baseline);
            });
        }
        sinceCommit = 0;
        lastCommit = Clock::now();
    };

    ImportProgress status;
    status.phase = settings.live ? "capturing" : "importing";
    status.bytesTotal = source.bytesTotal();
    const std::uint64_t pollEvery = settings.live ? kLivePollPackets : std::max<std::uint64_t>(m_options.pollPackets, 1);
    auto poll = [&]() -> bool { // false: stop
        // Commit before reporting, so whoever reloads the survey on a report sees these frames.
        const double sinceSeconds = std::chrono::duration<double>(Clock::now() - lastCommit).count();
        const bool due = settings.live ? sinceSeconds >= std::max(m_options.chunkSeconds, 1.0)
                                       : sinceCommit >= m_options.chunkPackets || sinceSeconds >= m_options.chunkSeconds;
        if (due)
            commit(false);
        status.packets = result.packetsImported;
        status.bytesDone = source.bytesConsumed();
        if (settings.live)
            status.bytesTotal = std::max(status.bytesDone, source.bytesTotal());
        status.elapsedSeconds = std::chrono::duration<double>(Clock::now() - m_started).count();
        if (progress)
            progress(status);
        return !stop.stop_requested();
    };

    RawPacket packet;
    PacketSource::Status readStatus = PacketSource::Status::Packet;
    bool cancelled = false;
    std::uint64_t counter = 0;
    const void* frameOwner = nullptr; ///< the read-ahead batch the detection worker holds last
    while ((readStatus = source.next(packet)) == PacketSource::Status::Packet
           || readStatus == PacketSource::Status::Idle) {
        if (readStatus == PacketSource::Status::Idle) {
            if (!poll()) {
                cancelled = true;
                break;
            }
            continue;
        }
        if (settings.live && packet.fileIndex >= files.size())
            adoptNewFiles(packet.fileIndex);
        if (packet.fileIndex >= files.size())
            continue;
        PumpedFile& file = files[packet.fileIndex];
        packet.timestampNs = std::clamp<std::int64_t>(packet.timestampNs, 0, kLatestTimestampNs);
        if (file.framesToSkip > 0) {
            --file.framesToSkip;
            continue;
        }
        if (m_options.windowEndNs > 0
            && (packet.timestampNs < m_options.windowStartNs || packet.timestampNs > m_options.windowEndNs))
            continue;
        store::CaptureRecord& record = file.record;
        touchTimes(record, packet.timestampNs);
        ++record.packets;
        record.bytes += packet.originalLength;
        if (packet.linkType != file.lastLinkType) { // a set insert per frame would cost more than decoding
            file.linkTypes.insert(packet.linkType);
            file.lastLinkType = packet.linkType;
        }
        if (decoder.decode(packet.linkType, packet.data, packet.originalLength, decoded)) {
            const auto flow = analyzer.addPacket(decoded, packet.timestampNs, packet.originalLength);
            evidence.addPacket(decoded, packet.timestampNs, {packet.fileIndex, packet.packetNumber}, flow);
            if (detection && detection->wants(decoded)) {
                if (source.currentBatchId() != frameOwner) { // once per read-ahead batch
                    frameOwner = source.currentBatchId();
                    detection->setFrameOwner(source.currentBatch());
                }
                detection->add(packet, flow);
            }
        } else {
            ++record.unsupportedPackets;
            ++file.unsupportedByType[packet.linkType];
        }
        ++result.packetsImported;
        result.bytesImported += packet.originalLength;
        ++sinceCommit;
        if (++counter % pollEvery == 0 && !poll()) {
            cancelled = true;
            break;
        }
    }

    source.stopReading(); // the reader thread must be gone before its file infos are read
    if (settings.live)
        adoptNewFiles(source.filesSeen().empty() ? 0 : source.filesSeen().size() - 1);
    if (readStatus == PacketSource::Status::Error) {
        // A file that breaks mid-way keeps what was read before the damage; it is reported, not retried.
        result.problems.push_back(source.errorMessage());
    }
    commit(!cancelled);
    writer.wait();
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].unsupportedByType.empty())
            result.problems.push_back(unsupportedMessage(files[i].record.path, files[i].unsupportedByType));
    }
    if (cancelled)
        return Outcome::Cancelled;
    return readStatus == PacketSource::Status::Error ? Outcome::Failed : Outcome::Ended;
}

} // namespace mieruka::ingest
