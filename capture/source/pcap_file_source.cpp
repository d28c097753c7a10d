// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcap_file_source.h"
#include "record_file_reader.h"

#include "capture_format.h"
#include "file_input.h"
#include "pcapng_reader.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace mieruka::capture {

namespace {

/// pcap_datalink() returns DLT_ values; a few differ from the LINKTYPE_ values files store.
int linkTypeFromDlt(int dlt)
{
    switch (dlt) {
#if DLT_RAW != 101
    case DLT_RAW: return ingest::linktype::kRaw;
#endif
#if defined(DLT_ATM_RFC1483) && DLT_ATM_RFC1483 != 100
    case DLT_ATM_RFC1483: return 100;
#endif
#if defined(DLT_LOOP) && DLT_LOOP != 108
    case DLT_LOOP: return ingest::linktype::kLoop;
#endif
    default: return dlt;
    }
}

bool contains(const std::string& text, const char* needle)
{
    return text.find(needle) != std::string::npos;
}

std::string uniqueTempPath()
{
    static std::atomic<unsigned> counter{0};
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec)
        dir = ".";
    const auto stamp = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
    return (dir / ("mieruka-" + std::to_string(stamp) + "-" + std::to_string(counter++) + ".pcap")).string();
}

} // namespace

PcapFileSource::PcapFileSource(std::string path) : m_path(std::move(path))
{
    ingest::CaptureFileInfo info;
    info.path = m_path;
    m_files.push_back(std::move(info));
}

PcapFileSource::~PcapFileSource()
{
    closeLibpcap();
}

void PcapFileSource::closeLibpcap()
{
    if (m_pcap) {
        pcap_close(m_pcap); // also closes the stdio cookie stream, which borrows m_input
        m_pcap = nullptr;
    }
    if (!m_tempPath.empty()) {
        std::error_code ec;
        std::filesystem::remove(m_tempPath, ec);
        m_tempPath.clear();
    }
}

ingest::PacketSource::Status PcapFileSource::fail(const std::string& reason)
{
    m_error = reason;
    m_final = Status::Error;
    return m_final;
}

bool PcapFileSource::open()
{
    CaptureProbe probe;
    std::string error;
    if (!probeCaptureFile(m_path, probe, error)) {
        fail(error);
        return false;
    }
    if (probe.format == CaptureFormat::Snoop) {
        fail(m_path + ": snoop files are read by SnoopReader, not libpcap");
        return false;
    }
    auto& info = m_files.front();
    std::error_code ec;
    info.sizeBytes = std::filesystem::file_size(m_path, ec);
    info.format = formatName(probe);
    m_isPcapng = probe.format == CaptureFormat::Pcapng;
    if (openWithLibpcap(error))
        return true;
    // libpcap refuses some valid pcapng files outright; our reader gets the final word on those.
    if (m_isPcapng)
        return switchToOwnReader(0);
    fail(error);
    return false;
}

bool PcapFileSource::openWithLibpcap(std::string& error)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    auto& info = m_files.front();
    const bool compressed = info.format.size() > 3 && info.format.ends_with(".gz");
    if (!compressed) {
        m_pcap = pcap_open_offline_with_tstamp_precision(m_path.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
    } else {
        m_input = std::make_unique<FileInput>();
        if (!m_input->open(m_path, error))
            return false;
        if (FileInput::hasStdioStreams()) {
            std::FILE* stream = m_input->openStdioStream();
            if (!stream) {
                error = m_path + ": cannot create a stream over the gzip data";
                return false;
            }
            m_pcap = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_NANO, errbuf);
            if (!m_pcap)
                std::fclose(stream);
        } else {
            // Without stdio cookies libpcap can only read a real file: decompress to a temporary one.
            m_tempPath = uniqueTempPath();
            if (!m_input->decompressTo(m_tempPath, error))
                return false;
            std::error_code ec;
            m_tempSize = std::filesystem::file_size(m_tempPath, ec);
            m_pcap = pcap_open_offline_with_tstamp_precision(m_tempPath.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
        }
    }
    if (!m_pcap) {
        error = m_path + ": " + errbuf;
        return false;
    }
    m_linkType = linkTypeFromDlt(pcap_datalink(m_pcap));
    info.linkTypes.insert(m_linkType);
    m_recordBytes = 24;
    return true;
}

