// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/ipv6_decoder.h"

#include <algorithm>

namespace mieruka::decode {

namespace {

constexpr std::size_t kFixedHeader = 40;

enum : std::uint8_t {
    kHopByHop = 0,
    kRouting = 43,
    kFragment = 44,
    kAuthentication = 51,
    kNoNextHeader = 59,
    kDestinationOptions = 60,
};

} // namespace

void decodeIpv6(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    const std::size_t available = reader.remaining();
    const auto first = reader.peekU8();
    if (!first) {
        context.flag(Anomaly::TruncatedIpv6);
        return;
    }
    if ((*first >> 4) != 6) {
        context.flag(Anomaly::BadIpv6Version);
        return;
    }
    if (available < kFixedHeader) {
        context.flag(Anomaly::TruncatedIpv6);
        return;
    }
    IpLayer* layer = pushIpLayer(context);
    if (!layer)
        return;

    reader.skip(4); // version, traffic class, flow label
    const std::uint16_t payloadLength = *reader.be16();
    std::uint8_t nextHeader = *reader.u8();
    layer->ttl = *reader.u8();
    layer->src = net::IpAddress::v6FromBytes(*reader.bytes(16));
    layer->dst = net::IpAddress::v6FromBytes(*reader.bytes(16));
    layer->totalLength = static_cast<std::uint16_t>(std::min<std::size_t>(payloadLength + kFixedHeader, 0xffff));
    layer->isFirstFragment = true;
    layer->protocol = nextHeader;
    out.network = NetworkKind::Ipv6;

    const std::size_t capturedPayload = available - kFixedHeader;
    // Payload length 0 means a jumbogram (or TSO); fall back to what was captured.
    const std::size_t claimedPayload = payloadLength == 0 ? capturedPayload : payloadLength;
    net::ByteReader payload(reader.rest().first(std::min(claimedPayload, capturedPayload)));

    while (true) {
        std::size_t extensionLength = 0;
        switch (nextHeader) {
        case kHopByHop:
        case kRouting:
        case kDestinationOptions: {
            const auto length = payload.peekU8(1);
            extensionLength = length ? (static_cast<std::size_t>(*length) + 1) * 8 : 2;
            break;
        }
        case kAuthentication: {
            const auto length = payload.peekU8(1);
            extensionLength = length ? (static_cast<std::size_t>(*length) + 2) * 4 : 2;
            break;
        }
        case kFragment:
            extensionLength = 8;
            break;
        case kNoNextHeader:
            out.payload = payload.rest();
            return;
        default:
            break;
        }
        if (extensionLength == 0)
            break;

        const std::uint8_t header = nextHeader;
        auto extension = payload.sub(extensionLength);
        if (!extension) {
            context.flag(Anomaly::TruncatedIpv6ExtensionHeader);
            return;
        }
        nextHeader = *extension->u8();
        layer->protocol = nextHeader;
        if (header == kFragment) {
            extension->skip(1);
            const std::uint16_t offsetFlags = *extension->be16();
            const std::uint16_t offset = offsetFlags >> 3;
            layer->identification = *extension->be32();
            layer->isFragment = offset != 0 || (offsetFlags & 0x0001) != 0;
            layer->isFirstFragment = offset == 0;
            if (offset != 0) {
                out.payload = payload.rest();
                return;
            }
        }
    }
    const std::size_t consumed = payload.position();
    context.ipPayloadLength = claimedPayload > consumed ? claimedPayload - consumed : 0;
    dispatchIpProtocol(context, nextHeader, net::ByteReader(payload.rest()));
}

} // namespace mieruka::decode
