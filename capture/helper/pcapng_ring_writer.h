// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mieruka::capture::helper {

/// Writes packets into a ring of pcapng files (one section, one IDB per interface), one file open
/// at a time, each created 0600 with O_EXCL|O_NOFOLLOW inside an already-opened folder. Reports
/// FileOpened / FileClosed / FileRemoved through `notify`. Not thread-safe: the caller serialises.
class PcapngRingWriter {
public:
    struct Options {
        int folderFd = -1;      ///< borrowed; stays open while the writer lives
        std::string folder;     ///< the same folder's path, for the paths we report
        std::string prefix;
        std::uint64_t ringBytes = 0;
        std::uint64_t ringSeconds = 0; ///< 0 = no time-based rotation
        std::uint64_t ringFiles = 0;   ///< 0 = keep every file
    };
    struct Interface {
        std::string name;
        std::uint32_t linkType = 0;
        std::uint32_t snapLength = 0;
        bool nanoseconds = true; ///< timestamps from libpcap are in ns, else µs
    };
    using Notify = std::function<void(const protocol::Message&)>;

    PcapngRingWriter(Options options, std::vector<Interface> interfaces, Notify notify);
    ~PcapngRingWriter();
    PcapngRingWriter(const PcapngRingWriter&) = delete;
    PcapngRingWriter& operator=(const PcapngRingWriter&) = delete;

    /// Opens the first file. False on failure (see error()).
    bool start();
    /// Appends one packet, rotating first when needed. `sec`/`fraction` are libpcap's timestamp.
    bool write(std::size_t interfaceIndex, std::int64_t sec, std::int64_t fraction, std::uint32_t originalLength,
               std::span<const std::uint8_t> data);
    /// Hands buffered blocks to the kernel so a reader tailing the file sees them.
    bool flush();
    /// Flushes and closes the current file (FileClosed). Safe to call more than once.
    void finish();

    /// The Error to report after a false return; failures are final.
    const std::optional<protocol::Error>& error() const { return m_error; }
    std::uint64_t totalBytes() const { return m_totalBytes; }

private:
    bool openFile();
    void closeFile();
    bool rotate();
    void fail(int errnoValue, const std::string& path);
    void putU16(std::uint16_t value);
    void putU32(std::uint32_t value);
    void putOption(std::uint16_t code, std::span<const std::uint8_t> value);
    void putHeaderBlocks();

    Options m_options;
    std::vector<Interface> m_interfaces;
    Notify m_notify;

    int m_fd = -1;
    std::string m_name; ///< current file name inside the folder
    std::uint32_t m_sequence = 0;
    std::vector<std::uint8_t> m_buffer;
    std::vector<std::size_t> m_blockEnds; ///< end offset in m_buffer of each buffered packet block
    std::uint64_t m_fileBytes = 0;    ///< including buffered bytes
    std::uint64_t m_diskBytes = 0;    ///< handed to the kernel
    std::uint64_t m_filePackets = 0;  ///< including buffered packets
    std::uint64_t m_diskPackets = 0;
    std::uint64_t m_totalBytes = 0;
    std::chrono::steady_clock::time_point m_openedAt;
    std::deque<std::string> m_closedFiles; ///< names, oldest first
    std::optional<protocol::Error> m_error;
};

} // namespace mieruka::capture::helper
