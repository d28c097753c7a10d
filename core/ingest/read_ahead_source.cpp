// SPDX-License-Identifier: GPL-3.0-or-later
#include "read_ahead_source.h"

#include <cstring>

namespace mieruka::ingest {

ReadAheadSource::ReadAheadSource(std::unique_ptr<PacketSource> inner)
    : m_inner(std::move(inner)), m_bytesTotal(m_inner->bytesTotal())
{
}

ReadAheadSource::~ReadAheadSource()
{
    stopReading();
}

void ReadAheadSource::stopReading()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAheadSource::readLoop()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::lock_guard lock(m_pool->mutex);
            if (!m_pool->spare.empty()) {
                batch = std::move(m_pool->spare.back());
                m_pool->spare.pop_back();
            }
        }
        if (!batch) {
            batch = std::make_unique<Batch>();
            batch->bytes.reserve(kBatchBytes + (256u << 10));
        }
        batch->frames.clear();
        batch->bytes.clear();
        RawPacket packet;
        Status status = Status::Packet;
        while (batch->bytes.size() < kBatchBytes) {
            status = m_inner->next(packet);
            if (status != Status::Packet)
                break;
            const std::size_t offset = batch->bytes.size();
            batch->bytes.resize(offset + packet.data.size());
            if (!packet.data.empty())
                std::memcpy(batch->bytes.data() + offset, packet.data.data(), packet.data.size());
            batch->frames.push_back({packet.timestampNs, packet.originalLength,
                                     static_cast<std::uint32_t>(packet.data.size()), packet.linkType, packet.fileIndex,
                                     packet.packetNumber, offset});
        }
        batch->bytesConsumed = m_inner->bytesConsumed();
        batch->endStatus = status;
        batch->newFiles.clear();
        const auto& known = m_inner->files();
        for (; m_filesPublished < known.size(); ++m_filesPublished)
            batch->newFiles.push_back(known[m_filesPublished]);
        const bool idleAndEmpty = status == Status::Idle && batch->frames.empty();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_queue.size() < kMaxQueuedBatches; });
        if (m_stopping)
            return;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        if (idleAndEmpty) // a live ring with nothing new: look again soon, without spinning
            m_changed.wait_for(lock, kIdlePause, [this] { return m_stopping; });
        if (m_stopping)
            return;
        if (status != Status::Packet && status != Status::Idle)
            return;
    }
}

PacketSource::Status ReadAheadSource::next(RawPacket& packet)
{
    if (m_finalStatus != Status::Packet)
        return m_finalStatus;
    if (!m_thread.joinable() && !m_current)
        m_thread = std::thread([this] { readLoop(); });
    while (!m_current || m_nextFrame >= m_current->frames.size()) {
        if (m_current && m_current->endStatus == Status::Idle && !m_idleReported) {
            m_idleReported = true;
            return Status::Idle;
        }
        if (m_current && m_current->endStatus != Status::Packet && m_current->endStatus != Status::Idle) {
            m_finalStatus = m_current->endStatus;
            m_thread.join(); // the reader ended with this batch; files() is safe from here on
            return m_finalStatus;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current.reset();
        auto pool = m_pool;
        m_current = std::shared_ptr<Batch>(m_queue.front().release(), [pool](Batch* batch) {
            std::lock_guard poolLock(pool->mutex);
            if (pool->spare.size() < kMaxSpareBatches)
                pool->spare.emplace_back(batch);
            else
                delete batch;
        });
        m_queue.pop_front();
        m_nextFrame = 0;
        m_idleReported = false;
        m_filesSeen.insert(m_filesSeen.end(), m_current->newFiles.begin(), m_current->newFiles.end());
        m_bytesConsumed = m_current->bytesConsumed;
        lock.unlock();
        m_changed.notify_all();
    }
    const Frame& frame = m_current->frames[m_nextFrame++];
    packet.timestampNs = frame.timestampNs;
    packet.originalLength = frame.originalLength;
    packet.linkType = frame.linkType;
    packet.fileIndex = frame.fileIndex;
    packet.packetNumber = frame.packetNumber;
    packet.data = std::span<const std::byte>(m_current->bytes.data() + frame.offset, frame.capturedLength);
    return Status::Packet;
}

std::string ReadAheadSource::errorMessage() const
{
    return m_inner->errorMessage();
}

const std::vector<CaptureFileInfo>& ReadAheadSource::files() const
{
    return m_inner->files();
}

std::uint64_t ReadAheadSource::bytesConsumed() const
{
    return m_bytesConsumed;
}

std::uint64_t ReadAheadSource::bytesTotal() const
{
    return m_bytesTotal;
}

} // namespace mieruka::ingest
