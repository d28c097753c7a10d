// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcap_file_writer.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace mieruka::capture {

namespace {

/// pcap_open_dead() takes a DLT_ value; the few that differ from the LINKTYPE_ value on this
/// platform are mapped back, and libpcap maps them forward again when it writes the header.
int dltFromLinkType(int linkType)
{
    switch (linkType) {
#if DLT_RAW != 101
    case ingest::linktype::kRaw: return DLT_RAW;
#endif
#if defined(DLT_LOOP) && DLT_LOOP != 108
    case ingest::linktype::kLoop: return DLT_LOOP;
#endif
    default: return linkType;
    }
}

std::string reason(int error)
{
    return error != 0 ? std::string(std::strerror(error)) : std::string("I/O error");
}

} // namespace

PcapFileWriter::PcapFileWriter(std::string path) : m_path(std::move(path)) {}

PcapFileWriter::~PcapFileWriter()
{
    discard();
}

std::string PcapFileWriter::displayName() const
{
    return toStandardOutput() ? std::string("standard output") : m_path;
}

bool PcapFileWriter::fail(const std::string& what, int error)
{
    if (m_error.empty())
        m_error = displayName() + ": " + what + " (" + reason(error) + ")";
    discard();
    return false;
}

void PcapFileWriter::discard()
{
    const bool created = m_dumper != nullptr;
    if (m_dumper)
        pcap_dump_close(m_dumper);
    m_dumper = nullptr;
    if (m_dead)
        pcap_close(m_dead);
    m_dead = nullptr;
    if (created && !m_committed && !m_direct)
        std::remove(partPath().c_str());
}

bool PcapFileWriter::open(int linkType)
{
    if (m_dumper || !m_error.empty())
        return m_dumper != nullptr;
    m_linkType = linkType;
    m_dead = pcap_open_dead_with_tstamp_precision(dltFromLinkType(linkType), static_cast<int>(kSnapLength),
                                                  PCAP_TSTAMP_PRECISION_NANO);
    if (!m_dead) {
        m_error = displayName() + ": cannot write link type " + std::to_string(linkType) + " with libpcap";
        return false;
    }
    std::error_code typeError;
    const auto type = std::filesystem::status(m_path, typeError).type();
    m_direct = toStandardOutput()
               || (type != std::filesystem::file_type::not_found && type != std::filesystem::file_type::regular
                   && type != std::filesystem::file_type::none);
    // libpcap takes "-" as standard output itself.
    const std::string target = m_direct ? m_path : partPath();
    errno = 0;
    m_dumper = pcap_dump_open(m_dead, target.c_str());
    if (!m_dumper) {
        const int error = errno;
        return fail(m_direct ? "cannot write" : "cannot create " + target, error);
    }
    return true;
}

bool PcapFileWriter::write(const ingest::RawPacket& frame)
{
    if (!m_dumper)
        return false;
    constexpr std::int64_t kNsPerSecond = 1'000'000'000;
    std::int64_t seconds = frame.timestampNs / kNsPerSecond;
    std::int64_t nanoseconds = frame.timestampNs % kNsPerSecond;
    if (nanoseconds < 0) { // before 1970: the fraction must still count forward
        --seconds;
        nanoseconds += kNsPerSecond;
    }
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<decltype(header.ts.tv_sec)>(seconds);
    header.ts.tv_usec = static_cast<decltype(header.ts.tv_usec)>(nanoseconds); // nanoseconds in a NANO file
    const auto captured = static_cast<std::uint32_t>(std::min<std::size_t>(frame.data.size(), kSnapLength));
    header.caplen = captured;
    header.len = std::max<std::uint32_t>(frame.originalLength, static_cast<std::uint32_t>(frame.data.size()));
    errno = 0;
    pcap_dump(reinterpret_cast<u_char*>(m_dumper), &header, reinterpret_cast<const u_char*>(frame.data.data()));
#ifndef _WIN32
    // On Windows the FILE* belongs to Npcap's C runtime; there only commit() notices a failure.
    if (std::ferror(pcap_dump_file(m_dumper)))
        return fail("cannot write", errno);
#endif
    ++m_frames;
    return true;
}

bool PcapFileWriter::commit()
{
    if (!m_dumper)
        return false;
    errno = 0;
    if (pcap_dump_flush(m_dumper) != 0)
        return fail("cannot write", errno);
#ifndef _WIN32
    // A file system that allocates blocks late may only report a full disk here.
    if (!m_direct && ::fsync(fileno(pcap_dump_file(m_dumper))) != 0)
        return fail("cannot write", errno);
#endif
    pcap_dump_close(m_dumper);
    m_dumper = nullptr;
    pcap_close(m_dead);
    m_dead = nullptr;
    if (m_direct) {
        m_committed = true;
        return true;
    }
    if (std::rename(partPath().c_str(), m_path.c_str()) != 0) {
        const int error = errno;
        std::remove(partPath().c_str());
        m_error = m_path + ": cannot rename " + partPath() + " to it (" + reason(error) + ")";
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace mieruka::capture
