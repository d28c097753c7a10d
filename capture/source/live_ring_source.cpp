// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_ring_source.h"

#include "record_file_reader.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace mieruka::capture {

namespace {

// Grow the block buffer as bytes really arrive, so a lying length field cannot reserve 64 MiB.
constexpr std::size_t kReadChunk = 1u << 20;

} // namespace

void LiveRingSource::FileCloser::operator()(std::FILE* file) const
{
    std::fclose(file);
}

LiveRingSource::LiveRingSource() = default;

LiveRingSource::~LiveRingSource() = default;

void LiveRingSource::addFile(const std::string& path)
{
    const std::lock_guard lock(m_mutex);
    m_added.push_back({path, false});
}

void LiveRingSource::closeFile(const std::string& path)
{
    const std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_added.begin(), m_added.end(),
                                 [&](const Added& entry) { return !entry.closed && entry.path == path; });
    if (it != m_added.end())
        it->closed = true;
}

void LiveRingSource::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    for (auto& entry : m_added)
        entry.closed = true;
}

std::optional<LiveRingSource::Added> LiveRingSource::added(std::size_t index, bool& finished) const
{
    const std::lock_guard lock(m_mutex);
    finished = m_finished;
    if (index >= m_added.size())
        return std::nullopt;
    return m_added[index];
}

std::uint64_t LiveRingSource::bytesConsumed() const
{
    return m_doneBytes + (m_inFile ? m_offset : 0);
}

std::uint64_t LiveRingSource::bytesTotal() const
{
    return m_doneBytes + (m_inFile ? std::max(m_knownSize, m_offset + m_have) : 0);
}

ingest::PacketSource::Status LiveRingSource::next(ingest::RawPacket& packet)
{
    if (m_final != Status::Packet)
        return m_final;
    for (;;) {
        bool finished = false;
        if (!m_inFile) {
            const auto entry = added(m_files.size(), finished);
            if (!entry) {
                if (finished)
                    m_final = Status::End;
                return finished ? m_final : Status::Idle;
            }
            enterFile(entry->path, entry->closed);
        }
        const Status status = readCurrent(packet);
        if (status == Status::End)
            continue;
        if (status != Status::Idle)
            return status;
        if (m_currentClosed) {
            leaveCurrentFile();
            continue;
        }
        // The helper closes a file only after its last write, so once we see it closed, one more
        // read attempt is guaranteed to see every byte; before that, more bytes may still come.
        m_currentClosed = added(m_files.size() - 1, finished)->closed;
        if (!m_currentClosed) {
            refreshKnownSize();
            return Status::Idle;
        }
    }
}

void LiveRingSource::enterFile(const std::string& path, bool closed)
{
    ingest::CaptureFileInfo info;
    info.path = path;
    info.format = "pcapng";
    m_files.push_back(std::move(info));
    m_inFile = true;
    m_currentClosed = closed;
    m_decoder = PcapngBlockDecoder();
    m_offset = 0;
    m_have = 0;
    m_knownSize = 0;
    m_openError.clear();
}

ingest::PacketSource::Status LiveRingSource::readCurrent(ingest::RawPacket& packet)
{
    if (!m_file) {
        // Held open until drained: on POSIX the helper's ring-limit unlink then cannot lose it.
        m_file.reset(std::fopen(m_files.back().path.c_str(), "rb"));
        if (!m_file) {
            m_openError = std::generic_category().message(errno);
            return Status::Idle;
        }
        refreshKnownSize();
    }
    for (;;) {
        const Status status = readBlock(packet);
        if (status != Status::End)
            return status;
    }
}

