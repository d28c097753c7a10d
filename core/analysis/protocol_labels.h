// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace mieruka::analysis {

/// Short, stable protocol labels used in series, conversations and the ledger.
/// Returned views point to static storage.
class ProtocolLabels {
public:
    /// For TCP/UDP: the service named by either port ("modbus", "s7comm", "http", …), else "tcp"/"udp".
    static std::string_view forPorts(std::uint8_t ipProtocol, std::uint16_t portA, std::uint16_t portB);
    /// For other IP protocols: "icmp", "igmp", "gre", … or "ip".
    static std::string_view forIpProtocol(std::uint8_t ipProtocol);
    /// For non-IP frames: "arp", "lldp", "profinet-rt", "goose", … or "ethernet"; 0 means 802.3/LLC.
    static std::string_view forEtherType(std::uint16_t etherType);
    /// The port (of the two) that names a known service, or 0.
    static std::uint16_t servicePort(std::uint8_t ipProtocol, std::uint16_t portA, std::uint16_t portB);
};

} // namespace mieruka::analysis
