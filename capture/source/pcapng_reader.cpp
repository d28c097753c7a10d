// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapng_reader.h"

#include "file_input.h"
#include "span_cursor.h"

#include <algorithm>
#include <limits>

namespace mieruka::capture {

namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 1;
constexpr std::uint32_t kObsoletePacket = 2;
constexpr std::uint32_t kSimplePacket = 3;
constexpr std::uint32_t kEnhancedPacket = 6;
constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr std::uint16_t kOptEnd = 0;
constexpr std::uint16_t kOptTsResol = 9;
constexpr std::uint16_t kOptTsOffset = 14;
// An IDB per packet is already absurd; this only stops a hostile file from growing the table forever.
constexpr std::size_t kMaxInterfaces = 1u << 20;
// Grow the block buffer as bytes really arrive, so a lying length field cannot reserve 64 MiB.
constexpr std::size_t kReadChunk = 1u << 20;

std::uint32_t decode32(const std::byte* p, bool bigEndian)
{
    SpanCursor cursor({p, 4}, bigEndian);
    return *cursor.u32();
}

constexpr std::size_t padded4(std::size_t n)
{
    return (n + 3) & ~std::size_t{3};
}

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
    const std::string where = " at offset " + std::to_string(m_offset);
    bool truncated = false;
    std::byte header[12];
    const std::size_t got = m_input->read(header, 8);
    if (got == 0) {
        if (!m_input->failure().empty())
            fail(m_input->failure());
        else if (!m_sawSection)
            fail("pcapng file has no section header");
        return BlockResult::End;
    }
    if (got < 8) {
        if (!m_input->failure().empty())
            fail(m_input->failure());
        else
            endTruncated();
        return BlockResult::End;
    }
    const std::uint32_t rawType = decode32(header, false);
    std::size_t headerSize = 8;
    if (rawType == kSectionHeader) {
        // The byte order is only known from the magic after the length, so read it first.
        if (m_input->read(header + 8, 4) < 4) {
            if (!m_input->failure().empty())
                fail(m_input->failure());
            else
                endTruncated();
            return BlockResult::End;
        }
        headerSize = 12;
        if (decode32(header + 8, false) == kByteOrderMagic)
            m_bigEndian = false;
        else if (decode32(header + 8, true) == kByteOrderMagic)
            m_bigEndian = true;
        else {
            fail("bad pcapng byte-order magic" + where);
            return BlockResult::End;
        }
    } else if (!m_sawSection) {
        fail("pcapng file does not start with a section header block");
        return BlockResult::End;
    }
    const std::uint32_t type = decode32(header, m_bigEndian);
    const std::uint32_t length = decode32(header + 4, m_bigEndian);
    if (length > kMaxBlockLength || length % 4 != 0 || length < 12 || (headerSize == 12 && length < 28)) {
        fail("invalid pcapng block length " + std::to_string(length) + where
             + " (must be a multiple of 4, at least 12 and at most 64 MiB)");
        return BlockResult::End;
    }
    if (!readExact(0, length - headerSize, truncated)) {
        if (truncated)
            endTruncated();
        else
            fail(m_input->failure());
        return BlockResult::End;
    }
    m_offset += length;
    const std::span<const std::byte> rest(m_block.data(), length - headerSize);
    const std::span<const std::byte> body = rest.first(rest.size() - 4);
    if (decode32(rest.data() + rest.size() - 4, m_bigEndian) != length) {
        fail("pcapng block trailing length does not match" + where);
        return BlockResult::End;
    }

    SpanCursor cursor(body, m_bigEndian);
    switch (type) {
    case kSectionHeader:
        if (!parseSectionHeader(body))
            fail("unsupported pcapng section header" + where);
        return BlockResult::Skipped;
    case kInterfaceDescription:
        if (!parseInterface(body))
            fail(m_interfaces.size() >= kMaxInterfaces ? "too many pcapng interfaces" + where
                                                       : "malformed pcapng interface block" + where);
        return BlockResult::Skipped;
    case kEnhancedPacket: {
        const auto id = cursor.u32();
        const auto high = cursor.u32();
        const auto low = cursor.u32();
        const auto captured = cursor.u32();
        const auto original = cursor.u32();
        if (!original) {
            fail("short pcapng enhanced packet block" + where);
            return BlockResult::End;
        }
        const auto data = cursor.bytes(*captured);
        if (!data) {
            fail("pcapng packet length " + std::to_string(*captured) + " exceeds its block" + where);
            return BlockResult::End;
        }
        const std::uint64_t ts = (std::uint64_t{*high} << 32) | *low;
        return emitPacket(packet, *id, ts, *captured, *original, *data) ? BlockResult::Packet : BlockResult::End;
    }
    case kObsoletePacket: {
        const auto id = cursor.u16();
        cursor.skip(2); // drops count
        const auto high = cursor.u32();
        const auto low = cursor.u32();
        const auto captured = cursor.u32();
        const auto original = cursor.u32();
        if (!original) {
            fail("short pcapng packet block" + where);
            return BlockResult::End;
        }
        const auto data = cursor.bytes(*captured);
        if (!data) {
            fail("pcapng packet length " + std::to_string(*captured) + " exceeds its block" + where);
            return BlockResult::End;
        }
        const std::uint64_t ts = (std::uint64_t{*high} << 32) | *low;
        return emitPacket(packet, *id, ts, *captured, *original, *data) ? BlockResult::Packet : BlockResult::End;
    }
    case kSimplePacket: {
        const auto original = cursor.u32();
        if (!original || m_interfaces.empty()) {
            fail(original ? "pcapng simple packet before any interface" + where
                          : "short pcapng simple packet block" + where);
            return BlockResult::End;
        }
        // An SPB stores no captured length: it is the original length cut by snaplen and the block.
        std::size_t captured = std::min<std::size_t>(*original, cursor.remaining());
        if (m_interfaces.front().snapLength != 0)
            captured = std::min<std::size_t>(captured, m_interfaces.front().snapLength);
        const auto data = cursor.bytes(captured);
        return emitPacket(packet, 0, 0, static_cast<std::uint32_t>(captured), *original, *data)
            ? BlockResult::Packet
            : BlockResult::End;
    }
    default:
        return BlockResult::Skipped; // NRB, ISB, DSB, custom and unknown blocks carry no frames
    }
}

