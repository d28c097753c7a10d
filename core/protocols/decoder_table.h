// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include "core/decode/decoded_packet.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace mieruka::protocols {

/// Which decoders of one kind (identity or operations) see which frames: by TCP/UDP port
/// (either side), by ethertype, or every 802.3/LLC frame. A frame with no registered port costs
/// two table lookups. `Decoder` is `void (*)(const PayloadContext&, Output&)`.
template <typename Decoder, typename Output>
class DecoderTable {
public:
    void addTcpPort(std::uint16_t port, Decoder decoder) { m_tcp.add(port, decoder); }
    void addUdpPort(std::uint16_t port, Decoder decoder) { m_udp.add(port, decoder); }
    void addEtherType(std::uint16_t etherType, Decoder decoder) { m_etherTypes.push_back({etherType, decoder}); }
    void addLlc(Decoder decoder) { m_llc.push_back(decoder); }

    void dispatch(const decode::DecodedPacket& packet, std::int64_t timestampNs, Output& out) const
    {
        if (packet.payload.empty())
            return;
        switch (packet.transport) {
        case decode::TransportKind::Tcp:
            runPorts(m_tcp, packet, timestampNs, out);
            return;
        case decode::TransportKind::Udp:
            runPorts(m_udp, packet, timestampNs, out);
            return;
        default:
            break;
        }
        if (packet.network != decode::NetworkKind::OtherEthertype)
            return;
        if (packet.isLlc) {
            for (auto decoder : m_llc)
                decoder(PayloadContext{packet, packet.payload, timestampNs, false}, out);
            return;
        }
        for (const auto& entry : m_etherTypes)
            if (entry.etherType == packet.etherType)
                entry.decoder(PayloadContext{packet, packet.payload, timestampNs, false}, out);
    }

private:
    struct EtherTypeEntry {
        std::uint16_t etherType;
        Decoder decoder;
    };
    /// Port → decoders, as a direct table: slot[port] is 0 or 1 + an index into lists.
    struct PortTable {
        std::array<std::uint8_t, 65536> slot{};
        std::vector<std::vector<Decoder>> lists;
        void add(std::uint16_t port, Decoder decoder)
        {
            if (slot[port] == 0) {
                lists.emplace_back();
                slot[port] = static_cast<std::uint8_t>(lists.size()); // < 256 distinct ports by construction
            }
            lists[slot[port] - 1u].push_back(decoder);
        }
    };

    static void runPorts(const PortTable& table, const decode::DecodedPacket& packet, std::int64_t timestampNs,
                         Output& out)
    {
        const std::uint8_t toDestination = table.slot[packet.dstPort];
        const std::uint8_t fromSource = table.slot[packet.srcPort];
        if (toDestination != 0)
            for (auto decoder : table.lists[toDestination - 1u])
                decoder(PayloadContext{packet, packet.payload, timestampNs, true}, out);
        if (fromSource == 0)
            return;
        for (auto decoder : table.lists[fromSource - 1u]) {
            // Both ports may be registered (e.g. DHCP 67↔68): each decoder runs once per frame.
            const bool alreadyRan = toDestination != 0
                                    && std::find(table.lists[toDestination - 1u].begin(),
                                                 table.lists[toDestination - 1u].end(), decoder)
                                           != table.lists[toDestination - 1u].end();
            if (!alreadyRan)
                decoder(PayloadContext{packet, packet.payload, timestampNs, false}, out);
        }
    }

    PortTable m_tcp, m_udp;
    std::vector<EtherTypeEntry> m_etherTypes;
    std::vector<Decoder> m_llc;
};

} // namespace mieruka::protocols
