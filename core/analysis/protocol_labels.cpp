// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_labels.h"

#include <algorithm>
#include <array>

namespace mieruka::analysis {

namespace {

struct PortName {
    std::uint16_t port;
    std::uint8_t protocol; ///< 6 TCP, 17 UDP, 0 both
    std::string_view name;
};

// IANA registrations and the OT defaults listed in OT-PROTOCOLS.md; sorted by port.
constexpr std::array kPorts{
    PortName{20, 6, "ftp-data"},   PortName{21, 6, "ftp"},          PortName{22, 6, "ssh"},
    PortName{23, 6, "telnet"},     PortName{25, 6, "smtp"},         PortName{53, 0, "dns"},
    PortName{67, 17, "dhcp"},      PortName{68, 17, "dhcp"},        PortName{69, 17, "tftp"},
    PortName{80, 6, "http"},       PortName{102, 6, "s7comm"},      PortName{110, 6, "pop3"},
    PortName{123, 17, "ntp"},      PortName{135, 6, "msrpc"},       PortName{137, 17, "netbios-ns"},
    PortName{138, 17, "netbios-dgm"}, PortName{139, 6, "netbios-ssn"}, PortName{143, 6, "imap"},
    PortName{161, 17, "snmp"},     PortName{162, 17, "snmp-trap"},  PortName{389, 0, "ldap"},
    PortName{443, 6, "https"},     PortName{445, 6, "smb"},         PortName{502, 6, "modbus"},
    PortName{514, 17, "syslog"},   PortName{546, 17, "dhcpv6"},     PortName{547, 17, "dhcpv6"},
    PortName{1089, 0, "ff-annunc"}, PortName{1090, 0, "ff-fms"},    PortName{1091, 0, "ff-sm"},
    PortName{1433, 6, "mssql"},    PortName{1900, 17, "ssdp"},      PortName{1911, 6, "niagara-fox"},
    PortName{2222, 17, "enip-io"}, PortName{2404, 6, "iec104"},     PortName{3389, 6, "rdp"},
    PortName{4000, 17, "roc"},     PortName{4840, 6, "opcua"},      PortName{5000, 17, "slmp"},
    PortName{5007, 6, "slmp"},     PortName{5094, 0, "hart-ip"},    PortName{5353, 17, "mdns"},
    PortName{5355, 17, "llmnr"},   PortName{5900, 6, "vnc"},        PortName{5938, 0, "teamviewer"},
    PortName{9600, 0, "fins"},     PortName{18245, 6, "ge-srtp"},   PortName{20000, 0, "dnp3"},
    PortName{34962, 17, "profinet-rt"}, PortName{34963, 17, "profinet-rt"}, PortName{34964, 17, "profinet-cm"},
    PortName{44818, 0, "enip"},    PortName{47808, 17, "bacnet"},   PortName{48898, 6, "ads"},
    PortName{61450, 17, "cclink-ief-basic"},
};

const PortName* findPort(std::uint8_t ipProtocol, std::uint16_t port)
{
    auto it = std::lower_bound(kPorts.begin(), kPorts.end(), port,
                               [](const PortName& entry, std::uint16_t value) { return entry.port < value; });
    for (; it != kPorts.end() && it->port == port; ++it) {
        if (it->protocol == 0 || it->protocol == ipProtocol)
            return &*it;
    }
    return nullptr;
}

// When both ports are known, the lower one is the service (ephemeral ports are high).
const PortName* findService(std::uint8_t ipProtocol, std::uint16_t portA, std::uint16_t portB)
{
    const std::uint16_t low = std::min(portA, portB);
    const std::uint16_t high = std::max(portA, portB);
    if (const auto* entry = findPort(ipProtocol, low))
        return entry;
    return findPort(ipProtocol, high);
}

} // namespace

std::string_view ProtocolLabels::forPorts(std::uint8_t ipProtocol, std::uint16_t portA, std::uint16_t portB)
{
    if (const auto* entry = findService(ipProtocol, portA, portB))
        return entry->name;
    return ipProtocol == 6 ? "tcp" : ipProtocol == 17 ? "udp" : forIpProtocol(ipProtocol);
}

std::uint16_t ProtocolLabels::servicePort(std::uint8_t ipProtocol, std::uint16_t portA, std::uint16_t portB)
{
    const auto* entry = findService(ipProtocol, portA, portB);
    return entry ? entry->port : 0;
}

std::string_view ProtocolLabels::forIpProtocol(std::uint8_t ipProtocol)
{
    switch (ipProtocol) {
    case 1: return "icmp";
    case 2: return "igmp";
    case 6: return "tcp";
    case 17: return "udp";
    case 47: return "gre";
    case 50: return "esp";
    case 51: return "ah";
    case 58: return "icmpv6";
    case 89: return "ospf";
    case 103: return "pim";
    case 112: return "vrrp";
    case 132: return "sctp";
    default: return "ip";
    }
}

std::string_view ProtocolLabels::forEtherType(std::uint16_t etherType)
{
    switch (etherType) {
    case 0x0000: return "llc";
    case 0x0806: return "arp";
    case 0x0842: return "wake-on-lan";
    case 0x22f0: return "avtp";
    case 0x8035: return "rarp";
    case 0x809b: return "appletalk";
    case 0x8137: return "ipx";
    case 0x8809: return "slow-protocols";
    case 0x8847: case 0x8848: return "mpls";
    case 0x8863: case 0x8864: return "pppoe";
    case 0x886f: return "ms-nlb";
    case 0x888e: return "eapol";
    case 0x8892: return "profinet-rt";
    case 0x88a4: return "ethercat";
    case 0x88ab: return "powerlink";
    case 0x88b8: return "goose";
    case 0x88b9: return "gse";
    case 0x88ba: return "sv";
    case 0x88cc: return "lldp";
    case 0x88e3: return "mrp";
    case 0x88f7: return "ptp";
    case 0x88fb: return "prp";
    case 0x890f: return "cclink-ie";
    case 0x892f: return "hsr";
    case 0x9000: return "loopback";
    default: return "ethernet";
    }
}

} // namespace mieruka::analysis