bool PcapngReader::parseSectionHeader(std::span<const std::byte> body)
{
    SpanCursor cursor(body, m_bigEndian); // starts after the byte-order magic, read with the header
    const auto major = cursor.u16();
    if (!major || *major != 1)
        return false;
    // Interface ids are numbered per section.
    m_interfaces.clear();
    m_sawSection = true;
    return true;
}

bool PcapngReader::parseInterface(std::span<const std::byte> body)
{
    if (m_interfaces.size() >= kMaxInterfaces)
        return false;
    SpanCursor cursor(body, m_bigEndian);
    const auto linkType = cursor.u16();
    cursor.skip(2);
    const auto snapLength = cursor.u32();
    if (!snapLength)
        return false;
    Interface iface;
    iface.linkType = *linkType;
    iface.snapLength = *snapLength;
    // A malformed option list ends the options, not the file: the fields that matter are above.
    while (cursor.remaining() >= 4) {
        const std::uint16_t code = *cursor.u16();
        const std::uint16_t length = *cursor.u16();
        if (code == kOptEnd)
            break;
        const auto value = cursor.bytes(length);
        if (!value)
            break;
        cursor.skip(std::min(padded4(length) - length, cursor.remaining()));
        if (code == kOptTsResol && length >= 1) {
            const auto raw = static_cast<std::uint8_t>((*value)[0]);
            iface.binaryResolution = (raw & 0x80) != 0;
            iface.resolutionExponent = raw & 0x7f;
        } else if (code == kOptTsOffset && length == 8) {
            SpanCursor valueCursor(*value, m_bigEndian);
            iface.offsetSeconds = static_cast<std::int64_t>(*valueCursor.u64());
        }
    }
    m_interfaces.push_back(iface);
    m_files.front().linkTypes.insert(iface.linkType);
    return true;
}

std::int64_t PcapngReader::toNanoseconds(const Interface& iface, std::uint64_t units) const
{
    constexpr std::uint64_t kNsPerSecond = 1'000'000'000;
    std::uint64_t seconds = 0;
    std::uint64_t fractionNs = 0;
    const unsigned exponent = iface.resolutionExponent;
    if (iface.binaryResolution) {
        if (exponent >= 64) {
            fractionNs = 0;
        } else {
            seconds = exponent == 0 ? units : units >> exponent;
            std::uint64_t fraction = exponent == 0 ? 0 : units & ((std::uint64_t{1} << exponent) - 1);
            unsigned shift = exponent;
            // Keep fraction * 1e9 below 2^64: drop low bits beyond nanosecond precision.
            if (shift > 32) {
                fraction >>= (shift - 32);
                shift = 32;
            }
            fractionNs = (fraction * kNsPerSecond) >> shift;
        }
    } else {
        std::uint64_t perSecond = 1;
        for (unsigned i = 0; i < exponent && perSecond <= std::numeric_limits<std::uint64_t>::max() / 10; ++i)
            perSecond *= 10;
        seconds = units / perSecond;
        const std::uint64_t fraction = units % perSecond;
        fractionNs = exponent <= 9 ? fraction * (kNsPerSecond / perSecond) : fraction / (perSecond / kNsPerSecond);
    }
    // Wrapping arithmetic is deliberate: absurd timestamps must not be undefined behaviour.
    const std::uint64_t total = (seconds + static_cast<std::uint64_t>(iface.offsetSeconds)) * kNsPerSecond + fractionNs;
    return static_cast<std::int64_t>(total);
}

bool PcapngReader::emitPacket(ingest::RawPacket& packet, std::uint32_t interfaceId, std::uint64_t timestamp,
                              std::uint32_t capturedLength, std::uint32_t originalLength,
                              std::span<const std::byte> data)
{
    if (interfaceId >= m_interfaces.size()) {
        fail("packet for undeclared interface " + std::to_string(interfaceId) + " at offset "
             + std::to_string(m_offset));
        return false;
    }
    const Interface& iface = m_interfaces[interfaceId];
    auto& info = m_files.front();
    packet.timestampNs = toNanoseconds(iface, timestamp);
    packet.originalLength = originalLength;
    packet.linkType = iface.linkType;
    packet.fileIndex = 0;
    packet.packetNumber = ++info.packetsRead;
    packet.data = data.first(capturedLength);
    return true;
}

} // namespace mieruka::capture
