// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "raw_packet.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace mieruka::ingest {

/// What a source knows about one capture file it reads.
struct CaptureFileInfo {
    std::string path;
    std::uint64_t sizeBytes = 0;     ///< size of the file on disk (compressed size for .gz)
    std::string format;              ///< "pcap", "pcap-ns", "pcapng", "snoop"; ".gz" appended when compressed
    std::set<int> linkTypes;         ///< LINKTYPE_ values of the interfaces seen so far
    std::uint64_t packetsRead = 0;   ///< frames handed out so far
    bool truncated = false;          ///< the file ended inside a record (what came before was read)
    std::string warning;             ///< one-line, human-readable; empty when nothing to report
};

/// A stream of frames from capture files or a live ring. Single-threaded; not copyable.
class PacketSource {
public:
    /// Idle: nothing to hand out yet, but more may come (a live ring file still being written);
    /// only live sources return it, and the caller asks again later.
    enum class Status { Packet, Idle, End, Error };

    virtual ~PacketSource() = default;
    PacketSource() = default;
    PacketSource(const PacketSource&) = delete;
    PacketSource& operator=(const PacketSource&) = delete;

    /// Fills `packet` and returns Packet, or End after the last frame, or Error (see errorMessage()),
    /// or (live sources only) Idle.
    /// After End or Error further calls return the same status.
    virtual Status next(RawPacket& packet) = 0;

    /// One line naming the file and the problem, e.g. "capture.pcap: not a capture file (unknown magic 0x1234abcd)".
    virtual std::string errorMessage() const = 0;

    /// The files behind this source, indexed by RawPacket::fileIndex.
    virtual const std::vector<CaptureFileInfo>& files() const = 0;

    /// Bytes of input consumed so far and in total (compressed bytes for .gz), for progress bars.
    virtual std::uint64_t bytesConsumed() const = 0;
    virtual std::uint64_t bytesTotal() const = 0;
};

} // namespace mieruka::ingest