bool PcapFileSource::switchToOwnReader(std::uint64_t framesToSkip)
{
    const ingest::CaptureFileInfo info = m_files.front();
    closeLibpcap();
    m_input.reset();
    auto input = std::make_unique<FileInput>();
    std::string error;
    if (!input->open(m_path, error)) {
        fail(error);
        return false;
    }
    ingest::CaptureFileInfo fresh;
    fresh.path = info.path;
    fresh.sizeBytes = info.sizeBytes;
    fresh.format = info.format;
    m_fallback = std::make_unique<PcapngReader>(std::move(input), std::move(fresh));
    // The frames libpcap already handed out must not be handed out twice.
    ingest::RawPacket skipped;
    for (std::uint64_t i = 0; i < framesToSkip; ++i) {
        if (m_fallback->next(skipped) != Status::Packet) {
            fail(m_fallback->errorMessage().empty() ? m_path + ": pcapng reader lost its place"
                                                    : m_fallback->errorMessage());
            return false;
        }
    }
    return true;
}

const std::vector<ingest::CaptureFileInfo>& PcapFileSource::files() const
{
    return m_fallback ? m_fallback->files() : m_files;
}

std::uint64_t PcapFileSource::bytesConsumed() const
{
    if (m_fallback)
        return m_fallback->bytesConsumed();
    if (m_input && m_tempPath.empty())
        return m_input->bytesConsumed();
    if (m_final == Status::End)
        return m_files.front().sizeBytes;
    std::uint64_t consumed = m_recordBytes;
#if !defined(_WIN32)
    // On Windows the FILE* belongs to Npcap's C runtime, so ftell() on it is not safe there.
    if (m_pcap) {
        const long offset = std::ftell(pcap_file(m_pcap));
        if (offset >= 0)
            consumed = static_cast<std::uint64_t>(offset);
    }
#endif
    if (!m_tempPath.empty() && m_tempSize > 0)
        consumed = consumed * m_files.front().sizeBytes / m_tempSize;
    return std::min(consumed, m_files.front().sizeBytes);
}

ingest::PacketSource::Status PcapFileSource::next(ingest::RawPacket& packet)
{
    if (m_final != Status::Packet)
        return m_final;
    if (m_fallback) {
        const Status status = m_fallback->next(packet);
        if (status == Status::Error)
            m_error = m_fallback->errorMessage();
        if (status != Status::Packet)
            m_final = status;
        return status;
    }
    if (!m_pcap)
        return fail(m_error.empty() ? m_path + ": not open" : m_error);

    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(m_pcap, &header, &data);
    auto& info = m_files.front();
    if (rc == 1) {
        // tv_usec holds nanoseconds (opened with NANO precision); wrap absurd seconds instead of overflowing.
        packet.timestampNs = static_cast<std::int64_t>(static_cast<std::uint64_t>(header->ts.tv_sec) * 1'000'000'000u
                                                       + static_cast<std::uint64_t>(header->ts.tv_usec));
        packet.originalLength = header->len;
        packet.linkType = m_linkType;
        packet.fileIndex = 0;
        packet.packetNumber = ++info.packetsRead;
        packet.data = std::span<const std::byte>(reinterpret_cast<const std::byte*>(data), header->caplen);
        m_recordBytes += 16 + header->caplen;
        return Status::Packet;
    }
    if (rc == PCAP_ERROR_BREAK) {
        m_final = Status::End;
        return m_final;
    }
    if (m_input && !m_input->failure().empty())
        return fail(m_input->failure()); // a corrupt .gz: zlib's reason beats libpcap's "error reading"
    const std::string message = pcap_geterr(m_pcap);
    if (contains(message, "truncated")) {
        info.truncated = true;
        info.warning = truncationWarning(m_path, info.packetsRead);
        m_final = Status::End;
        return m_final;
    }
    if (m_isPcapng) {
        // libpcap gives up on mixed link types mid-file; continue with our reader after the same frame.
        if (!switchToOwnReader(info.packetsRead))
            return m_final;
        return next(packet);
    }
    return fail(m_path + ": " + message);
}

} // namespace mieruka::capture
