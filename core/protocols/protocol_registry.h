// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include <array>
#include <cstdint>
#include <vector>

namespace mieruka::protocols {

/// Which decoders see which frames: by TCP/UDP port (either side), by ethertype, or every
/// 802.3/LLC frame. Built once; dispatch costs two table lookups when nothing is registered.
class ProtocolRegistry {
public:
    /// The registry with every decoder of core/protocols.
    static const ProtocolRegistry& standard();

    void addTcpPort(std::uint16_t port, PayloadDecoder decoder);
    void addUdpPort(std::uint16_t port, PayloadDecoder decoder);
    void addEtherType(std::uint16_t etherType, PayloadDecoder decoder);
    void addLlc(PayloadDecoder decoder);

    /// Runs the decoders registered for this frame; appends their facts to `facts`.
    void dispatch(const decode::DecodedPacket& packet, std::int64_t timestampNs, FactList& facts) const;

private:
    struct Entry {
        std::uint16_t key;
        PayloadDecoder decoder;
    };
    /// Port → decoders, as a direct table: slot[port] is 0 or 1 + an index into lists.
    struct PortTable {
        std::array<std::uint8_t, 65536> slot{};
        std::vector<std::vector<PayloadDecoder>> lists;
        void add(std::uint16_t port, PayloadDecoder decoder);
    };
    void runPorts(const PortTable& table, const decode::DecodedPacket& packet, std::int64_t timestampNs,
                  FactList& facts) const;

    PortTable m_tcp, m_udp;
    std::vector<Entry> m_etherTypes;
    std::vector<PayloadDecoder> m_llc;
};

} // namespace mieruka::protocols
