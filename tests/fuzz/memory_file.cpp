// SPDX-License-Identifier: GPL-3.0-or-later
#include "memory_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace mieruka::fuzz {

MemoryFile::MemoryFile()
{
#ifdef __linux__
    m_fd = memfd_create("mieruka-fuzz-input", MFD_CLOEXEC);
    if (m_fd >= 0) {
        m_path = "/proc/self/fd/" + std::to_string(m_fd);
        return;
    }
#endif
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec)
        dir = ".";
    // A random name keeps replay tests that ctest runs in parallel apart.
    m_path = (dir / ("mieruka-fuzz-" + std::to_string(std::random_device{}()) + ".bin")).string();
}

MemoryFile::~MemoryFile()
{
#ifdef __linux__
    if (m_fd >= 0) {
        ::close(m_fd);
        return;
    }
#endif
    std::remove(m_path.c_str());
}

bool MemoryFile::write(const std::uint8_t* data, std::size_t size)
{
#ifdef __linux__
    if (m_fd >= 0) {
        if (::ftruncate(m_fd, 0) != 0)
            return false;
        std::size_t done = 0;
        while (done < size) {
            const ssize_t n = ::pwrite(m_fd, data + done, size - done, static_cast<off_t>(done));
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    }
#endif
    std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return static_cast<bool>(out);
}

} // namespace mieruka::fuzz
