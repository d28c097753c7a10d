// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/udp_decoder.h"

#include <algorithm>

namespace mieruka::decode {

void decodeUdp(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    const auto sourcePort = reader.be16();
    const auto destinationPort = reader.be16();
    if (!sourcePort || !destinationPort) {
        context.flag(Anomaly::TruncatedUdp);
        return;
    }
    out.transport = TransportKind::Udp;
    out.srcPort = *sourcePort;
    out.dstPort = *destinationPort;
    const auto length = reader.be16();
    if (!length || !reader.skip(2)) {
        context.flag(Anomaly::TruncatedUdp);
        return;
    }
    if (*length < 8 || *length > context.ipPayloadLength) {
        context.flag(Anomaly::BadUdpLength);
        out.payload = reader.rest();
        return;
    }
    out.payload = reader.rest().first(std::min<std::size_t>(*length - 8u, reader.remaining()));
}

} // namespace mieruka::decode
