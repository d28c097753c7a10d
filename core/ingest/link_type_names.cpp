// SPDX-License-Identifier: GPL-3.0-or-later
#include "link_type_names.h"

namespace mieruka::ingest {

std::string_view linkTypeName(int linkType)
{
    // Names from the tcpdump.org LINKTYPE_ registry, for the types met in plant captures.
    switch (linkType) {
    case 0: return "BSD loopback";
    case 1: return "Ethernet";
    case 6: return "IEEE 802.5 Token Ring";
    case 7: return "ARCNET";
    case 8: return "SLIP";
    case 9: return "PPP";
    case 10: return "FDDI";
    case 50: return "PPP over HDLC";
    case 101: return "raw IP";
    case 104: return "Cisco HDLC";
    case 105: return "IEEE 802.11";
    case 108: return "OpenBSD loopback";
    case 113: return "Linux cooked (SLL)";
    case 119: return "IEEE 802.11 + Prism";
    case 127: return "IEEE 802.11 + radiotap";
    case 129: return "ARCNET (Linux)";
    case 147: case 148: case 149: case 150: case 151: case 152: case 153: case 154:
    case 155: case 156: case 157: case 158: case 159: case 160: case 161: case 162:
        return "user-defined";
    case 165: return "MTP3";
    case 187: return "Bluetooth HCI H4";
    case 195: return "IEEE 802.15.4";
    case 215: return "IEEE 802.15.4 (no FCS)";
    case 220: return "USB (Linux, mmapped)";
    case 228: return "raw IPv4";
    case 229: return "raw IPv6";
    case 230: return "IEEE 802.15.4 (non-ASK PHY)";
    case 249: return "Netlink";
    case 250: return "SEL RTAC serial";
    case 253: return "Linux netlink";
    case 276: return "Linux cooked v2 (SLL2)";
    default: return "unknown";
    }
}

} // namespace mieruka::ingest
