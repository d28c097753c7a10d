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

void ProtocolRegistry::PortTable::add(std::uint16_t port, PayloadDecoder decoder)
{
    if (slot[port] == 0) {
        lists.emplace_back();
        slot[port] = static_cast<std::uint8_t>(lists.size()); // < 256 distinct ports by construction
    }
    lists[slot[port] - 1u].push_back(decoder);
}

void ProtocolRegistry::addTcpPort(std::uint16_t port, PayloadDecoder decoder)
{
    m_tcp.add(port, decoder);
}

void ProtocolRegistry::addUdpPort(std::uint16_t port, PayloadDecoder decoder)
{
    m_udp.add(port, decoder);
}

void ProtocolRegistry::addEtherType(std::uint16_t etherType, PayloadDecoder decoder)
{
    m_etherTypes.push_back({etherType, decoder});
}

void ProtocolRegistry::addLlc(PayloadDecoder decoder)
{
    m_llc.push_back(decoder);
}

void ProtocolRegistry::runPorts(const PortTable& table, const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                FactList& facts) const
{
    const std::uint8_t toDestination = table.slot[packet.dstPort];
    const std::uint8_t fromSource = table.slot[packet.srcPort];
    if (toDestination != 0) {
        for (auto decoder : table.lists[toDestination - 1u])
            decoder(PayloadContext{packet, packet.payload, timestampNs, true}, facts);
    }
    if (fromSource == 0)
        return;
    for (auto decoder : table.lists[fromSource - 1u]) {
        // Both ports may be registered (e.g. DHCP 67↔68): each decoder runs once per frame.
        bool alreadyRan = false;
        if (toDestination != 0)
            for (auto other : table.lists[toDestination - 1u])
                alreadyRan = alreadyRan || other == decoder;
        if (!alreadyRan)
            decoder(PayloadContext{packet, packet.payload, timestampNs, false}, facts);
    }
}

void ProtocolRegistry::dispatch(const decode::DecodedPacket& packet, std::int64_t timestampNs, FactList& facts) const
{
    if (packet.payload.empty())
        return;
    switch (packet.transport) {
    case decode::TransportKind::Tcp:
        runPorts(m_tcp, packet, timestampNs, facts);
        return;
    case decode::TransportKind::Udp:
        runPorts(m_udp, packet, timestampNs, facts);
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
