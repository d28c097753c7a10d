// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/raw_packet.h"

#include <cstdint>
#include <cstdio>
#include <string>

struct pcap;
struct pcap_dumper;

namespace mieruka::capture {

/// Writes frames of one link type as a classic pcap file with nanosecond timestamps (magic
/// a1b23c4d), through libpcap. A file is written as PATH.part and only renamed to PATH by
/// commit(), so a full disk or an abandoned export never leaves a partial PATH; the destructor
/// removes PATH.part unless commit() succeeded. "-" (standard output) and an existing PATH that
/// is not a regular file (a named pipe, /dev/stdout) are written directly, as a rename would
/// replace them. Single-threaded; not copyable.
class PcapFileWriter {
public:
    /// Frames longer than this are cut to it, as Wireshark refuses longer records.
    static constexpr std::uint32_t kSnapLength = 262144;

    explicit PcapFileWriter(std::string path);
    ~PcapFileWriter();
    PcapFileWriter(const PcapFileWriter&) = delete;
    PcapFileWriter& operator=(const PcapFileWriter&) = delete;

    /// Creates PATH.part (or takes standard output) and writes the file header for `linkType`
    /// (a LINKTYPE_ value). False with error() set when the file cannot be created.
    bool open(int linkType);
    bool isOpen() const { return m_dumper != nullptr; }
    int linkType() const { return m_linkType; }

    /// Appends one frame; `frame.linkType` is not checked, the caller keeps one link type per file.
    /// False with error() set once a write failed (disk full, I/O error); later calls do nothing.
    bool write(const ingest::RawPacket& frame);
    std::uint64_t framesWritten() const { return m_frames; }

    /// Flushes, syncs, closes and renames PATH.part to PATH. False with error() set on failure,
    /// in which case PATH.part is removed and PATH is left as it was.
    bool commit();

    /// One line naming the file and the problem, e.g. "out.pcap: cannot write (No space left on device)".
    const std::string& error() const { return m_error; }

    bool toStandardOutput() const { return m_path == "-"; }
    /// True when PATH itself is written (see the class comment), known once open() was called.
    bool writesDirectly() const { return m_direct; }
    std::string partPath() const { return m_path + ".part"; }

private:
    bool fail(const std::string& what, int error);
    void discard();
    std::string displayName() const;

    std::string m_path;
    std::string m_error;
    pcap* m_dead = nullptr;
    pcap_dumper* m_dumper = nullptr;
    std::FILE* m_file = nullptr; ///< owned by m_dumper once it exists
    std::uint64_t m_frames = 0;
    int m_linkType = -1;
    bool m_committed = false;
    bool m_direct = false;
};

} // namespace mieruka::capture
