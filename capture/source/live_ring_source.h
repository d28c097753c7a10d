// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"
#include "pcapng_block_decoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mieruka::capture {

/// Tails the live ring files a capture helper is writing, in the order they were opened.
/// A file is read only up to its last complete block; the rest waits (Idle) until the helper has
/// written it or closed the file. Memory is bounded by the largest block (kMaxBlockLength).
class LiveRingSource final : public ingest::PacketSource {
public:
    LiveRingSource();
    ~LiveRingSource() override;

    // Thread-safe: called from the thread that reads the helper's status pipe while next() runs elsewhere.
    /// A ring file was opened (it may still be empty or not yet exist).
    void addFile(const std::string& path);
    /// No more bytes will be appended to `path` (the oldest added, not yet closed entry of that name).
    void closeFile(const std::string& path);
    /// The capture ended: every added file is complete; next() returns End once all are drained.
    void finish();

    // PacketSource — a single consumer thread:
    /// Packet; Idle when the current file has no complete block yet (returns at once, never waits);
    /// End after finish() and all files drained; Error on corrupt content ("PATH: reason at offset N").
    Status next(ingest::RawPacket& packet) override;
    std::string errorMessage() const override { return m_error; }
    /// One entry per added file that next() has reached, in addFile order (RawPacket::fileIndex).
    const std::vector<ingest::CaptureFileInfo>& files() const override { return m_files; }
    std::uint64_t bytesConsumed() const override;
    /// Bytes consumed plus the bytes known to be waiting in the current file; grows.
    std::uint64_t bytesTotal() const override;

private:
    struct Added {
        std::string path;
        bool closed = false;
    };
    struct FileCloser {
        void operator()(std::FILE* file) const;
    };
    enum class Fill { Complete, Starved, Failed };

    /// What the pipe thread has told us about file `index`: nullopt while it has not been added.
    std::optional<Added> added(std::size_t index, bool& finished) const;
    void enterFile(const std::string& path, bool closed);
    /// Packet, Error, Idle (no complete block or cannot open yet) or End (left the file).
    Status readCurrent(ingest::RawPacket& packet);
    Status readBlock(ingest::RawPacket& packet);
    Fill fill(std::size_t size);
    void refreshKnownSize();
    /// The current file is closed and nothing more will come: note how it ended and move on.
    void leaveCurrentFile();
    Status fail(const std::string& reason);

    mutable std::mutex m_mutex;
    std::vector<Added> m_added; // guarded by m_mutex
    bool m_finished = false;    // guarded by m_mutex

    std::vector<ingest::CaptureFileInfo> m_files;
    std::unique_ptr<std::FILE, FileCloser> m_file;
    PcapngBlockDecoder m_decoder;
    std::vector<std::byte> m_block; ///< the current block's bytes read so far
    std::size_t m_have = 0;         ///< how many of m_block are valid
    std::uint64_t m_offset = 0;     ///< offset of the current block in the current file
    std::uint64_t m_knownSize = 0;  ///< size of the current file on disk, last time we looked
    std::uint64_t m_doneBytes = 0;  ///< bytes of the files already left
    bool m_inFile = false;
    bool m_currentClosed = false; ///< known closed before the last read attempt began
    std::string m_openError;
    std::string m_error;
    Status m_final = Status::Packet;
};

} // namespace mieruka::capture
