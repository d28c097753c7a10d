// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anomaly.h"
#include "decoded_packet.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace mieruka::decode {

/// Decodes link, network and transport headers of one frame into a DecodedPacket.
/// Dispatches through tables (link type, ethertype, IP protocol) built once in the constructor.
/// Never allocates per packet, never reads out of bounds; problems are counted in anomalies().
/// Not thread-safe: one decoder per thread.
class PacketDecoder {
public:
    PacketDecoder();
    ~PacketDecoder();
    PacketDecoder(const PacketDecoder&) = delete;
    PacketDecoder& operator=(const PacketDecoder&) = delete;

    /// Decodes `frame` (captured bytes) with the given LINKTYPE_ value. `out` is reset first.
    /// Returns false only when the link type is unsupported (counted as UnsupportedLinkType);
    /// a malformed frame still returns true with whatever outer layers were decoded.
    bool decode(int linkType, std::span<const std::byte> frame, std::uint32_t originalLength, DecodedPacket& out);

    const AnomalyCounters& anomalies() const { return m_anomalies; }
    AnomalyCounters takeAnomalies();

    static bool isLinkTypeSupported(int linkType);

private:
    struct Tables;
    Tables* m_tables;
    AnomalyCounters m_anomalies;
};

} // namespace mieruka::decode
