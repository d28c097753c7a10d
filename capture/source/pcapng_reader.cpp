// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapng_reader.h"

#include "file_input.h"

#include <algorithm>

namespace mieruka::capture {

namespace {

// Grow the block buffer as bytes really arrive, so a lying length field cannot reserve 64 MiB.
constexpr std::size_t kReadChunk = 1u << 20;

} // namespace

PcapngReader::PcapngReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info)
    : RecordFileReader(std::move(input), std::move(info))
{
}

PcapngReader::~PcapngReader() = default;

bool PcapngReader::readExact(std::size_t offset, std::size_t size, bool& truncated)
{
    truncated = false;
    std::size_t done = 0;
    while (done < size) {
        const std::size_t step = std::min(kReadChunk, size - done);
        if (m_block.size() < offset + done + step)
            m_block.resize(offset + done + step);
        const std::size_t got = m_input->read(m_block.data() + offset + done, step);
        done += got;
        if (got < step) {
            truncated = m_input->failure().empty();
            return false;
        }
    }
    return true;
}

void PcapngReader::endShortRead()
{
    if (!m_input->failure().empty())
        fail(m_input->failure());
    else
        endTruncated();
}

ingest::PacketSource::Status PcapngReader::next(ingest::RawPacket& packet)
{
    if (m_final != Status::Packet)
        return m_final;
    for (;;) {
        const BlockResult result = readBlock(packet);
        if (m_final != Status::Packet)
            return m_final;
        if (result == BlockResult::Packet)
            return Status::Packet;
        if (result == BlockResult::End) {
            m_final = Status::End;
            return m_final;
        }
    }
}

PcapngReader::BlockResult PcapngReader::readBlock(ingest::RawPacket& packet)
{
    std::byte header[12];
    const std::size_t got = m_input->read(header, PcapngBlockDecoder::kMinHeaderSize);
    if (got == 0) {
        if (!m_input->failure().empty())
            fail(m_input->failure());
        else if (!m_decoder.sawSection())
            fail("pcapng file has no section header");
        return BlockResult::End;
    }
    if (got < PcapngBlockDecoder::kMinHeaderSize) {
        endShortRead();
        return BlockResult::End;
    }
    const std::size_t headerSize = PcapngBlockDecoder::headerSize({header, got});
    if (headerSize > got && m_input->read(header + got, headerSize - got) < headerSize - got) {
        endShortRead();
        return BlockResult::End;
    }
    const auto decoded = m_decoder.readHeader({header, headerSize}, m_offset);
    if (!decoded.header) {
        fail(decoded.message);
        return BlockResult::End;
    }
    const PcapngBlockHeader& block = *decoded.header;
    bool truncated = false;
    if (!readExact(0, block.length - headerSize, truncated)) {
        if (truncated)
            endTruncated();
        else
            fail(m_input->failure());
        return BlockResult::End;
    }
    const auto result = m_decoder.decode(block, {m_block.data(), block.length - headerSize}, m_offset, packet);
    m_offset += block.length;
    if (result.declaredLinkType)
        m_files.front().linkTypes.insert(*result.declaredLinkType);
    switch (result.outcome) {
    case PcapngBlockDecoder::Outcome::Error:
        fail(result.message);
        return BlockResult::End;
    case PcapngBlockDecoder::Outcome::Packet:
        packet.fileIndex = 0;
        packet.packetNumber = ++m_files.front().packetsRead;
        return BlockResult::Packet;
    case PcapngBlockDecoder::Outcome::Skipped:
        break;
    }
    return BlockResult::Skipped;
}

} // namespace mieruka::capture
