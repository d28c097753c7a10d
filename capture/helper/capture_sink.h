// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/helper/pcapng_ring_writer.h"
#include "capture/helper/status_channel.h"
#include "capture/helper/stop_request.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>

namespace mieruka::capture::helper {

/// Where every capture thread hands its packets: applies --max-packets / --max-size and writes
/// to the ring (none in probe mode), all under one mutex. Thread-safe.
class CaptureSink {
public:
    struct Limits {
        std::uint64_t maxPackets = 0; ///< 0 = unlimited
        std::uint64_t maxBytes = 0;   ///< ring file bytes, or captured bytes in probe mode; 0 = unlimited
    };

    CaptureSink(Limits limits, std::unique_ptr<PcapngRingWriter> writer, StatusChannel& channel, StopRequest& stop);

    /// Accepts one packet, or refuses it once a limit is reached or the writer failed.
    void accept(std::size_t interfaceIndex, std::int64_t sec, std::int64_t fraction, std::uint32_t originalLength,
                std::span<const std::uint8_t> data);
    /// The periodic flush (about every 250 ms).
    void flush();
    /// Flushes and closes the ring file; nothing is accepted afterwards.
    void finish();

    std::uint64_t packets() const;
    std::uint64_t bytes() const;     ///< captured bytes accepted
    std::uint64_t fileBytes() const;

private:
    void reportWriterError();

    mutable std::mutex m_mutex;
    Limits m_limits;
    std::unique_ptr<PcapngRingWriter> m_writer;
    StatusChannel& m_channel;
    StopRequest& m_stop;
    std::uint64_t m_packets = 0, m_bytes = 0;
    bool m_closed = false;
};

} // namespace mieruka::capture::helper
