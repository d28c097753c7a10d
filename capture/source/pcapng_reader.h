// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcapng_block_decoder.h"
#include "record_file_reader.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace mieruka::capture {


/// The project's own bounds-checked pcapng reader, used where libpcap refuses a file (interfaces
/// with different link types or snapshot lengths). Reads SHB (either byte order, several sections),
/// IDB (if_tsresol, if_tsoffset), EPB, SPB and the obsolete PB; skips every other block.
/// Allocation is bounded by the largest block actually present (at most kMaxBlockLength).
class PcapngReader final : public RecordFileReader {
public:
    static constexpr std::uint32_t kMaxBlockLength = PcapngBlockDecoder::kMaxBlockLength;

    /// Takes an opened input positioned at the first byte; `info` gives path, size and format.
    PcapngReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info);
    ~PcapngReader() override;

    Status next(ingest::RawPacket& packet) override;

private:
    enum class BlockResult { Packet, Skipped, End };

    BlockResult readBlock(ingest::RawPacket& packet);
    bool readExact(std::size_t offset, std::size_t size, bool& truncated);
    /// Ends with the input's failure if it has one, else as a truncated file.
    void endShortRead();

    PcapngBlockDecoder m_decoder;
    std::vector<std::byte> m_block;
    std::uint64_t m_offset = 0; ///< decompressed offset of the next block, for messages
};

} // namespace mieruka::capture
