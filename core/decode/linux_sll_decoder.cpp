// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/linux_sll_decoder.h"

#include "core/decode/ethernet_decoder.h"

namespace mieruka::decode {

namespace {

constexpr std::uint16_t kArphrdEther = 1;
// Linux pseudo protocol values used in the cooked header for frames without an ethertype.
constexpr std::uint16_t kProtocolNovell8023 = 0x0001;
constexpr std::uint16_t kProtocol8022 = 0x0004;

void setLinkSource(DecodeContext& context, std::uint16_t arphrd, std::size_t addressLength,
                   std::span<const std::byte> address)
{
    if (arphrd == kArphrdEther && addressLength == 6) {
        context.out.hasLinkSource = true;
        context.out.linkSource = net::MacAddress::fromBytes(address);
    }
}

void continueWithProtocol(DecodeContext& context, std::uint16_t protocol, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    if (protocol == kProtocol8022) {
        decodeLlc(context, reader.remaining(), reader);
        return;
    }
    if (protocol <= 1500 || protocol == kProtocolNovell8023) {
        out.etherType = protocol;
        out.network = NetworkKind::OtherEthertype;
        out.payload = reader.rest();
        return;
    }
    dispatchEtherType(context, protocol, reader);
}

} // namespace

void decodeLinuxSll(DecodeContext& context, net::ByteReader reader)
{
    const auto packetType = reader.be16();
    const auto arphrd = reader.be16();
    const auto addressLength = reader.be16();
    const auto address = reader.bytes(8);
    const auto protocol = reader.be16();
    if (!packetType || !arphrd || !addressLength || !address || !protocol) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    setLinkSource(context, *arphrd, *addressLength, *address);
    continueWithProtocol(context, *protocol, reader);
}

void decodeLinuxSll2(DecodeContext& context, net::ByteReader reader)
{
    const auto protocol = reader.be16();
    const bool reservedAndIndex = reader.skip(2 + 4);
    const auto arphrd = reader.be16();
    const auto packetType = reader.u8();
    const auto addressLength = reader.u8();
    const auto address = reader.bytes(8);
    if (!protocol || !reservedAndIndex || !arphrd || !packetType || !addressLength || !address) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    setLinkSource(context, *arphrd, *addressLength, *address);
    continueWithProtocol(context, *protocol, reader);
}

} // namespace mieruka::decode
