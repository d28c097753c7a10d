// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mieruka::capture {

class FileInput;

/// Reader for Solaris snoop files (RFC 1761: big-endian, version 2), which libpcap cannot read.
class SnoopReader final : public ingest::PacketSource {
public:
    /// Takes an opened input positioned at the first byte; `info` gives path, size and format.
    SnoopReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info);
    ~SnoopReader() override;

    Status next(ingest::RawPacket& packet) override;
    std::string errorMessage() const override { return m_error; }
    const std::vector<ingest::CaptureFileInfo>& files() const override { return m_files; }
    std::uint64_t bytesConsumed() const override;
    std::uint64_t bytesTotal() const override { return m_files.front().sizeBytes; }

private:
    bool readHeader();
    Status fail(const std::string& reason);
    Status endTruncated();

    std::unique_ptr<FileInput> m_input;
    std::vector<ingest::CaptureFileInfo> m_files;
    std::vector<std::byte> m_record;
    std::string m_error;
    Status m_final = Status::Packet;
    int m_linkType = ingest::linktype::kEthernet;
    bool m_headerRead = false;
};

} // namespace mieruka::capture
