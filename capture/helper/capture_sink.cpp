// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/capture_sink.h"

namespace mieruka::capture::helper {

CaptureSink::CaptureSink(Limits limits, std::unique_ptr<PcapngRingWriter> writer, StatusChannel& channel,
                         StopRequest& stop)
    : m_limits(limits), m_writer(std::move(writer)), m_channel(channel), m_stop(stop)
{
}

void CaptureSink::accept(std::size_t interfaceIndex, std::int64_t sec, std::int64_t fraction,
                         std::uint32_t originalLength, std::span<const std::uint8_t> data)
{
    const std::lock_guard lock(m_mutex);
    if (m_closed)
        return;
    if (m_limits.maxPackets > 0 && m_packets >= m_limits.maxPackets) {
        m_stop.request(protocol::StopReason::PacketLimit);
        return;
    }
    const std::uint64_t size = m_writer ? m_writer->totalBytes() : m_bytes;
    if (m_limits.maxBytes > 0 && size + data.size() > m_limits.maxBytes) {
        m_stop.request(protocol::StopReason::SizeLimit);
        return;
    }
    if (m_writer && !m_writer->write(interfaceIndex, sec, fraction, originalLength, data)) {
        reportWriterError();
        return;
    }
    ++m_packets;
    m_bytes += data.size();
    // Stop as soon as the limit is met rather than on the next packet, which may never come.
    if (m_limits.maxPackets > 0 && m_packets >= m_limits.maxPackets)
        m_stop.request(protocol::StopReason::PacketLimit);
}

void CaptureSink::flush()
{
    const std::lock_guard lock(m_mutex);
    if (m_writer && !m_closed && !m_writer->flush())
        reportWriterError();
}

void CaptureSink::finish()
{
    const std::lock_guard lock(m_mutex);
    if (m_closed)
        return;
    m_closed = true;
    if (m_writer) {
        const bool failedBefore = m_writer->error().has_value();
        m_writer->finish();
        if (!failedBefore && m_writer->error())
            reportWriterError();
    }
}

// Called with m_mutex held; closes for good so the Error is sent once.
void CaptureSink::reportWriterError()
{
    m_closed = true;
    m_writer->finish();
    if (m_writer->error())
        m_channel.send(*m_writer->error());
    m_stop.request(protocol::StopReason::Error);
}

std::uint64_t CaptureSink::packets() const
{
    const std::lock_guard lock(m_mutex);
    return m_packets;
}

std::uint64_t CaptureSink::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

std::uint64_t CaptureSink::fileBytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_writer ? m_writer->totalBytes() : 0;
}

} // namespace mieruka::capture::helper