// Returns End for a block that carried no frame, so the caller reads on.
ingest::PacketSource::Status LiveRingSource::readBlock(ingest::RawPacket& packet)
{
    Fill filled = fill(PcapngBlockDecoder::kMinHeaderSize);
    std::size_t headerSize = PcapngBlockDecoder::kMinHeaderSize;
    if (filled == Fill::Complete) {
        headerSize = PcapngBlockDecoder::headerSize({m_block.data(), m_have});
        filled = fill(headerSize);
    }
    if (filled != Fill::Complete)
        return filled == Fill::Starved ? Status::Idle : Status::Error;
    const auto decoded = m_decoder.readHeader({m_block.data(), headerSize}, m_offset);
    if (!decoded.header)
        return fail(decoded.message);
    const PcapngBlockHeader& header = *decoded.header;
    filled = fill(header.length);
    if (filled != Fill::Complete)
        return filled == Fill::Starved ? Status::Idle : Status::Error;

    const std::span<const std::byte> rest(m_block.data() + headerSize, header.length - headerSize);
    const auto result = m_decoder.decode(header, rest, m_offset, packet);
    m_offset += header.length;
    m_have = 0;
    auto& info = m_files.back();
    if (result.declaredLinkType)
        info.linkTypes.insert(*result.declaredLinkType);
    switch (result.outcome) {
    case PcapngBlockDecoder::Outcome::Error:
        return fail(result.message);
    case PcapngBlockDecoder::Outcome::Packet:
        packet.fileIndex = static_cast<std::uint32_t>(m_files.size() - 1);
        packet.packetNumber = ++info.packetsRead;
        return Status::Packet;
    case PcapngBlockDecoder::Outcome::Skipped:
        break;
    }
    return Status::End;
}

LiveRingSource::Fill LiveRingSource::fill(std::size_t size)
{
    while (m_have < size) {
        const std::size_t want = std::min(kReadChunk, size - m_have);
        if (m_block.size() < m_have + want)
            m_block.resize(m_have + want);
        errno = 0;
        const std::size_t got = std::fread(m_block.data() + m_have, 1, want, m_file.get());
        m_have += got;
        if (got < want) {
            if (std::ferror(m_file.get())) {
                const int code = errno;
                fail("read error at offset " + std::to_string(m_offset + m_have)
                     + (code ? ": " + std::generic_category().message(code) : std::string()));
                return Fill::Failed;
            }
            // At the end of what is on disk so far: forget EOF so the next read sees new bytes.
            std::clearerr(m_file.get());
            m_knownSize = std::max(m_knownSize, m_offset + m_have);
            return Fill::Starved;
        }
    }
    return Fill::Complete;
}

void LiveRingSource::refreshKnownSize()
{
    std::error_code error;
    const auto size = std::filesystem::file_size(m_files.back().path, error);
    // An unlinked file has no size to ask for any more; what was read so far stands.
    if (!error)
        m_knownSize = std::max<std::uint64_t>(m_knownSize, size);
    m_files.back().sizeBytes = std::max(m_knownSize, m_offset + m_have);
}

void LiveRingSource::leaveCurrentFile()
{
    auto& info = m_files.back();
    if (!m_file) {
        info.warning = info.path + ": cannot open: " + m_openError;
    } else if (m_have > 0) {
        info.truncated = true;
        info.warning = truncationWarning(info.path, info.packetsRead);
    } else if (!m_decoder.sawSection()) {
        info.warning = info.path + ": pcapng file has no section header";
    }
    m_knownSize = std::max(m_knownSize, m_offset + m_have);
    info.sizeBytes = m_knownSize;
    m_doneBytes += m_offset + m_have;
    m_file.reset();
    m_inFile = false;
    m_have = 0;
    m_offset = 0;
    // Keep no 64 MiB buffer alive for the rest of the capture because one file had a huge block.
    if (m_block.capacity() > kReadChunk)
        std::vector<std::byte>().swap(m_block);
}

ingest::PacketSource::Status LiveRingSource::fail(const std::string& reason)
{
    m_error = m_files.back().path + ": " + reason;
    m_final = Status::Error;
    return m_final;
}

} // namespace mieruka::capture
