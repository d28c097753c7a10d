// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace mieruka::capture {

/// Sequential reader of a capture file's bytes, gunzipping transparently when the file starts with
/// the gzip magic (plain files are read as they are). Not thread-safe; not copyable.
class FileInput {
public:
    FileInput() = default;
    ~FileInput();
    FileInput(const FileInput&) = delete;
    FileInput& operator=(const FileInput&) = delete;

    /// Opens `path`; on failure returns false and sets `error` to "PATH: reason".
    bool open(const std::string& path, std::string& error);

    /// Reads up to `size` decompressed bytes; fewer means end of data or a failure (see failure()).
    std::size_t read(void* destination, std::size_t size);

    /// Empty unless the last read failed (corrupt gzip stream, I/O error).
    std::string failure() const { return m_failure; }

    bool compressed() const { return m_compressed; }
    /// Input bytes consumed so far: compressed bytes for a .gz file.
    std::uint64_t bytesConsumed() const;
    std::uint64_t sizeBytes() const { return m_sizeBytes; }
    const std::string& path() const { return m_path; }

    /// A stdio stream over the decompressed bytes for libpcap, or nullptr where the C library
    /// cannot build one (then use decompressTo()). The stream borrows this object: close it first.
    std::FILE* openStdioStream();

    /// Writes the remaining decompressed bytes to `targetPath`; portable fallback for openStdioStream().
    bool decompressTo(const std::string& targetPath, std::string& error);

    /// True when fopencookie() is available, i.e. openStdioStream() can succeed.
    static bool hasStdioStreams();

private:
    void* m_gz = nullptr; // gzFile, kept opaque so zlib.h stays out of the header
    std::string m_path;
    std::string m_failure;
    std::uint64_t m_sizeBytes = 0;
    bool m_compressed = false;
};

} // namespace mieruka::capture
