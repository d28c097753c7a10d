// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/pcapng_ring_writer.h"

#include "capture/helper/helper_version.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace mieruka::capture::helper {
namespace {

constexpr std::size_t kBufferSize = 1024 * 1024;
constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 1;
constexpr std::uint32_t kEnhancedPacket = 6;
constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr std::uint16_t kOptEnd = 0, kShbUserAppl = 4, kIfName = 2, kIfTsresol = 9;
constexpr std::size_t kEpbOverhead = 32; // block header, fields and trailing length
constexpr unsigned kMaxNameAttempts = 100;

std::size_t padded(std::size_t size)
{
    return (size + 3) & ~std::size_t{3};
}

std::span<const std::uint8_t> bytesOf(const std::string& text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace

PcapngRingWriter::PcapngRingWriter(Options options, std::vector<Interface> interfaces, Notify notify)
    : m_options(std::move(options)), m_interfaces(std::move(interfaces)), m_notify(std::move(notify))
{
    m_buffer.reserve(kBufferSize);
}

PcapngRingWriter::~PcapngRingWriter()
{
    finish();
}

void PcapngRingWriter::putU16(std::uint16_t value)
{
    m_buffer.push_back(static_cast<std::uint8_t>(value & 0xffu));
    m_buffer.push_back(static_cast<std::uint8_t>(value >> 8));
}

void PcapngRingWriter::putU32(std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        m_buffer.push_back(static_cast<std::uint8_t>((value >> (8 * i)) & 0xffu));
}

void PcapngRingWriter::putOption(std::uint16_t code, std::span<const std::uint8_t> value)
{
    putU16(code);
    putU16(static_cast<std::uint16_t>(value.size()));
    m_buffer.insert(m_buffer.end(), value.begin(), value.end());
    m_buffer.resize(m_buffer.size() + padded(value.size()) - value.size(), 0);
}

// Little-endian throughout; block lengths are patched in once the block is complete.
void PcapngRingWriter::putHeaderBlocks()
{
    const auto patchLength = [this](std::size_t start) {
        const auto length = static_cast<std::uint32_t>(m_buffer.size() + 4 - start);
        putU32(length);
        for (int i = 0; i < 4; ++i)
            m_buffer[start + 4 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>((length >> (8 * i)) & 0xffu);
    };
    std::size_t start = m_buffer.size();
    putU32(kSectionHeader);
    putU32(0);
    putU32(kByteOrderMagic);
    putU16(1);
    putU16(0);
    putU32(0xffffffffu); // section length unknown
    putU32(0xffffffffu);
    putOption(kShbUserAppl, bytesOf(std::string("mieruka-capture ") + kHelperVersion));
    putOption(kOptEnd, {});
    patchLength(start);

    for (const Interface& interface : m_interfaces) {
        start = m_buffer.size();
        putU32(kInterfaceDescription);
        putU32(0);
        putU16(static_cast<std::uint16_t>(interface.linkType));
        putU16(0);
        putU32(interface.snapLength);
        putOption(kIfName, bytesOf(interface.name));
        const std::uint8_t resolution = interface.nanoseconds ? 9 : 6;
        putOption(kIfTsresol, std::span(&resolution, 1));
        putOption(kOptEnd, {});
        patchLength(start);
    }
}

bool PcapngRingWriter::start()
{
    return openFile();
}

bool PcapngRingWriter::openFile()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    // O_EXCL never reuses a name; a clash (another run in the same second) takes the next number.
    for (unsigned attempt = 0; attempt < kMaxNameAttempts; ++attempt) {
        ++m_sequence;
        char sequence[16];
        std::snprintf(sequence, sizeof sequence, "%05u", static_cast<unsigned>(m_sequence % 100000));
        m_name = m_options.prefix + "-" + stamp + "-" + sequence + ".pcapng";
        m_fd = openat(m_options.folderFd, m_name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (m_fd >= 0 || errno != EEXIST)
            break;
    }
    if (m_fd < 0) {
        fail(errno, m_options.folder + "/" + m_name);
        return false;
    }
    m_openedAt = std::chrono::steady_clock::now();
    m_fileBytes = m_diskBytes = m_filePackets = m_diskPackets = 0;
    m_buffer.clear();
    m_blockEnds.clear();
    putHeaderBlocks();
    m_fileBytes = m_buffer.size();
    m_totalBytes += m_buffer.size();
    m_notify(protocol::FileOpened{m_sequence, m_options.folder + "/" + m_name});
    return flush();
}

bool PcapngRingWriter::flush()
{
    if (m_fd < 0 || m_error)
        return !m_error;
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int saved = n < 0 ? errno : ENOSPC;
            // Keep every whole block that reached the disk and cut off the torn one, so the file
            // stays readable to its end.
            const auto whole = std::upper_bound(m_blockEnds.begin(), m_blockEnds.end(), done) - m_blockEnds.begin();
            const std::size_t kept = whole > 0 ? m_blockEnds[static_cast<std::size_t>(whole - 1)] : 0;
            [[maybe_unused]] const int ignored = ftruncate(m_fd, static_cast<off_t>(m_diskBytes + kept));
            m_diskBytes += kept;
            m_diskPackets += static_cast<std::uint64_t>(whole);
            m_buffer.clear();
            m_blockEnds.clear();
            m_fileBytes = m_diskBytes;
            m_filePackets = m_diskPackets;
            fail(saved, m_options.folder + "/" + m_name);
            closeFile();
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    m_buffer.clear();
    m_blockEnds.clear();
    m_diskBytes = m_fileBytes;
    m_diskPackets = m_filePackets;
    return true;
}

void PcapngRingWriter::closeFile()
{
    if (m_fd < 0)
        return;
    if (close(m_fd) != 0 && !m_error)
        fail(errno, m_options.folder + "/" + m_name);
    m_fd = -1;
    m_notify(protocol::FileClosed{m_sequence, m_options.folder + "/" + m_name, m_diskPackets, m_diskBytes});
    m_closedFiles.push_back(m_name);
}

void PcapngRingWriter::finish()
{
    if (m_fd < 0)
        return;
    flush();
    closeFile();
}

bool PcapngRingWriter::rotate()
{
    if (!flush())
        return false;
    closeFile();
    if (m_error)
        return false;
    // Make room for the file about to be opened.
    while (m_options.ringFiles > 0 && m_closedFiles.size() + 1 > m_options.ringFiles) {
        const std::string name = m_closedFiles.front();
        m_closedFiles.pop_front();
        if (unlinkat(m_options.folderFd, name.c_str(), 0) == 0 || errno == ENOENT)
            m_notify(protocol::FileRemoved{m_options.folder + "/" + name});
    }
    return openFile();
}

bool PcapngRingWriter::write(std::size_t interfaceIndex, std::int64_t sec, std::int64_t fraction,
                             std::uint32_t originalLength, std::span<const std::uint8_t> data)
{
    if (m_error || interfaceIndex >= m_interfaces.size())
        return false;
    const std::size_t blockSize = kEpbOverhead + padded(data.size());
    const bool full = m_filePackets > 0 && m_fileBytes + blockSize > m_options.ringBytes;
    const bool old = m_options.ringSeconds > 0
        && std::chrono::steady_clock::now() - m_openedAt >= std::chrono::seconds(m_options.ringSeconds);
    if ((full || old || m_fd < 0) && !rotate())
        return false;
    if (m_buffer.size() + blockSize > kBufferSize && !flush())
        return false;

    const std::uint64_t units = m_interfaces[interfaceIndex].nanoseconds ? 1000000000u : 1000000u;
    const std::uint64_t stamp = static_cast<std::uint64_t>(sec) * units + static_cast<std::uint64_t>(fraction);
    putU32(kEnhancedPacket);
    putU32(static_cast<std::uint32_t>(blockSize));
    putU32(static_cast<std::uint32_t>(interfaceIndex));
    putU32(static_cast<std::uint32_t>(stamp >> 32));
    putU32(static_cast<std::uint32_t>(stamp & 0xffffffffu));
    putU32(static_cast<std::uint32_t>(data.size()));
    putU32(originalLength);
    m_buffer.insert(m_buffer.end(), data.begin(), data.end());
    m_buffer.resize(m_buffer.size() + padded(data.size()) - data.size(), 0);
    putU32(static_cast<std::uint32_t>(blockSize));
    m_blockEnds.push_back(m_buffer.size());
    m_fileBytes += blockSize;
    m_totalBytes += blockSize;
    ++m_filePackets;
    return true;
}

void PcapngRingWriter::fail(int errnoValue, const std::string& path)
{
    if (m_error)
        return;
    protocol::Error error;
    error.code = errnoValue == ENOSPC || errnoValue == EDQUOT ? protocol::ErrorCode::DiskFull
                                                              : protocol::ErrorCode::WriteFailed;
    error.message = (error.code == protocol::ErrorCode::DiskFull ? "disk full while writing " : "cannot write ")
        + path + ": " + std::strerror(errnoValue);
    error.fix = error.code == protocol::ErrorCode::DiskFull ? "free disk space or lower --ring-files/--max-size" : "";
    m_error = error;
}

} // namespace mieruka::capture::helper
