// SPDX-License-Identifier: GPL-3.0-or-later
#include "snoop_reader.h"

#include "file_input.h"
#include "span_cursor.h"

#include <algorithm>
#include <cstring>

namespace mieruka::capture {

namespace {

constexpr std::size_t kFileHeaderSize = 16;
constexpr std::size_t kRecordHeaderSize = 24;
// Snoop frames come from 1990s LAN media; anything near this size is a corrupt record.
constexpr std::uint32_t kMaxRecordLength = 64u * 1024u * 1024u;

/// Snoop's own datalink numbers mapped to LINKTYPE_ values; -1 for media we do not map.
int linkTypeFromSnoop(std::uint32_t datalink)
{
    switch (datalink) {
    case 0: // IEEE 802.3, framed like Ethernet
    case 4: // Ethernet
        return ingest::linktype::kEthernet;
    case 2: return 6;   // IEEE 802.5 token ring
    case 8: return 10;  // FDDI
    case 18: return 123; // ATM (SunATM)
    default: return -1;
    }
}

} // namespace

SnoopReader::SnoopReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info)
    : RecordFileReader(std::move(input), std::move(info))
{
}

SnoopReader::~SnoopReader() = default;

bool SnoopReader::readHeader()
{
    std::byte header[kFileHeaderSize];
    if (m_input->read(header, sizeof header) < sizeof header) {
        fail(m_input->failure().empty() ? "truncated snoop file header" : m_input->failure());
        return false;
    }
    SpanCursor cursor(header, true);
    const auto magic = cursor.bytes(8);
    if (std::memcmp(magic->data(), "snoop\0\0\0", 8) != 0) {
        fail("not a snoop file");
        return false;
    }
    const std::uint32_t version = *cursor.u32();
    const std::uint32_t datalink = *cursor.u32();
    if (version != 2) {
        fail("unsupported snoop version " + std::to_string(version));
        return false;
    }
    m_linkType = linkTypeFromSnoop(datalink);
    if (m_linkType < 0) {
        fail("unsupported snoop datalink " + std::to_string(datalink));
        return false;
    }
    m_files.front().linkTypes.insert(m_linkType);
    m_headerRead = true;
    return true;
}

ingest::PacketSource::Status SnoopReader::next(ingest::RawPacket& packet)
{
    if (m_final != Status::Packet)
        return m_final;
    if (!m_headerRead && !readHeader())
        return m_final;

    std::byte header[kRecordHeaderSize];
    const std::size_t got = m_input->read(header, sizeof header);
    if (got == 0) {
        if (!m_input->failure().empty())
            return fail(m_input->failure());
        m_final = Status::End;
        return m_final;
    }
    if (got < sizeof header)
        return m_input->failure().empty() ? endTruncated() : fail(m_input->failure());

    SpanCursor cursor(header, true);
    const std::uint32_t originalLength = *cursor.u32();
    const std::uint32_t includedLength = *cursor.u32();
    const std::uint32_t recordLength = *cursor.u32();
    cursor.skip(4); // cumulative drops
    const std::uint32_t seconds = *cursor.u32();
    const std::uint32_t micros = *cursor.u32();
    const auto& info = m_files.front();
    if (recordLength > kMaxRecordLength || recordLength < kRecordHeaderSize
        || includedLength > recordLength - kRecordHeaderSize) {
        return fail("invalid snoop record after " + std::to_string(info.packetsRead) + " packets (record length "
                    + std::to_string(recordLength) + ", included length " + std::to_string(includedLength) + ")");
    }
    // Grow the buffer only as bytes really arrive, so a lying length cannot reserve 64 MiB.
    constexpr std::size_t kChunk = 1u << 20;
    for (std::size_t done = 0; done < includedLength;) {
        const std::size_t step = std::min<std::size_t>(kChunk, includedLength - done);
        if (m_record.size() < done + step)
            m_record.resize(done + step);
        const std::size_t read = m_input->read(m_record.data() + done, step);
        if (read < step)
            return m_input->failure().empty() ? endTruncated() : fail(m_input->failure());
        done += read;
    }
    // Padding up to the record length; a file that ends inside it still holds the whole frame.
    std::byte scratch[4096];
    for (std::size_t left = recordLength - kRecordHeaderSize - includedLength; left > 0;) {
        const std::size_t step = std::min(left, sizeof scratch);
        const std::size_t read = m_input->read(scratch, step);
        if (!m_input->failure().empty())
            return fail(m_input->failure());
        if (read < step)
            break;
        left -= read;
    }

    packet.timestampNs = static_cast<std::int64_t>(seconds) * 1'000'000'000 + static_cast<std::int64_t>(micros) * 1000;
    packet.originalLength = originalLength;
    packet.linkType = m_linkType;
    packet.fileIndex = 0;
    packet.packetNumber = ++m_files.front().packetsRead;
    packet.data = std::span<const std::byte>(m_record.data(), includedLength);
    return Status::Packet;
}

} // namespace mieruka::capture
