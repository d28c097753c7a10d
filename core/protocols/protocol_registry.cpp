// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_registry.h"

#include "protocol_table.h"

namespace mieruka::protocols {

const ProtocolRegistry& ProtocolRegistry::standard()
{
    static const ProtocolRegistry registry = [] {
        ProtocolRegistry built;
        registerStandardProtocols(built);
        return built;
    }();
    return registry;
}

void ProtocolRegistry::addTcpPort(std::uint16_t port, PayloadDecoder decoder)
{
    m_tcp.push_back({port, decoder});
    m_tcpPresent[port] = 1;
}

void ProtocolRegistry::addUdpPort(std::uint16_t port, PayloadDecoder decoder)
{
    m_udp.push_back({port, decoder});
    m_udpPresent[port] = 1;
}

void ProtocolRegistry::addEtherType(std::uint16_t etherType, PayloadDecoder decoder)
{
    m_etherTypes.push_back({etherType, decoder});
}

void ProtocolRegistry::addLlc(PayloadDecoder decoder)
{
    m_llc.push_back(decoder);
}

void ProtocolRegistry::runPorts(const std::vector<Entry>& entries, const std::array<std::uint8_t, 65536>& present,
                                const decode::DecodedPacket& packet, std::int64_t timestampNs, FactList& facts) const
{
    const bool toDestination = present[packet.dstPort] != 0;
    const bool fromSource = present[packet.srcPort] != 0;
    if (!toDestination && !fromSource)
        return;
    for (const auto& entry : entries) {
        // Both ports may be registered (e.g. DHCP 67↔68): each decoder runs once per frame.
        const bool matchesDestination = toDestination && entry.key == packet.dstPort;
        const bool matchesSource = fromSource && entry.key == packet.srcPort;
        if (!matchesDestination && !matchesSource)
            continue;
        PayloadContext context{packet, packet.payload, timestampNs, matchesDestination};
        entry.decoder(context, facts);
    }
}

void ProtocolRegistry::dispatch(const decode::DecodedPacket& packet, std::int64_t timestampNs, FactList& facts) const
{
    if (packet.payload.empty())
        return;
    switch (packet.transport) {
    case decode::TransportKind::Tcp:
        runPorts(m_tcp, m_tcpPresent, packet, timestampNs, facts);
        return;
    case decode::TransportKind::Udp:
        runPorts(m_udp, m_udpPresent, packet, timestampNs, facts);
        return;
    default:
        break;
    }
    if (packet.network != decode::NetworkKind::OtherEthertype)
        return;
    if (packet.isLlc) {
        for (auto decoder : m_llc)
            decoder(PayloadContext{packet, packet.payload, timestampNs, false}, facts);
        return;
    }
    for (const auto& entry : m_etherTypes)
        if (entry.key == packet.etherType)
            entry.decoder(PayloadContext{packet, packet.payload, timestampNs, false}, facts);
}

} // namespace mieruka::protocols
