// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decode/packet_decoder.h"

#include "core/decode/arp_decoder.h"
#include "core/decode/decode_context.h"
#include "core/decode/ethernet_decoder.h"
#include "core/decode/gre_decoder.h"
#include "core/decode/icmp_decoder.h"
#include "core/decode/ipv4_decoder.h"
#include "core/decode/ipv6_decoder.h"
#include "core/decode/linux_sll_decoder.h"
#include "core/decode/loopback_decoder.h"
#include "core/decode/ppp_decoder.h"
#include "core/decode/raw_ip_decoder.h"
#include "core/decode/tcp_decoder.h"
#include "core/decode/udp_decoder.h"

namespace mieruka::decode {

namespace {

struct LinkEntry {
    int linkType;
    LayerFn decode;
};

// LINKTYPE_ values from the tcpdump.org registry (mirrored in core/ingest/raw_packet.h, which
// this layer must not include).
constexpr LinkEntry kLinkTypes[] = {
    {0, &decodeNull},        {1, &decodeEthernet}, {9, &decodePpp},       {101, &decodeRawIp},
    {108, &decodeLoop},      {113, &decodeLinuxSll}, {228, &decodeIpv4},  {229, &decodeIpv6},
    {276, &decodeLinuxSll2},
};

LayerFn findLinkType(int linkType)
{
    for (const auto& entry : kLinkTypes)
        if (entry.linkType == linkType)
            return entry.decode;
    return nullptr;
}

} // namespace

struct PacketDecoder::Tables {
    DispatchTables dispatch;
};

void dispatchEtherType(DecodeContext& context, std::uint16_t etherType, net::ByteReader reader)
{
    context.out.etherType = etherType;
    if (LayerFn next = context.tables.findEtherType(etherType)) {
        next(context, reader);
        return;
    }
    context.out.network = NetworkKind::OtherEthertype;
    context.out.payload = reader.rest();
}

void dispatchIpProtocol(DecodeContext& context, std::uint8_t protocol, net::ByteReader reader)
{
    if (LayerFn next = context.tables.ipProtocols[protocol]) {
        next(context, reader);
        return;
    }
    context.out.transport = TransportKind::Other;
    context.out.payload = reader.rest();
}

PacketDecoder::PacketDecoder()
    : m_tables(new Tables)
{
    DispatchTables& tables = m_tables->dispatch;
    const DispatchTables::EtherTypeEntry etherTypes[] = {
        {0x0800, &decodeIpv4}, {0x86dd, &decodeIpv6}, {0x0806, &decodeArp},
        {0x8100, &decodeVlan}, {0x88a8, &decodeVlan}, {0x9100, &decodeVlan},
        {0x8864, &decodePppoeSession},
    };
    for (const auto& entry : etherTypes)
        tables.etherTypes[tables.etherTypeCount++] = entry;

    tables.ipProtocols[1] = &decodeIcmp;
    tables.ipProtocols[4] = &decodeIpv4;   // IP-in-IP
    tables.ipProtocols[6] = &decodeTcp;
    tables.ipProtocols[17] = &decodeUdp;
    tables.ipProtocols[41] = &decodeIpv6;  // IPv6-in-IP (6in4, 6in6)
    tables.ipProtocols[47] = &decodeGre;
    tables.ipProtocols[58] = &decodeIcmpv6;
}

PacketDecoder::~PacketDecoder()
{
    delete m_tables;
}

bool PacketDecoder::isLinkTypeSupported(int linkType)
{
    return findLinkType(linkType) != nullptr;
}

AnomalyCounters PacketDecoder::takeAnomalies()
{
    AnomalyCounters taken = m_anomalies;
    m_anomalies.clear();
    return taken;
}

bool PacketDecoder::decode(int linkType, std::span<const std::byte> frame, std::uint32_t originalLength,
                           DecodedPacket& out)
{
    out.reset();
    out.linkType = linkType;
    out.capturedLength = static_cast<std::uint32_t>(frame.size());
    out.originalLength = originalLength;

    const LayerFn link = findLinkType(linkType);
    if (!link) {
        m_anomalies.add(Anomaly::UnsupportedLinkType);
        return false;
    }
    DecodeContext context{out, m_anomalies, m_tables->dispatch};
    context.snapCut = frame.size() < originalLength;
    if (context.snapCut)
        m_anomalies.add(Anomaly::SnapLengthCut);
    link(context, net::ByteReader(frame));
    return true;
}

} // namespace mieruka::decode
