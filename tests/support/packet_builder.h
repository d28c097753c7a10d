// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::test {

using Bytes = std::vector<std::byte>;

/// "00 1b 1b" / "001b1b" / "00:1b:1b" → bytes (whitespace, ':' and '-' ignored). Throws on bad hex.
Bytes bytesFromHex(std::string_view hex);
Bytes bytesFromString(std::string_view text);
/// Parse helpers that throw std::invalid_argument on bad text (tests only).
net::MacAddress mac(std::string_view text);
net::IpAddress ip(std::string_view text);

namespace tcpflag {
inline constexpr std::uint8_t kFin = 0x01, kSyn = 0x02, kRst = 0x04, kPsh = 0x08, kAck = 0x10, kUrg = 0x20;
} // namespace tcpflag

/// Builds the bytes of a TCP options area in the order the calls are made (no padding).
class TcpOptionBytes {
public:
    TcpOptionBytes& mss(std::uint16_t value);
    TcpOptionBytes& windowScale(std::uint8_t shift);
    TcpOptionBytes& sackPermitted();
    TcpOptionBytes& timestamps(std::uint32_t value, std::uint32_t echo);
    TcpOptionBytes& nop();
    TcpOptionBytes& eol();
    TcpOptionBytes& raw(const Bytes& bytes);
    const Bytes& bytes() const { return m_bytes; }

private:
    Bytes m_bytes;
};

struct Ipv4Fields {
    std::uint8_t ttl = 64;
    std::uint8_t tos = 0;
    std::uint16_t identification = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0;        ///< in 8-byte units
    Bytes options;                           ///< padded with zeros (EOL) to a multiple of 4
    std::optional<std::uint8_t> protocol;    ///< default: from the next layer
    std::optional<std::uint16_t> totalLength; ///< default: header + everything after it
    std::optional<std::uint8_t> ihl;          ///< header length in 32-bit words; default computed
    std::optional<std::uint8_t> version;      ///< default 4
};

struct Ipv6Fields {
    std::uint8_t hopLimit = 64;
    std::uint32_t flowLabel = 0;
    std::optional<std::uint8_t> nextHeader;     ///< default: from the next layer
    std::optional<std::uint16_t> payloadLength; ///< default: everything after the header
};

struct TcpFields {
    std::uint8_t flags = tcpflag::kSyn;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t window = 65535;
    Bytes options;                            ///< padded with zeros to a multiple of 4
    std::optional<std::uint8_t> dataOffset;   ///< in 32-bit words; default computed
};

struct UdpFields {
    std::optional<std::uint16_t> length; ///< default: 8 + payload
};

/// Crafts frames layer by layer, outermost first; build() fills lengths, next-protocol fields and
/// the IPv4 header checksum (TCP/UDP/ICMP checksums with withChecksums()). Test use only.
class PacketBuilder {
public:
    PacketBuilder& ethernet(std::string_view destination, std::string_view source,
                            std::optional<std::uint16_t> etherType = std::nullopt);
    /// 802.3 frame: the type field holds the length of what follows (override with `length`).
    PacketBuilder& ethernet8023(std::string_view destination, std::string_view source,
                                std::optional<std::uint16_t> length = std::nullopt);
    /// One 802.1Q tag; its TPID goes in the preceding type field (0x8100, 0x88a8 or 0x9100).
    PacketBuilder& vlan(std::uint16_t id, std::uint16_t tpid = 0x8100, std::uint8_t priority = 0);
    PacketBuilder& arp(std::uint16_t operation, std::string_view senderMac, std::string_view senderIp,
                       std::string_view targetMac, std::string_view targetIp);
    PacketBuilder& ipv4(std::string_view source, std::string_view destination, const Ipv4Fields& fields = {});
    PacketBuilder& ipv6(std::string_view source, std::string_view destination, const Ipv6Fields& fields = {});
    /// IPv6 extension headers; `optionBytes` is padded so the header is a multiple of 8.
    PacketBuilder& ipv6HopByHop(const Bytes& optionBytes = {});
    PacketBuilder& ipv6DestinationOptions(const Bytes& optionBytes = {});
    PacketBuilder& ipv6Routing(std::uint8_t routingType = 0, std::uint8_t segmentsLeft = 0, const Bytes& data = {});
    PacketBuilder& ipv6Fragment(std::uint16_t offset, bool moreFragments, std::uint32_t identification);
    /// GRE version 0; protocol type defaults from the next layer (IPv4, IPv6, Ethernet → 0x6558).
    PacketBuilder& gre(std::optional<std::uint32_t> key = std::nullopt, std::optional<std::uint16_t> protocol = std::nullopt);
    PacketBuilder& tcp(std::uint16_t sourcePort, std::uint16_t destinationPort, const TcpFields& fields = {});
    PacketBuilder& udp(std::uint16_t sourcePort, std::uint16_t destinationPort, const UdpFields& fields = {});
    /// ICMP header; `rest` is the 4 bytes after the checksum (id/sequence, unused, ...).
    PacketBuilder& icmp(std::uint8_t type, std::uint8_t code, std::uint32_t rest = 0);
    PacketBuilder& icmpv6(std::uint8_t type, std::uint8_t code, std::uint32_t rest = 0);
    PacketBuilder& icmpv6NeighborSolicitation(std::string_view target, std::optional<std::string_view> sourceLinkAddress = std::nullopt);
    PacketBuilder& icmpv6NeighborAdvertisement(std::string_view target, bool router, bool solicited, bool override_,
                                               std::optional<std::string_view> targetLinkAddress = std::nullopt);
    PacketBuilder& payload(const Bytes& bytes);
    PacketBuilder& payload(std::string_view text);
    /// Zero bytes appended after everything else and not counted in any length (Ethernet padding).
    PacketBuilder& trailer(std::size_t count);
    PacketBuilder& withChecksums(bool enabled = true);

    Bytes build() const;

private:
    enum class Kind { Ethernet, Ethernet8023, Vlan, Arp, Ipv4, Ipv6, Ipv6Ext, Gre, Tcp, Udp, Icmp, Icmpv6, Payload };
    struct Layer {
        Kind kind;
        Bytes header;
        std::optional<std::uint32_t> field; ///< explicit type / protocol / length override
        std::uint8_t extType = 0;           ///< IPv6 extension header number
        Ipv4Fields v4;
        Ipv6Fields v6;
        TcpFields tcp;
        UdpFields udp;
        net::IpAddress source;
        net::IpAddress destination;
    };
    static std::optional<std::uint16_t> etherTypeOf(const Layer* layer);
    static std::optional<std::uint8_t> ipProtocolOf(const Layer* layer);
    const Layer* enclosingIp(std::size_t index) const;
    std::uint16_t transportChecksum(std::size_t index, std::uint8_t protocol, const Bytes& segment) const;

    std::vector<Layer> m_layers;
    std::size_t m_trailer = 0;
    bool m_checksums = false;
};

/// Internet checksum (RFC 1071) over `data`, starting from `initial` (a partial sum).
std::uint16_t internetChecksum(const Bytes& data, std::uint32_t initial = 0);

} // namespace mieruka::test
