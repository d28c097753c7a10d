// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace mieruka::decode {

/// What the innermost decoded network layer is.
enum class NetworkKind : std::uint8_t {
    None,      ///< nothing beyond the link layer could be decoded
    Arp,
    Ipv4,
    Ipv6,
    OtherEthertype, ///< a non-IP, non-ARP ethertype (PROFINET RT, LLDP, GOOSE, EtherCAT, ...) or 802.3/LLC frame
};

/// One IP header on the path from the link layer inward (outer first; tunnels add more).
struct IpLayer {
    net::IpAddress src;
    net::IpAddress dst;
    std::uint8_t protocol = 0;       ///< IPv4 protocol / IPv6 final next header
    std::uint8_t ttl = 0;            ///< TTL / hop limit
    bool dontFragment = false;
    bool isFragment = false;         ///< any fragment (MF set or offset != 0)
    bool isFirstFragment = false;    ///< offset == 0 (transport header present); true for unfragmented
    std::uint32_t identification = 0;
    std::uint16_t totalLength = 0;   ///< IPv4 total length / IPv6 payload length + 40
};

struct ArpInfo {
    std::uint16_t operation = 0;
    net::MacAddress senderMac;
    net::IpAddress senderIp;
    net::MacAddress targetMac;
    net::IpAddress targetIp;
};

/// TCP header facts needed by flows and OS fingerprinting.
struct TcpInfo {
    std::uint8_t flags = 0;          ///< FIN 0x01 SYN 0x02 RST 0x04 PSH 0x08 ACK 0x10 URG 0x20 ECE 0x40 CWR 0x80
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t window = 0;
    std::uint16_t mss = 0;           ///< 0 when absent
    std::int16_t windowScale = -1;   ///< -1 when absent
    bool sackPermitted = false;
    bool timestamps = false;
    std::array<std::uint8_t, 12> optionKinds{}; ///< option kinds in order (first 12)
    std::uint8_t optionCount = 0;
};

enum class TransportKind : std::uint8_t { None, Tcp, Udp, Icmp, Icmpv6, Other };

/// The decoded view of one frame. Everything in it points into the frame's bytes or is a copy
/// of a fixed-size field: valid only during the call that produced it. No heap allocation.
struct DecodedPacket {
    // Link layer
    int linkType = 0;
    bool hasEthernet = false;          ///< an Ethernet II / 802.3 header was decoded (MAC endpoints)
    bool hasLinkSource = false;        ///< linkSource holds a 6-byte hardware address (Ethernet, SLL, SLL2)
    net::MacAddress linkSource;
    net::MacAddress linkDestination;   ///< meaningful only when hasEthernet
    std::array<std::uint16_t, 2> vlanIds{};
    std::uint8_t vlanCount = 0;        ///< tags decoded (QinQ: 2; more are skipped and counted)
    std::uint16_t etherType = 0;       ///< innermost ethertype (0 for 802.3 length frames)
    bool isLlc = false;                ///< 802.3 length field + LLC (STP, CDP via SNAP, ...)

    NetworkKind network = NetworkKind::None;
    ArpInfo arp;                       ///< valid when network == Arp

    std::array<IpLayer, 3> ipLayers{}; ///< outer first; valid entries [0, ipLayerCount)
    std::uint8_t ipLayerCount = 0;

    TransportKind transport = TransportKind::None;
    std::uint16_t srcPort = 0;         ///< TCP/UDP ports; ICMP: type in srcPort, code in dstPort
    std::uint16_t dstPort = 0;
    TcpInfo tcp;                       ///< valid when transport == Tcp
    std::span<const std::byte> payload; ///< application bytes after the innermost decoded header (captured part)

    std::uint32_t capturedLength = 0;
    std::uint32_t originalLength = 0;

    /// Clears the packet for the next frame. The gated parts (ipLayers beyond ipLayerCount, arp
    /// unless network == Arp, tcp unless transport == Tcp) are left as they are: clearing all
    /// ~300 bytes per frame showed up in import profiles, and nothing may read them ungated.
    void reset()
    {
        linkType = 0;
        hasEthernet = false;
        hasLinkSource = false;
        linkSource = {};
        linkDestination = {};
        vlanIds = {};
        vlanCount = 0;
        etherType = 0;
        isLlc = false;
        network = NetworkKind::None;
        ipLayerCount = 0;
        transport = TransportKind::None;
        srcPort = 0;
        dstPort = 0;
        payload = {};
        capturedLength = 0;
        originalLength = 0;
    }

    /// The innermost IP layer, or nullptr.
    const IpLayer* innerIp() const { return ipLayerCount ? &ipLayers[ipLayerCount - 1] : nullptr; }
};

} // namespace mieruka::decode
