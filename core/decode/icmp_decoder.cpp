// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/icmp_decoder.h"

namespace mieruka::decode {

namespace {

void decodeIcmpCommon(DecodeContext& context, net::ByteReader reader, TransportKind kind, Anomaly truncated)
{
    DecodedPacket& out = context.out;
    const auto type = reader.u8();
    const auto code = reader.u8();
    if (!type || !code) {
        context.flag(truncated);
        return;
    }
    out.transport = kind;
    out.srcPort = *type;
    out.dstPort = *code;
    if (!reader.skip(2)) {
        context.flag(truncated);
        return;
    }
    // An error message quotes the offending IP header; that is payload, not another IpLayer.
    out.payload = reader.rest();
}

} // namespace

void decodeIcmp(DecodeContext& context, net::ByteReader reader)
{
    decodeIcmpCommon(context, reader, TransportKind::Icmp, Anomaly::TruncatedIcmp);
}

void decodeIcmpv6(DecodeContext& context, net::ByteReader reader)
{
    decodeIcmpCommon(context, reader, TransportKind::Icmpv6, Anomaly::TruncatedIcmpv6);
}

} // namespace mieruka::decode
