// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/ipv4_decoder.h"

#include <algorithm>

namespace mieruka::decode {

namespace {

constexpr std::size_t kFixedHeader = 20;

// Options are only checked for sane lengths; none of them matters to the layers above.
bool optionsWellFormed(net::ByteReader options)
{
    while (!options.atEnd()) {
        const auto kind = options.u8();
        if (*kind == 0) // end of option list
            return true;
        if (*kind == 1) // no-operation
            continue;
        const auto length = options.u8();
        if (!length || *length < 2 || !options.skip(*length - 2u))
            return false;
    }
    return true;
}

} // namespace

void decodeIpv4(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    const std::size_t available = reader.remaining();
    const auto first = reader.peekU8();
    if (!first) {
        context.flag(Anomaly::TruncatedIpv4);
        return;
    }
    if ((*first >> 4) != 4) {
        context.flag(Anomaly::BadIpv4Version);
        return;
    }
    if (available < kFixedHeader) {
        context.flag(Anomaly::TruncatedIpv4);
        return;
    }
    const std::size_t headerLength = static_cast<std::size_t>(*first & 0x0f) * 4;
    const std::uint16_t totalLength = *reader.peekBe16(2);
    // A header whose lengths contradict each other describes nothing reliable, so no layer is
    // recorded (tshark also stops at a bogus IPv4 length).
    if (headerLength < kFixedHeader) {
        context.flag(Anomaly::BadIpv4HeaderLength);
        return;
    }
    if (headerLength > available) {
        context.flag(context.snapCut ? Anomaly::TruncatedIpv4 : Anomaly::BadIpv4HeaderLength);
        return;
    }
    // Total length 0 is what TCP segmentation offload leaves in locally captured frames.
    if (totalLength != 0 && totalLength < headerLength) {
        context.flag(Anomaly::BadIpv4TotalLength);
        return;
    }
    IpLayer* layer = pushIpLayer(context);
    if (!layer)
        return;
    reader.skip(4); // version/IHL, DSCP/ECN, total length (read above)
    const std::uint16_t identification = *reader.be16();
    const std::uint16_t flagsOffset = *reader.be16();
    const std::uint8_t ttl = *reader.u8();
    const std::uint8_t protocol = *reader.u8();
    reader.skip(2); // header checksum
    const auto source = reader.bytes(4);
    const auto destination = reader.bytes(4);
    const std::uint16_t fragmentOffset = flagsOffset & 0x1fff;
    const bool moreFragments = (flagsOffset & 0x2000) != 0;
    layer->src = net::IpAddress::v4FromBytes(*source);
    layer->dst = net::IpAddress::v4FromBytes(*destination);
    layer->protocol = protocol;
    layer->ttl = ttl;
    layer->dontFragment = (flagsOffset & 0x4000) != 0;
    layer->isFragment = moreFragments || fragmentOffset != 0;
    layer->isFirstFragment = fragmentOffset == 0;
    layer->identification = identification;
    layer->totalLength = totalLength;
    out.network = NetworkKind::Ipv4;
    if (!optionsWellFormed(*reader.sub(headerLength - kFixedHeader)))
        context.flag(Anomaly::Ipv4OptionMalformed);

    const std::size_t capturedPayload = available - headerLength;
    const std::size_t claimedPayload = totalLength == 0 ? capturedPayload : totalLength - headerLength;
    // Bounded by the total length so Ethernet padding never becomes payload.
    net::ByteReader payload(reader.rest().first(std::min(claimedPayload, capturedPayload)));
    context.ipPayloadLength = claimedPayload;
    if (fragmentOffset != 0) {
        out.payload = payload.rest();
        return;
    }
    dispatchIpProtocol(context, protocol, payload);
}

} // namespace mieruka::decode
