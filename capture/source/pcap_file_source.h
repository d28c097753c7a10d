// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct pcap;

namespace mieruka::capture {

class FileInput;
class PcapngReader;

/// One pcap or pcapng file (optionally gzip-compressed) read through libpcap with nanosecond
/// timestamps. When libpcap refuses a pcapng file (interfaces with different link types or
/// snapshot lengths), reading continues transparently with PcapngReader from the same frame.
class PcapFileSource final : public ingest::PacketSource {
public:
    explicit PcapFileSource(std::string path);
    ~PcapFileSource() override;

    /// Opens the file; false means errorMessage() says why (one line naming the file).
    bool open();

    Status next(ingest::RawPacket& packet) override;
    std::string errorMessage() const override { return m_error; }
    const std::vector<ingest::CaptureFileInfo>& files() const override;
    std::uint64_t bytesConsumed() const override;
    std::uint64_t bytesTotal() const override { return m_files.front().sizeBytes; }

    /// True once libpcap gave up on this file and PcapngReader took over.
    bool usesOwnPcapngReader() const { return m_fallback != nullptr; }

private:
    bool openWithLibpcap(std::string& error);
    bool switchToOwnReader(std::uint64_t framesToSkip);
    void closeLibpcap();
    Status fail(const std::string& reason);

    std::string m_path;
    std::vector<ingest::CaptureFileInfo> m_files;
    std::unique_ptr<FileInput> m_input; ///< only for .gz: feeds libpcap and counts compressed bytes
    std::unique_ptr<PcapngReader> m_fallback;
    pcap* m_pcap = nullptr;
    std::string m_tempPath;              ///< decompressed copy where stdio cookies are unavailable
    std::uint64_t m_tempSize = 0;
    std::uint64_t m_recordBytes = 0;     ///< estimate of bytes read where ftell() cannot be used
    std::string m_error;
    Status m_final = Status::Packet;
    int m_linkType = 0;
    bool m_isPcapng = false;
};

} // namespace mieruka::capture
