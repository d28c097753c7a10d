// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/raw_packet.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mieruka::capture {

/// The fixed start of a pcapng block, decoded with the byte order that applies to it.
struct PcapngBlockHeader {
    std::uint32_t type = 0;
    std::uint32_t length = 0;   ///< total length, header and trailer included
    std::size_t headerSize = 8; ///< 12 for a section header: its byte-order magic belongs to the header
    bool bigEndian = false;
};

/// Turns complete pcapng blocks into frames, keeping the section and interface state between
/// them; does no I/O, so a file reader and a live-ring tail can share it. One decoder per file.
/// Messages are reasons without the path ("... at offset N"); the caller prefixes the path.
class PcapngBlockDecoder {
public:
    static constexpr std::uint32_t kMaxBlockLength = 64u * 1024u * 1024u;
    static constexpr std::size_t kMinHeaderSize = 8;

    enum class Outcome { Packet, Skipped, Error };
    struct Result {
        Outcome outcome = Outcome::Skipped;
        std::string message;              ///< set for Error
        std::optional<int> declaredLinkType; ///< set when the block declared an interface
    };
    struct HeaderResult {
        std::optional<PcapngBlockHeader> header; ///< nullopt: see message
        std::string message;
    };

    /// How many header bytes a block needs, given at least its first kMinHeaderSize bytes.
    static std::size_t headerSize(std::span<const std::byte> first);

    /// Decodes `bytes` (exactly headerSize(bytes) long), deciding the byte order from a section
    /// header's magic; checks the length bounds. `offset` is the block's position, for messages.
    /// Changes no state: calling it again on the same bytes gives the same answer.
    HeaderResult readHeader(std::span<const std::byte> bytes, std::uint64_t offset) const;

    /// Decodes the block after its header (`rest` is length - headerSize bytes, trailer included).
    /// On Packet, fills timestampNs, originalLength, linkType and data (a view into `rest`).
    Result decode(const PcapngBlockHeader& header, std::span<const std::byte> rest, std::uint64_t offset,
                  ingest::RawPacket& packet);

    bool sawSection() const { return m_sawSection; }

private:
    struct Interface {
        int linkType = 0;
        std::uint32_t snapLength = 0;
        bool binaryResolution = false; ///< if_tsresol high bit: 2^-n instead of 10^-n
        std::uint8_t resolutionExponent = 6;
        std::int64_t offsetSeconds = 0;
    };

    Result decodePacket(std::uint32_t type, std::span<const std::byte> body, const std::string& where,
                        std::uint64_t endOffset, ingest::RawPacket& packet) const;
    bool parseSectionHeader(std::span<const std::byte> body);
    bool parseInterface(std::span<const std::byte> body);
    Result emitPacket(ingest::RawPacket& packet, std::uint32_t interfaceId, std::uint64_t timestamp,
                      std::uint32_t capturedLength, std::uint32_t originalLength, std::span<const std::byte> data,
                      std::uint64_t endOffset) const;
    static std::int64_t toNanoseconds(const Interface& iface, std::uint64_t units);

    std::vector<Interface> m_interfaces;
    bool m_bigEndian = false;
    bool m_sawSection = false;
};

} // namespace mieruka::capture
