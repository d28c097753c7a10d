// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace mieruka::fuzz {

/// A file holding the current fuzz input, for readers that only take a path (libpcap, FileInput).
/// Linux: an anonymous memfd reached through /proc/self/fd, so no disk I/O and nothing to clean up
/// after a crash; elsewhere one temporary file per process. One per process, not thread-safe.
class MemoryFile {
public:
    MemoryFile();
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    /// Replaces the file's content with `data`; false when it could not be written.
    bool write(const std::uint8_t* data, std::size_t size);
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    int m_fd = -1;
};

} // namespace mieruka::fuzz
