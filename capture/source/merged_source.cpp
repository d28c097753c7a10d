// SPDX-License-Identifier: GPL-3.0-or-later
#include "merged_source.h"

#include <algorithm>

namespace mieruka::capture {

MergedSource::MergedSource(std::vector<std::unique_ptr<ingest::PacketSource>> sources)
    : m_sources(std::move(sources)), m_heads(m_sources.size())
{
    std::uint32_t offset = 0;
    for (const auto& source : m_sources) {
        m_fileOffsets.push_back(offset);
        offset += static_cast<std::uint32_t>(source->files().size());
    }
}

MergedSource::~MergedSource() = default;

bool MergedSource::later(const Pending& a, const Pending& b)
{
    // std::push_heap builds a max-heap, so "greater" ordering yields the earliest frame on top.
    if (a.timestampNs != b.timestampNs)
        return a.timestampNs > b.timestampNs;
    return a.source > b.source;
}

bool MergedSource::advance(std::size_t source)
{
    const Status status = m_sources[source]->next(m_heads[source]);
    if (status == Status::Error) {
        m_error = m_sources[source]->errorMessage();
        m_final = Status::Error;
        return false;
    }
    if (status == Status::Packet) {
        m_heap.push_back({m_heads[source].timestampNs, source});
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    }
    return true;
}

ingest::PacketSource::Status MergedSource::next(ingest::RawPacket& packet)
{
    if (m_final != Status::Packet)
        return m_final;
    if (!m_primed) {
        m_primed = true;
        for (std::size_t i = 0; i < m_sources.size(); ++i) {
            if (!advance(i))
                return m_final;
        }
    } else if (m_handedOut != SIZE_MAX) {
        // Only now may that source overwrite the frame the caller was holding.
        const std::size_t source = m_handedOut;
        m_handedOut = SIZE_MAX;
        if (!advance(source))
            return m_final;
    }
    if (m_heap.empty()) {
        m_final = Status::End;
        return m_final;
    }
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    const std::size_t source = m_heap.back().source;
    m_heap.pop_back();
    packet = m_heads[source];
    packet.fileIndex += m_fileOffsets[source];
    m_handedOut = source;
    return Status::Packet;
}

const std::vector<ingest::CaptureFileInfo>& MergedSource::files() const
{
    // Rebuilt on demand because each source keeps updating its own counters and warnings.
    m_files.clear();
    for (const auto& source : m_sources) {
        const auto& files = source->files();
        m_files.insert(m_files.end(), files.begin(), files.end());
    }
    return m_files;
}

std::uint64_t MergedSource::bytesConsumed() const
{
    std::uint64_t total = 0;
    for (const auto& source : m_sources)
        total += source->bytesConsumed();
    return total;
}

std::uint64_t MergedSource::bytesTotal() const
{
    std::uint64_t total = 0;
    for (const auto& source : m_sources)
        total += source->bytesTotal();
    return total;
}

} // namespace mieruka::capture
