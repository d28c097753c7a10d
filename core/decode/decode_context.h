// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/anomaly.h"
#include "core/decode/decoded_packet.h"
#include "core/net/byte_reader.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace mieruka::decode {

struct DecodeContext;

/// A layer decoder: consumes the layer's bytes from `reader` and forwards the rest.
using LayerFn = void (*)(DecodeContext& context, net::ByteReader reader);

/// Dispatch tables, built once per PacketDecoder (see packet_decoder.cpp).
struct DispatchTables {
    struct EtherTypeEntry {
        std::uint16_t etherType;
        LayerFn decode;
    };
    std::array<EtherTypeEntry, 16> etherTypes{};
    std::size_t etherTypeCount = 0;
    std::array<LayerFn, 256> ipProtocols{}; ///< nullptr: TransportKind::Other

    LayerFn findEtherType(std::uint16_t etherType) const
    {
        for (std::size_t i = 0; i < etherTypeCount; ++i)
            if (etherTypes[i].etherType == etherType)
                return etherTypes[i].decode;
        return nullptr;
    }
};

/// Per-frame state shared by the layer decoders; lives on the stack of PacketDecoder::decode().
struct DecodeContext {
    DecodedPacket& out;
    AnomalyCounters& anomalies;
    const DispatchTables& tables;
    /// The frame was cut by the snap length: a header running past the captured bytes is a
    /// truncation, not a bad length field.
    bool snapCut = false;
    /// Bytes the innermost IP header claims for its payload (may exceed what was captured).
    std::size_t ipPayloadLength = 0;
    /// Ethernet decoded inside a tunnel (GRE 0x6558) must not replace the outer link addresses.
    bool innerEthernet = false;
    /// Counted once per frame even when several tags are skipped.
    bool tooManyVlansCounted = false;

    void flag(Anomaly anomaly) { anomalies.add(anomaly); }
};

/// Appends an IpLayer (tunnels add more) and forgets the outer transport facts, since transport
/// fields describe the innermost layer; nullptr (TunnelTooDeep counted) when all slots are used.
inline IpLayer* pushIpLayer(DecodeContext& context)
{
    DecodedPacket& out = context.out;
    if (out.ipLayerCount >= out.ipLayers.size()) {
        context.flag(Anomaly::TunnelTooDeep);
        return nullptr;
    }
    out.transport = TransportKind::None;
    out.srcPort = 0;
    out.dstPort = 0;
    out.tcp = TcpInfo{};
    out.payload = {};
    IpLayer& layer = out.ipLayers[out.ipLayerCount++];
    layer = IpLayer{};
    return &layer;
}

/// Continues with the decoder registered for `etherType`, or records OtherEthertype.
void dispatchEtherType(DecodeContext& context, std::uint16_t etherType, net::ByteReader reader);
/// Continues with the decoder registered for IP protocol `protocol`, or records TransportKind::Other.
void dispatchIpProtocol(DecodeContext& context, std::uint8_t protocol, net::ByteReader reader);

} // namespace mieruka::decode
