// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "raw_packet.h"

#include "core/analysis/analysis_records.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/decoded_packet.h"
#include "core/detect/detection_options.h"
#include "core/detect/signature_monitor.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mieruka::ingest {

/// Counts industrial operations and runs the streaming detectors (signatures, storms, sweeps)
/// on a thread of its own, so they overlap with the flow table on the importing thread instead
/// of adding to it. Frames are decoded again here, read in place from the read-ahead batch
/// they arrived in: the worker holds that batch until it is done with it, so nothing is copied
/// (copying every frame cost the importing thread more than the decoding it saves). Batches are
/// processed in order, so the results are those of a single thread. Memory: at most
/// kMaxBatches batches of kBatchFrames frame references, and the read-ahead batches they hold.
class DetectionWorker {
public:
    static constexpr std::size_t kBatchFrames = 8192;
    static constexpr std::size_t kMaxBatches = 4;

    struct Results {
        std::vector<analysis::OperationRecord> operations;
        std::vector<analysis::AlertRecord> alerts;
    };

    DetectionWorker(bool countOperations, bool detect, const detect::DetectionOptions& options,
                    const std::vector<detect::SignatureMonitor::RuleFile>& ruleFiles);
    ~DetectionWorker();
    DetectionWorker(const DetectionWorker&) = delete;
    DetectionWorker& operator=(const DetectionWorker&) = delete;

    /// Rules of the signature files that could not be used, one line each.
    const std::vector<std::string>& ruleReport() const { return m_ruleReport; }

    /// Whether the frame can matter here: operations need a payload, the streaming detectors
    /// say what they need. Frames that cannot matter are never copied.
    bool wants(const decode::DecodedPacket& packet) const;
    /// The memory the frames added from now on live in (a read-ahead batch); held until they
    /// have been judged. add() needs one.
    void setFrameOwner(std::shared_ptr<const void> owner);
    void add(const RawPacket& packet, const analysis::FlowSample& flow);
    /// Everything found since the last call, once the frames added before it have been judged.
    /// `final`: the end of the import (a storm in its last second is judged too).
    Results take(bool final);

private:
    struct Entry {
        const std::byte* data = nullptr; ///< into one of the batch's owners
        std::uint32_t capturedLength = 0, originalLength = 0;
        int linkType = 0;
        std::int64_t timestampNs = 0;
        std::uint32_t fileIndex = 0;
        std::uint64_t packetNumber = 0;
        bool fromInitiator = true, bothSidesSent = false;
    };
    struct Batch {
        std::vector<std::shared_ptr<const void>> owners; ///< read-ahead batches its entries point into
        std::vector<Entry> entries;
        bool flush = false, final = false;
    };
    class Engine;

    void run();
    void submit(std::unique_ptr<Batch> batch);

    bool m_countOperations;
    std::unique_ptr<Engine> m_engine;
    std::vector<std::string> m_ruleReport;
    std::unique_ptr<Batch> m_filling;
    std::shared_ptr<const void> m_owner;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_spare;
    std::size_t m_outstanding = 0; ///< batches queued or being processed
    bool m_resultsReady = false;
    Results m_results;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace mieruka::ingest
