// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/gre_decoder.h"

#include "core/decode/ethernet_decoder.h"

namespace mieruka::decode {

namespace {

constexpr std::uint16_t kChecksumPresent = 0x8000;
constexpr std::uint16_t kRoutingPresent = 0x4000;
constexpr std::uint16_t kKeyPresent = 0x2000;
constexpr std::uint16_t kSequencePresent = 0x1000;
constexpr std::uint16_t kTransparentEthernetBridging = 0x6558;

} // namespace

void decodeGre(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    // Until an inner layer is found the GRE packet itself is the (opaque) transport.
    out.transport = TransportKind::Other;
    out.payload = reader.rest();
    const auto flags = reader.be16();
    const auto protocol = reader.be16();
    if (!flags || !protocol) {
        context.flag(Anomaly::TruncatedGre);
        return;
    }
    // Version 1 is PPTP's enhanced GRE; its payload is PPP, which we do not follow.
    if ((*flags & 0x0007) != 0 || (*flags & kRoutingPresent) != 0)
        return;
    const std::size_t optional = ((*flags & kChecksumPresent) ? 4u : 0u) + ((*flags & kKeyPresent) ? 4u : 0u)
        + ((*flags & kSequencePresent) ? 4u : 0u);
    if (!reader.skip(optional)) {
        context.flag(Anomaly::TruncatedGre);
        return;
    }
    out.payload = reader.rest();
    if (*protocol == kTransparentEthernetBridging) {
        context.innerEthernet = true;
        decodeEthernet(context, reader);
        return;
    }
    if (LayerFn next = context.tables.findEtherType(*protocol))
        next(context, reader);
}

} // namespace mieruka::decode
