// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/ppp_decoder.h"

#include "core/decode/ipv4_decoder.h"
#include "core/decode/ipv6_decoder.h"

#include <algorithm>

namespace mieruka::decode {

namespace {

void dispatchPppProtocol(DecodeContext& context, std::uint16_t protocol, net::ByteReader reader)
{
    switch (protocol) {
    case 0x0021:
        decodeIpv4(context, reader);
        break;
    case 0x0057:
        decodeIpv6(context, reader);
        break;
    default:
        context.out.payload = reader.rest();
        break;
    }
}

} // namespace

void decodePppoeSession(DecodeContext& context, net::ByteReader reader)
{
    const auto versionType = reader.u8();
    const auto code = reader.u8();
    const auto session = reader.be16();
    const auto length = reader.be16();
    const auto protocol = reader.be16();
    if (!versionType || !code || !session || !length || !protocol || *length < 2) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    // The PPPoE length bounds the PPP frame: Ethernet padding after it is not payload.
    const std::size_t pppPayload = std::min<std::size_t>(*length - 2u, reader.remaining());
    dispatchPppProtocol(context, *protocol, net::ByteReader(reader.rest().first(pppPayload)));
}

void decodePpp(DecodeContext& context, net::ByteReader reader)
{
    // Address/control may be compressed away (RFC 1661 ACFC).
    if (reader.peekU8(0) == std::uint8_t{0xff} && reader.peekU8(1) == std::uint8_t{0x03})
        reader.skip(2);
    const auto first = reader.u8();
    if (!first) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    std::uint16_t protocol = *first;
    // Protocol field compression: an odd first byte is the whole (1-byte) protocol.
    if ((*first & 0x01) == 0) {
        const auto second = reader.u8();
        if (!second) {
            context.flag(Anomaly::TruncatedLinkHeader);
            return;
        }
        protocol = static_cast<std::uint16_t>(*first << 8 | *second);
    }
    dispatchPppProtocol(context, protocol, reader);
}

} // namespace mieruka::decode
