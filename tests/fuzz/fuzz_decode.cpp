// SPDX-License-Identifier: GPL-3.0-or-later
// One frame through the decode layer and then the protocol dispatch the importer runs on it
// (identity decoders as EvidenceCollector, operation decoders as OperationCounter, the TCP
// fingerprint on SYNs). Input: byte 0 picks the link type (low 4 bits) and whether the frame is
// cut by the snap length (bit 7); the rest is the frame.
#include "core/analysis/tcp_fingerprint.h"
#include "core/decode/packet_decoder.h"
#include "core/protocols/protocol_registry.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace {

// Every LINKTYPE_ PacketDecoder supports, plus one it does not (the importer's "unsupported" path).
constexpr std::array<int, 10> kLinkTypes = {1, 0, 9, 101, 108, 113, 228, 229, 276, 147};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    using namespace mieruka;
    static decode::PacketDecoder decoder; // one per thread in the importer, reused across frames
    static protocols::FactList facts;
    static protocols::OperationList operations;

    const int linkType = kLinkTypes[(data[0] & 0x0f) % kLinkTypes.size()];
    const auto frame = std::as_bytes(std::span(data + 1, size - 1));
    const auto originalLength = static_cast<std::uint32_t>(frame.size() + ((data[0] & 0x80) ? 1000 : 0));

    decode::DecodedPacket packet;
    if (!decoder.decode(linkType, frame, originalLength, packet))
        return 0;
    facts.clear();
    operations.clear();
    const auto& registry = protocols::ProtocolRegistry::standard();
    registry.dispatch(packet, 0, facts);
    registry.dispatchOperations(packet, 0, operations);
    if (packet.transport == decode::TransportKind::Tcp && (packet.tcp.flags & 0x02) != 0)
        if (const auto signature = analysis::TcpSignature::of(packet))
            (void)analysis::OsSignatureTable::standard().match(*signature);
    (void)decoder.takeAnomalies();
    return 0;
}
