// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/loopback_decoder.h"

#include "core/decode/ipv4_decoder.h"
#include "core/decode/ipv6_decoder.h"
#include "core/decode/decode_context.h"

namespace mieruka::decode {

namespace {

enum class Family { Unknown, V4, V6 };

// AF_INET is 2 everywhere; AF_INET6 differs per OS (24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS).
Family familyOf(std::uint32_t value)
{
    switch (value) {
    case 2:
        return Family::V4;
    case 24:
    case 28:
    case 30:
        return Family::V6;
    default:
        return Family::Unknown;
    }
}

void decodeFamily(DecodeContext& context, net::ByteReader reader, bool networkOrderFirst)
{
    auto header = reader.sub(4);
    if (!header) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    net::ByteReader asBigEndian = *header;
    net::ByteReader asLittleEndian = *header;
    const std::uint32_t big = *asBigEndian.be32();
    const std::uint32_t little = *asLittleEndian.le32();
    // The byte order of the capturing host is unknown to us, so accept either.
    Family family = familyOf(networkOrderFirst ? big : little);
    if (family == Family::Unknown)
        family = familyOf(networkOrderFirst ? little : big);
    switch (family) {
    case Family::V4:
        decodeIpv4(context, reader);
        break;
    case Family::V6:
        decodeIpv6(context, reader);
        break;
    case Family::Unknown: {
        // Some stacks write an Ethernet type instead of an address family (tshark honours it):
        // normalise so the upper half is zero if possible; a value above 1500 is then an ethertype.
        const std::uint32_t value = (little & 0xffff0000u) ? big : little;
        if (value > 1500 && (value & 0xffffu) > 1500) {
            context.out.etherType = static_cast<std::uint16_t>(value & 0xffffu);
            dispatchEtherType(context, context.out.etherType, reader);
            break;
        }
        context.flag(Anomaly::UnknownLoopbackFamily);
        context.out.payload = reader.rest();
        break;
    }
    }
}

} // namespace

void decodeNull(DecodeContext& context, net::ByteReader reader)
{
    decodeFamily(context, reader, false);
}

void decodeLoop(DecodeContext& context, net::ByteReader reader)
{
    decodeFamily(context, reader, true);
}

} // namespace mieruka::decode
