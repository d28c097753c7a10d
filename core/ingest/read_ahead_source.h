// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packet_source.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace mieruka::ingest {

/// Reads another source on its own thread into a few bounded batches, so file reading and
/// record parsing overlap with decoding on a second core. Memory stays bounded by
/// kMaxQueuedBatches × kBatchBytes whatever the capture size.
///
/// files() and errorMessage() may be called before the first next() and after next() returned
/// End or Error, or after stopReading(); not in between.
class ReadAheadSource final : public PacketSource {
public:
    static constexpr std::size_t kBatchBytes = 4u << 20;
    static constexpr std::size_t kMaxQueuedBatches = 3;
    static constexpr std::chrono::milliseconds kIdlePause{20};

    explicit ReadAheadSource(std::unique_ptr<PacketSource> inner);
    ~ReadAheadSource() override;

    /// Stops the reader thread (if any) early; afterwards files() is safe to read. Idempotent.
    void stopReading();

    Status next(RawPacket& packet) override;
    /// The batch behind the frames next() hands out now: holding it keeps their bytes valid
    /// after next() moved on (another thread can work on them without a copy). The id changes
    /// when the batch does.
    std::shared_ptr<const void> currentBatch() const { return m_current; }
    const void* currentBatchId() const { return m_current.get(); }
    std::string errorMessage() const override;
    const std::vector<CaptureFileInfo>& files() const override;
    /// Path and format of every file the frames handed out so far came from, safe at any time on
    /// the consuming thread (a live source opens files while it is read).
    const std::vector<CaptureFileInfo>& filesSeen() const { return m_filesSeen; }
    std::uint64_t bytesConsumed() const override;
    std::uint64_t bytesTotal() const override;

private:
    struct Frame {
        std::int64_t timestampNs;
        std::uint32_t originalLength;
        std::uint32_t capturedLength;
        int linkType;
        std::uint32_t fileIndex;
        std::uint64_t packetNumber;
        std::size_t offset; ///< into Batch::bytes
    };
    struct Batch {
        std::vector<Frame> frames;
        std::vector<std::byte> bytes;
        std::uint64_t bytesConsumed = 0;
        Status endStatus = Status::Packet; ///< End/Error: the last batch; Idle: the source had nothing more yet
        std::vector<CaptureFileInfo> newFiles; ///< files the source opened while this batch was read
    };

    /// Consumed batches come back here (from whichever thread let go of them last) and are
    /// reused, so memory stays put.
    struct BatchPool {
        std::mutex mutex;
        std::vector<std::unique_ptr<Batch>> spare;
    };
    static constexpr std::size_t kMaxSpareBatches = 8;

    void readLoop();

    std::unique_ptr<PacketSource> m_inner;
    const std::uint64_t m_bytesTotal;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::shared_ptr<BatchPool> m_pool = std::make_shared<BatchPool>();
    bool m_stopping = false;

    std::shared_ptr<Batch> m_current; ///< returns to m_pool when the last holder lets go
    std::size_t m_nextFrame = 0;
    std::uint64_t m_bytesConsumed = 0;
    Status m_finalStatus = Status::Packet;
    bool m_idleReported = false;          ///< the current batch's Idle was handed out already
    std::size_t m_filesPublished = 0;     ///< reader thread: files of the source put into batches
    std::vector<CaptureFileInfo> m_filesSeen;
};

} // namespace mieruka::ingest
