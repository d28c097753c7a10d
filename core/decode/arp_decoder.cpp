// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/arp_decoder.h"

namespace mieruka::decode {

void decodeArp(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    // Until the whole Ethernet/IPv4 body is read, the frame is only "some ethertype".
    out.network = NetworkKind::OtherEthertype;
    out.payload = reader.rest();
    const auto hardwareType = reader.be16();
    const auto protocolType = reader.be16();
    const auto hardwareSize = reader.u8();
    const auto protocolSize = reader.u8();
    const auto operation = reader.be16();
    if (!hardwareType || !protocolType || !hardwareSize || !protocolSize || !operation) {
        context.flag(Anomaly::TruncatedArp);
        return;
    }
    if (*hardwareType != 1 || *protocolType != 0x0800 || *hardwareSize != 6 || *protocolSize != 4) {
        context.flag(Anomaly::MalformedArp);
        return;
    }
    const auto senderMac = reader.bytes(6);
    const auto senderIp = reader.bytes(4);
    const auto targetMac = reader.bytes(6);
    const auto targetIp = reader.bytes(4);
    if (!senderMac || !senderIp || !targetMac || !targetIp) {
        context.flag(Anomaly::TruncatedArp);
        return;
    }
    out.network = NetworkKind::Arp;
    out.arp.operation = *operation;
    out.arp.senderMac = net::MacAddress::fromBytes(*senderMac);
    out.arp.senderIp = net::IpAddress::v4FromBytes(*senderIp);
    out.arp.targetMac = net::MacAddress::fromBytes(*targetMac);
    out.arp.targetIp = net::IpAddress::v4FromBytes(*targetIp);
    out.payload = {};
}

} // namespace mieruka::decode
