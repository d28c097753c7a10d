// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/tcp_decoder.h"

namespace mieruka::decode {

namespace {

constexpr std::size_t kFixedHeader = 20;

enum : std::uint8_t {
    kEndOfOptions = 0,
    kNoOperation = 1,
    kMss = 2,
    kWindowScale = 3,
    kSackPermitted = 4,
    kTimestamps = 8,
};

// Returns false on a malformed option; what was parsed before it is kept.
bool parseOptions(TcpInfo& tcp, net::ByteReader options)
{
    while (!options.atEnd()) {
        const std::uint8_t kind = *options.u8();
        if (tcp.optionCount < tcp.optionKinds.size())
            tcp.optionKinds[tcp.optionCount++] = kind;
        if (kind == kEndOfOptions)
            return true;
        if (kind == kNoOperation)
            continue;
        const auto length = options.u8();
        if (!length || *length < 2)
            return false;
        auto body = options.sub(*length - 2u);
        if (!body)
            return false;
        switch (kind) {
        case kMss:
            if (*length != 4)
                return false;
            tcp.mss = *body->be16();
            break;
        case kWindowScale:
            if (*length != 3)
                return false;
            tcp.windowScale = *body->u8();
            break;
        case kSackPermitted:
            if (*length != 2)
                return false;
            tcp.sackPermitted = true;
            break;
        case kTimestamps:
            if (*length != 10)
                return false;
            tcp.timestamps = true;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace

void decodeTcp(DecodeContext& context, net::ByteReader reader)
{
    DecodedPacket& out = context.out;
    const std::size_t available = reader.remaining();
    const auto sourcePort = reader.be16();
    const auto destinationPort = reader.be16();
    if (!sourcePort || !destinationPort) {
        context.flag(Anomaly::TruncatedTcp);
        return;
    }
    out.transport = TransportKind::Tcp;
    out.srcPort = *sourcePort;
    out.dstPort = *destinationPort;
    const auto seq = reader.be32();
    const auto ack = reader.be32();
    const auto dataOffset = reader.u8();
    const auto flags = reader.u8();
    const auto window = reader.be16();
    if (!seq || !ack || !dataOffset || !flags || !window || !reader.skip(4)) {
        context.flag(Anomaly::TruncatedTcp);
        return;
    }
    out.tcp.seq = *seq;
    out.tcp.ack = *ack;
    out.tcp.flags = *flags;
    out.tcp.window = *window;

    const std::size_t headerLength = static_cast<std::size_t>(*dataOffset >> 4) * 4;
    if (headerLength < kFixedHeader || headerLength > context.ipPayloadLength) {
        context.flag(Anomaly::BadTcpHeaderLength);
        return;
    }
    if (headerLength > available) {
        context.flag(Anomaly::TruncatedTcp);
        return;
    }
    if (!parseOptions(out.tcp, *reader.sub(headerLength - kFixedHeader)))
        context.flag(Anomaly::TcpOptionMalformed);
    out.payload = reader.rest();
}

} // namespace mieruka::decode
