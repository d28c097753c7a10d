// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapng_block_decoder.h"

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

std::uint32_t decode32(std::span<const std::byte> bytes, std::size_t at, bool bigEndian)
{
    SpanCursor cursor(bytes.subspan(at, 4), bigEndian);
    return *cursor.u32();
}

constexpr std::size_t padded4(std::size_t n)
{
    return (n + 3) & ~std::size_t{3};
}

PcapngBlockDecoder::Result error(std::string message)
{
    return {PcapngBlockDecoder::Outcome::Error, std::move(message), std::nullopt};
}

} // namespace

std::size_t PcapngBlockDecoder::headerSize(std::span<const std::byte> first)
{
    // The section header type reads the same in both byte orders.
    return first.size() >= 4 && decode32(first, 0, false) == kSectionHeader ? 12 : 8;
}

PcapngBlockDecoder::HeaderResult PcapngBlockDecoder::readHeader(std::span<const std::byte> bytes,
                                                                std::uint64_t offset) const
{
    const std::string where = " at offset " + std::to_string(offset);
    if (bytes.size() < kMinHeaderSize || bytes.size() != headerSize(bytes))
        return {std::nullopt, "short pcapng block header" + where};
    PcapngBlockHeader header;
    header.headerSize = bytes.size();
    header.bigEndian = m_bigEndian;
    if (header.headerSize == 12) {
        // The byte order is only known from the magic after the length.
        if (decode32(bytes, 8, false) == kByteOrderMagic)
            header.bigEndian = false;
        else if (decode32(bytes, 8, true) == kByteOrderMagic)
            header.bigEndian = true;
        else
            return {std::nullopt, "bad pcapng byte-order magic" + where};
    } else if (!m_sawSection) {
        return {std::nullopt, "pcapng file does not start with a section header block"};
    }
    header.type = decode32(bytes, 0, header.bigEndian);
    header.length = decode32(bytes, 4, header.bigEndian);
    const std::uint32_t length = header.length;
    if (length > kMaxBlockLength || length % 4 != 0 || length < 12 || (header.headerSize == 12 && length < 28))
        return {std::nullopt, "invalid pcapng block length " + std::to_string(length) + where
                                  + " (must be a multiple of 4, at least 12 and at most 64 MiB)"};
    return {header, {}};
}

PcapngBlockDecoder::Result PcapngBlockDecoder::decode(const PcapngBlockHeader& header,
                                                      std::span<const std::byte> rest, std::uint64_t offset,
                                                      ingest::RawPacket& packet)
{
    const std::string where = " at offset " + std::to_string(offset);
    if (rest.size() < 4 || rest.size() + header.headerSize != header.length)
        return error("pcapng block shorter than its length" + where);
    const std::span<const std::byte> body = rest.first(rest.size() - 4);
    if (decode32(rest, rest.size() - 4, header.bigEndian) != header.length)
        return error("pcapng block trailing length does not match" + where);

    switch (header.type) {
    case kSectionHeader:
        m_bigEndian = header.bigEndian;
        if (!parseSectionHeader(body))
            return error("unsupported pcapng section header" + where);
        return {};
    case kInterfaceDescription:
        if (!parseInterface(body))
            return error(m_interfaces.size() >= kMaxInterfaces ? "too many pcapng interfaces" + where
                                                                : "malformed pcapng interface block" + where);
        return {Outcome::Skipped, {}, m_interfaces.back().linkType};
    case kEnhancedPacket:
    case kObsoletePacket:
    case kSimplePacket:
        return decodePacket(header.type, body, where, offset + header.length, packet);
    default:
        return {}; // NRB, ISB, DSB, custom and unknown blocks carry no frames
    }
}

PcapngBlockDecoder::Result PcapngBlockDecoder::decodePacket(std::uint32_t type, std::span<const std::byte> body,
                                                            const std::string& where, std::uint64_t endOffset,
                                                            ingest::RawPacket& packet) const
{
    SpanCursor cursor(body, m_bigEndian);
    if (type == kSimplePacket) {
        const auto original = cursor.u32();
        if (!original || m_interfaces.empty())
            return error(original ? "pcapng simple packet before any interface" + where
                                  : "short pcapng simple packet block" + where);
        // An SPB stores no captured length: it is the original length cut by snaplen and the block.
        std::size_t captured = std::min<std::size_t>(*original, cursor.remaining());
        if (m_interfaces.front().snapLength != 0)
            captured = std::min<std::size_t>(captured, m_interfaces.front().snapLength);
        const auto data = cursor.bytes(captured);
        return emitPacket(packet, 0, 0, static_cast<std::uint32_t>(captured), *original, *data, endOffset);
    }
    std::optional<std::uint32_t> id;
    if (type == kEnhancedPacket) {
        id = cursor.u32();
    } else {
        id = cursor.u16();
        cursor.skip(2); // drops count
    }
    const auto high = cursor.u32();
    const auto low = cursor.u32();
    const auto captured = cursor.u32();
    const auto original = cursor.u32();
    if (!original)
        return error((type == kEnhancedPacket ? "short pcapng enhanced packet block" : "short pcapng packet block")
                     + where);
    const auto data = cursor.bytes(*captured);
    if (!data)
        return error("pcapng packet length " + std::to_string(*captured) + " exceeds its block" + where);
    const std::uint64_t ts = (std::uint64_t{*high} << 32) | *low;
    return emitPacket(packet, *id, ts, *captured, *original, *data, endOffset);
}

bool PcapngBlockDecoder::parseSectionHeader(std::span<const std::byte> body)
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

bool PcapngBlockDecoder::parseInterface(std::span<const std::byte> body)
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
    return true;
}

std::int64_t PcapngBlockDecoder::toNanoseconds(const Interface& iface, std::uint64_t units)
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

PcapngBlockDecoder::Result PcapngBlockDecoder::emitPacket(ingest::RawPacket& packet, std::uint32_t interfaceId,
                                                          std::uint64_t timestamp, std::uint32_t capturedLength,
                                                          std::uint32_t originalLength,
                                                          std::span<const std::byte> data,
                                                          std::uint64_t endOffset) const
{
    // The offset named here is the end of the block, as the reader has always reported it.
    if (interfaceId >= m_interfaces.size())
        return error("packet for undeclared interface " + std::to_string(interfaceId) + " at offset "
                     + std::to_string(endOffset));
    const Interface& iface = m_interfaces[interfaceId];
    packet.timestampNs = toNanoseconds(iface, timestamp);
    packet.originalLength = originalLength;
    packet.linkType = iface.linkType;
    packet.data = data.first(capturedLength);
    return {Outcome::Packet, {}, std::nullopt};
}

} // namespace mieruka::capture
