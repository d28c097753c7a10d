// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record_file_reader.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace mieruka::capture {


/// The project's own bounds-checked pcapng reader, used where libpcap refuses a file (interfaces
/// with different link types or snapshot lengths). Reads SHB (either byte order, several sections),
/// IDB (if_tsresol, if_tsoffset), EPB, SPB and the obsolete PB; skips every other block.
/// Allocation is bounded by the largest block actually present (at most kMaxBlockLength).
class PcapngReader final : public RecordFileReader {
public:
    static constexpr std::uint32_t kMaxBlockLength = 64u * 1024u * 1024u;

    /// Takes an opened input positioned at the first byte; `info` gives path, size and format.
    PcapngReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info);
    ~PcapngReader() override;

    Status next(ingest::RawPacket& packet) override;

private:
    struct Interface {
        int linkType = 0;
        std::uint32_t snapLength = 0;
        bool binaryResolution = false; ///< if_tsresol high bit: 2^-n instead of 10^-n
        std::uint8_t resolutionExponent = 6;
        std::int64_t offsetSeconds = 0;
    };
    enum class BlockResult { Packet, Skipped, End };

    BlockResult readBlock(ingest::RawPacket& packet);
    bool readExact(std::size_t offset, std::size_t size, bool& truncated);
    bool parseSectionHeader(std::span<const std::byte> body);
    bool parseInterface(std::span<const std::byte> body);
    bool emitPacket(ingest::RawPacket& packet, std::uint32_t interfaceId, std::uint64_t timestamp,
                    std::uint32_t capturedLength, std::uint32_t originalLength,
                    std::span<const std::byte> data);
    std::int64_t toNanoseconds(const Interface& iface, std::uint64_t units) const;

    std::vector<Interface> m_interfaces;
    std::vector<std::byte> m_block;
    std::uint64_t m_offset = 0; ///< decompressed offset of the next block, for messages
    bool m_bigEndian = false;
    bool m_sawSection = false;
};

} // namespace mieruka::capture
