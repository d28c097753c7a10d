// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/raw_ip_decoder.h"

#include "core/decode/ipv4_decoder.h"
#include "core/decode/ipv6_decoder.h"

namespace mieruka::decode {

void decodeRawIp(DecodeContext& context, net::ByteReader reader)
{
    const auto first = reader.peekU8();
    if (!first) {
        context.flag(Anomaly::TruncatedLinkHeader);
        return;
    }
    if ((*first >> 4) == 6)
        decodeIpv6(context, reader);
    else
        decodeIpv4(context, reader); // counts BadIpv4Version for anything but 4
}

} // namespace mieruka::decode
