// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/ethernet_decoder.h"

#include <algorithm>

namespace mieruka::decode {

namespace {

// Values up to 1500 are an 802.3 length, not an ethertype.
constexpr std::uint16_t kMaxLength = 1500;

bool isVlanTpid(std::uint16_t type)
{
    return type == 0x8100 || type == 0x88a8 || type == 0x9100;
}

void continueAfterType(DecodeContext& context, std::uint16_t typeOrLength, net::ByteReader reader)
{
    if (typeOrLength <= kMaxLength)
        decodeLlc(context, typeOrLength, reader);
    else
        dispatchEtherType(context, typeOrLength, reader);
}

} // namespace

void decodeEthernet(DecodeContext& context, net::ByteReader reader)
{
    const auto destination = reader.bytes(6);
    const auto source = reader.bytes(6);
    const auto type = reader.be16();
    if (!destination || !source || !type) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    DecodedPacket& out = context.out;
    if (!context.innerEthernet) {
        out.hasEthernet = true;
        out.hasLinkSource = true;
        out.linkDestination = net::MacAddress::fromBytes(*destination);
        out.linkSource = net::MacAddress::fromBytes(*source);
    }
    continueAfterType(context, *type, reader);
}

void decodeVlan(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    // Loop rather than recurse through dispatchEtherType: a frame may stack thousands of tags.
    while (true) {
        const auto tci = reader.be16();
        const auto type = reader.be16();
        if (!tci || !type) {
            context.flag(Anomaly::TruncatedVlan);
            return;
        }
        if (!context.innerEthernet) {
            if (out.vlanCount < out.vlanIds.size()) {
                out.vlanIds[out.vlanCount++] = static_cast<std::uint16_t>(*tci & 0x0fff);
            } else if (!context.tooManyVlansCounted) {
                context.flag(Anomaly::TooManyVlanTags);
                context.tooManyVlansCounted = true;
            }
        }
        if (!isVlanTpid(*type)) {
            continueAfterType(context, *type, reader);
            return;
        }
    }
}

void decodeLlc(DecodeContext& context, std::size_t length, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    out.isLlc = true;
    out.etherType = 0;
    out.network = NetworkKind::OtherEthertype;
    // The length field excludes Ethernet padding, so LLC data ends there.
    net::ByteReader llc(reader.rest().first(std::min(length, reader.remaining())));
    out.payload = llc.rest();
    const auto dsap = llc.u8();
    const auto ssap = llc.u8();
    const auto control = llc.u8();
    if (!dsap || !ssap || !control) {
        context.flag(Anomaly::TruncatedLlc);
        return;
    }
    // I- and S-format PDUs carry a 2-byte control field; U-format (low bits 11) a 1-byte one.
    if ((*control & 0x03) != 0x03 && !llc.skip(1)) {
        context.flag(Anomaly::TruncatedLlc);
        return;
    }
    out.payload = llc.rest();
    const bool snap = (*dsap & 0xfe) == 0xaa && (*ssap & 0xfe) == 0xaa && *control == 0x03;
    if (!snap)
        return;
    const auto oui = llc.be24();
    const auto type = llc.be16();
    if (!oui || !type) {
        context.flag(Anomaly::TruncatedLlc);
        return;
    }
    out.payload = llc.rest();
    // OUI 000000 means the SNAP protocol id is an ethertype (RFC 1042); others (Cisco CDP...) stay LLC.
    if (*oui == 0 && *type > kMaxLength)
        dispatchEtherType(context, *type, llc);
}

} // namespace mieruka::decode
