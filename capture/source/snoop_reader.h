// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record_file_reader.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mieruka::capture {


/// Reader for Solaris snoop files (RFC 1761: big-endian, version 2), which libpcap cannot read.
class SnoopReader final : public RecordFileReader {
public:
    /// Takes an opened input positioned at the first byte; `info` gives path, size and format.
    SnoopReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info);
    ~SnoopReader() override;

    Status next(ingest::RawPacket& packet) override;

private:
    bool readHeader();

    std::vector<std::byte> m_record;
    int m_linkType = ingest::linktype::kEthernet;
    bool m_headerRead = false;
};

} // namespace mieruka::capture
