// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_input.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#if defined(__GLIBC__) && !defined(MIERUKA_NO_FOPENCOOKIE) // the latter forces the portable path in tests
#define MIERUKA_HAVE_FOPENCOOKIE 1
#include <sys/types.h>
#endif

namespace mieruka::capture {

namespace {

/// gzerror() prefixes the path itself; keep the message to one "PATH: reason".
std::string gzipFailure(const std::string& path, const char* text)
{
    std::string reason = text ? text : "unknown";
    if (reason.starts_with(path + ": "))
        reason.erase(0, path.size() + 2);
    return path + ": gzip error: " + reason;
}

gzFile asGz(void* handle)
{
    return static_cast<gzFile>(handle);
}

#if defined(MIERUKA_HAVE_FOPENCOOKIE)
ssize_t cookieRead(void* cookie, char* buffer, size_t size)
{
    auto* input = static_cast<FileInput*>(cookie);
    const std::size_t got = input->read(buffer, size);
    if (got == 0 && !input->failure().empty())
        return -1;
    return static_cast<ssize_t>(got);
}

int cookieClose(void*)
{
    // The FileInput owns the gzFile and outlives the stream; nothing to release here.
    return 0;
}
#endif

} // namespace

FileInput::~FileInput()
{
    if (m_gz)
        gzclose_r(asGz(m_gz));
}

bool FileInput::open(const std::string& path, std::string& error)
{
    m_path = path;
    std::error_code ec;
    m_sizeBytes = std::filesystem::file_size(path, ec);
    if (ec) {
        error = path + ": " + ec.message();
        return false;
    }
    {
        // Decide by magic, not by extension: rotated files are often renamed.
        std::ifstream probe(path, std::ios::binary);
        unsigned char magic[2] = {0, 0};
        probe.read(reinterpret_cast<char*>(magic), 2);
        m_compressed = probe.gcount() == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
    m_gz = gzopen(path.c_str(), "rb");
    if (!m_gz) {
        error = path + ": cannot open";
        return false;
    }
    gzbuffer(asGz(m_gz), 256 * 1024);
    return true;
}

std::size_t FileInput::read(void* destination, std::size_t size)
{
    if (!m_gz)
        return 0;
    auto* out = static_cast<char*>(destination);
    std::size_t total = 0;
    while (total < size) {
        const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(size - total, INT_MAX / 2));
        const int got = gzread(asGz(m_gz), out + total, chunk);
        if (got < 0) {
            int code = 0;
            const char* text = gzerror(asGz(m_gz), &code);
            if (code == Z_BUF_ERROR) // the .gz was cut short: a truncated capture, not corruption
                break;
            m_failure = gzipFailure(m_path, text);
            break;
        }
        if (got == 0) {
            int code = 0;
            const char* text = gzerror(asGz(m_gz), &code);
            // A .gz cut short reports Z_BUF_ERROR at the end; that is a truncated capture, not corruption.
            if (code != Z_OK && code != Z_BUF_ERROR)
                m_failure = gzipFailure(m_path, text);
            break;
        }
        total += static_cast<std::size_t>(got);
    }
    return total;
}

std::uint64_t FileInput::bytesConsumed() const
{
    if (!m_gz)
        return 0;
    const auto offset = gzoffset(asGz(m_gz));
    return offset < 0 ? 0 : std::min<std::uint64_t>(static_cast<std::uint64_t>(offset), m_sizeBytes);
}

bool FileInput::hasStdioStreams()
{
#if defined(MIERUKA_HAVE_FOPENCOOKIE)
    return true;
#else
    return false;
#endif
}

std::FILE* FileInput::openStdioStream()
{
#if defined(MIERUKA_HAVE_FOPENCOOKIE)
    cookie_io_functions_t functions{};
    functions.read = cookieRead;
    functions.close = cookieClose;
    return fopencookie(this, "rb", functions);
#else
    return nullptr;
#endif
}

bool FileInput::decompressTo(const std::string& targetPath, std::string& error)
{
    std::ofstream out(targetPath, std::ios::binary | std::ios::trunc);
    if (!out) {
        error = m_path + ": cannot create temporary file " + targetPath;
        return false;
    }
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const std::size_t got = read(buffer.data(), buffer.size());
        if (got > 0)
            out.write(buffer.data(), static_cast<std::streamsize>(got));
        if (!m_failure.empty()) {
            error = m_failure;
            return false;
        }
        if (!out) {
            error = m_path + ": cannot write temporary file " + targetPath;
            return false;
        }
        if (got < buffer.size())
            return true;
    }
}

} // namespace mieruka::capture
