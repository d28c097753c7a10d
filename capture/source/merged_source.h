// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mieruka::capture {

/// Several sources merged into one stream in timestamp order (ties go to the earlier source).
/// RawPacket::fileIndex is renumbered over the concatenation of every source's files().
/// All sources stay open while merging, since each one's next frame must be known.
class MergedSource final : public ingest::PacketSource {
public:
    explicit MergedSource(std::vector<std::unique_ptr<ingest::PacketSource>> sources);
    ~MergedSource() override;

    Status next(ingest::RawPacket& packet) override;
    std::string errorMessage() const override { return m_error; }
    const std::vector<ingest::CaptureFileInfo>& files() const override;
    std::uint64_t bytesConsumed() const override;
    std::uint64_t bytesTotal() const override;

private:
    struct Pending {
        std::int64_t timestampNs;
        std::size_t source;
    };
    static bool later(const Pending& a, const Pending& b);
    bool advance(std::size_t source);

    std::vector<std::unique_ptr<ingest::PacketSource>> m_sources;
    std::vector<ingest::RawPacket> m_heads;    ///< the next frame of each source, valid while pending
    std::vector<std::uint32_t> m_fileOffsets;  ///< first global file index of each source
    std::vector<Pending> m_heap;
    mutable std::vector<ingest::CaptureFileInfo> m_files;
    std::string m_error;
    Status m_final = Status::Packet;
    std::size_t m_handedOut = SIZE_MAX;        ///< source whose frame the caller holds
    bool m_primed = false;
};

} // namespace mieruka::capture
