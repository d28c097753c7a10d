// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/packet_builder.h"

#include <stdexcept>

namespace mieruka::test {

namespace {

void putBe16(Bytes& out, std::size_t at, std::uint16_t value)
{
    out[at] = static_cast<std::byte>(value >> 8);
    out[at + 1] = static_cast<std::byte>(value);
}

void appendU8(Bytes& out, std::uint8_t value)
{
    out.push_back(static_cast<std::byte>(value));
}

void appendBe16(Bytes& out, std::uint16_t value)
{
    appendU8(out, static_cast<std::uint8_t>(value >> 8));
    appendU8(out, static_cast<std::uint8_t>(value));
}

void appendBe32(Bytes& out, std::uint32_t value)
{
    appendBe16(out, static_cast<std::uint16_t>(value >> 16));
    appendBe16(out, static_cast<std::uint16_t>(value));
}

void appendMac(Bytes& out, std::string_view text)
{
    const net::MacAddress address = mac(text); // keep the temporary alive for the loop
    for (auto octet : address.octets())
        appendU8(out, octet);
}

void appendIp(Bytes& out, const net::IpAddress& address)
{
    const std::size_t size = address.isV4() ? 4 : 16;
    for (std::size_t i = 0; i < size; ++i)
        appendU8(out, address.octets()[i]);
}

void append(Bytes& out, const Bytes& more)
{
    out.insert(out.end(), more.begin(), more.end());
}

void padTo(Bytes& out, std::size_t multiple)
{
    while (out.size() % multiple != 0)
        out.push_back(std::byte{0});
}

std::uint32_t partialSum(const Bytes& data, std::uint32_t sum)
{
    for (std::size_t i = 0; i < data.size(); i += 2) {
        const auto high = static_cast<std::uint32_t>(data[i]) << 8;
        const auto low = i + 1 < data.size() ? static_cast<std::uint32_t>(data[i + 1]) : 0u;
        sum += high | low;
    }
    return sum;
}

} // namespace

std::uint16_t internetChecksum(const Bytes& data, std::uint32_t initial)
{
    std::uint32_t sum = partialSum(data, initial);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

Bytes bytesFromHex(std::string_view hex)
{
    Bytes out;
    int high = -1;
    for (char c : hex) {
        if (c == ' ' || c == ':' || c == '-' || c == '\n' || c == '\t')
            continue;
        int value = -1;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            value = c - 'A' + 10;
        if (value < 0)
            throw std::invalid_argument("bad hex digit");
        if (high < 0) {
            high = value;
        } else {
            out.push_back(static_cast<std::byte>(high * 16 + value));
            high = -1;
        }
    }
    if (high >= 0)
        throw std::invalid_argument("odd number of hex digits");
    return out;
}

Bytes bytesFromString(std::string_view text)
{
    Bytes out;
    for (char c : text)
        out.push_back(static_cast<std::byte>(c));
    return out;
}

net::MacAddress mac(std::string_view text)
{
    auto parsed = net::MacAddress::parse(text);
    if (!parsed)
        throw std::invalid_argument("bad MAC address");
    return *parsed;
}

net::IpAddress ip(std::string_view text)
{
    auto parsed = net::IpAddress::parse(text);
    if (!parsed)
        throw std::invalid_argument("bad IP address");
    return *parsed;
}

TcpOptionBytes& TcpOptionBytes::mss(std::uint16_t value)
{
    appendU8(m_bytes, 2);
    appendU8(m_bytes, 4);
    appendBe16(m_bytes, value);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::windowScale(std::uint8_t shift)
{
    appendU8(m_bytes, 3);
    appendU8(m_bytes, 3);
    appendU8(m_bytes, shift);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::sackPermitted()
{
    appendU8(m_bytes, 4);
    appendU8(m_bytes, 2);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::timestamps(std::uint32_t value, std::uint32_t echo)
{
    appendU8(m_bytes, 8);
    appendU8(m_bytes, 10);
    appendBe32(m_bytes, value);
    appendBe32(m_bytes, echo);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::nop()
{
    appendU8(m_bytes, 1);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::eol()
{
    appendU8(m_bytes, 0);
    return *this;
}

TcpOptionBytes& TcpOptionBytes::raw(const Bytes& bytes)
{
    append(m_bytes, bytes);
    return *this;
}

PacketBuilder& PacketBuilder::ethernet(std::string_view destination, std::string_view source,
                                       std::optional<std::uint16_t> etherType)
{
    Layer layer{Kind::Ethernet, {}, etherType, 0, {}, {}, {}, {}, {}, {}};
    appendMac(layer.header, destination);
    appendMac(layer.header, source);
    appendBe16(layer.header, 0);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::ethernet8023(std::string_view destination, std::string_view source,
                                           std::optional<std::uint16_t> length)
{
    ethernet(destination, source);
    m_layers.back().kind = Kind::Ethernet8023;
    m_layers.back().field = length;
    return *this;
}

PacketBuilder& PacketBuilder::vlan(std::uint16_t id, std::uint16_t tpid, std::uint8_t priority)
{
    Layer layer{Kind::Vlan, {}, tpid, 0, {}, {}, {}, {}, {}, {}};
    appendBe16(layer.header, static_cast<std::uint16_t>(priority << 13 | (id & 0x0fff)));
    appendBe16(layer.header, 0);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::arp(std::uint16_t operation, std::string_view senderMac, std::string_view senderIp,
                                  std::string_view targetMac, std::string_view targetIp)
{
    Layer layer{Kind::Arp, {}, {}, 0, {}, {}, {}, {}, {}, {}};
    appendBe16(layer.header, 1);
    appendBe16(layer.header, 0x0800);
    appendU8(layer.header, 6);
    appendU8(layer.header, 4);
    appendBe16(layer.header, operation);
    appendMac(layer.header, senderMac);
    appendIp(layer.header, ip(senderIp));
    appendMac(layer.header, targetMac);
    appendIp(layer.header, ip(targetIp));
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::ipv4(std::string_view source, std::string_view destination, const Ipv4Fields& fields)
{
    Layer layer{Kind::Ipv4, {}, {}, 0, fields, {}, {}, {}, ip(source), ip(destination)};
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::ipv6(std::string_view source, std::string_view destination, const Ipv6Fields& fields)
{
    Layer layer{Kind::Ipv6, {}, {}, 0, {}, fields, {}, {}, ip(source), ip(destination)};
    m_layers.push_back(std::move(layer));
    return *this;
}

namespace {

// Next header and length bytes are filled in by build(); the body is padded to 8-byte units.
Bytes optionExtension(const Bytes& body)
{
    Bytes header(2 + body.size()); // sized up front: GCC 12 -O3 misreads a grow-by-insert here
    std::copy(body.begin(), body.end(), header.begin() + 2);
    if (header.size() < 8)
        header.resize(8);
    padTo(header, 8);
    header[1] = static_cast<std::byte>(header.size() / 8 - 1);
    return header;
}

} // namespace

PacketBuilder& PacketBuilder::ipv6HopByHop(const Bytes& optionBytes)
{
    m_layers.push_back({Kind::Ipv6Ext, optionExtension(optionBytes), {}, 0, {}, {}, {}, {}, {}, {}});
    return *this;
}

PacketBuilder& PacketBuilder::ipv6DestinationOptions(const Bytes& optionBytes)
{
    m_layers.push_back({Kind::Ipv6Ext, optionExtension(optionBytes), {}, 60, {}, {}, {}, {}, {}, {}});
    return *this;
}

PacketBuilder& PacketBuilder::ipv6Routing(std::uint8_t routingType, std::uint8_t segmentsLeft, const Bytes& data)
{
    Bytes body{static_cast<std::byte>(routingType), static_cast<std::byte>(segmentsLeft)};
    append(body, data);
    m_layers.push_back({Kind::Ipv6Ext, optionExtension(body), {}, 43, {}, {}, {}, {}, {}, {}});
    return *this;
}

PacketBuilder& PacketBuilder::ipv6Fragment(std::uint16_t offset, bool moreFragments, std::uint32_t identification)
{
    Bytes header{std::byte{0}, std::byte{0}};
    appendBe16(header, static_cast<std::uint16_t>(offset << 3 | (moreFragments ? 1 : 0)));
    appendBe32(header, identification);
    m_layers.push_back({Kind::Ipv6Ext, header, {}, 44, {}, {}, {}, {}, {}, {}});
    return *this;
}

PacketBuilder& PacketBuilder::gre(std::optional<std::uint32_t> key, std::optional<std::uint16_t> protocol)
{
    Layer layer{Kind::Gre, {}, {}, 0, {}, {}, {}, {}, {}, {}};
    if (protocol)
        layer.field = *protocol;
    appendBe16(layer.header, key ? 0x2000 : 0);
    appendBe16(layer.header, 0);
    if (key)
        appendBe32(layer.header, *key);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::tcp(std::uint16_t sourcePort, std::uint16_t destinationPort, const TcpFields& fields)
{
    Layer layer{Kind::Tcp, {}, {}, 0, {}, {}, fields, {}, {}, {}};
    appendBe16(layer.header, sourcePort);
    appendBe16(layer.header, destinationPort);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::udp(std::uint16_t sourcePort, std::uint16_t destinationPort, const UdpFields& fields)
{
    Layer layer{Kind::Udp, {}, {}, 0, {}, {}, {}, fields, {}, {}};
    appendBe16(layer.header, sourcePort);
    appendBe16(layer.header, destinationPort);
    appendBe16(layer.header, 0);
    appendBe16(layer.header, 0);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::icmp(std::uint8_t type, std::uint8_t code, std::uint32_t rest)
{
    Layer layer{Kind::Icmp, {}, {}, 0, {}, {}, {}, {}, {}, {}};
    appendU8(layer.header, type);
    appendU8(layer.header, code);
    appendBe16(layer.header, 0);
    appendBe32(layer.header, rest);
    m_layers.push_back(std::move(layer));
    return *this;
}

PacketBuilder& PacketBuilder::icmpv6(std::uint8_t type, std::uint8_t code, std::uint32_t rest)
{
    icmp(type, code, rest);
    m_layers.back().kind = Kind::Icmpv6;
    return *this;
}

PacketBuilder& PacketBuilder::icmpv6NeighborSolicitation(std::string_view target,
                                                         std::optional<std::string_view> sourceLinkAddress)
{
    icmpv6(135, 0, 0);
    Bytes& header = m_layers.back().header;
    appendIp(header, ip(target));
    if (sourceLinkAddress) {
        appendU8(header, 1); // source link-layer address option, 8 bytes
        appendU8(header, 1);
        appendMac(header, *sourceLinkAddress);
    }
    return *this;
}

PacketBuilder& PacketBuilder::icmpv6NeighborAdvertisement(std::string_view target, bool router, bool solicited,
                                                          bool override_, std::optional<std::string_view> targetLinkAddress)
{
    const std::uint32_t flags = (router ? 0x80000000u : 0u) | (solicited ? 0x40000000u : 0u) | (override_ ? 0x20000000u : 0u);
    icmpv6(136, 0, flags);
    Bytes& header = m_layers.back().header;
    appendIp(header, ip(target));
    if (targetLinkAddress) {
        appendU8(header, 2); // target link-layer address option
        appendU8(header, 1);
        appendMac(header, *targetLinkAddress);
    }
    return *this;
}

PacketBuilder& PacketBuilder::payload(const Bytes& bytes)
{
    m_layers.push_back({Kind::Payload, bytes, {}, 0, {}, {}, {}, {}, {}, {}});
    return *this;
}

PacketBuilder& PacketBuilder::payload(std::string_view text)
{
    return payload(bytesFromString(text));
}

PacketBuilder& PacketBuilder::trailer(std::size_t count)
{
    m_trailer = count;
    return *this;
}

PacketBuilder& PacketBuilder::withChecksums(bool enabled)
{
    m_checksums = enabled;
    return *this;
}

std::optional<std::uint16_t> PacketBuilder::etherTypeOf(const Layer* layer)
{
    if (!layer)
        return std::nullopt;
    switch (layer->kind) {
    case Kind::Vlan:
        return static_cast<std::uint16_t>(*layer->field);
    case Kind::Ipv4:
        return 0x0800;
    case Kind::Ipv6:
        return 0x86dd;
    case Kind::Arp:
        return 0x0806;
    case Kind::Ethernet:
    case Kind::Ethernet8023:
        return 0x6558;
    default:
        return std::nullopt;
    }
}

std::optional<std::uint8_t> PacketBuilder::ipProtocolOf(const Layer* layer)
{
    if (!layer)
        return std::nullopt;
    switch (layer->kind) {
    case Kind::Ipv4:
        return 4;
    case Kind::Ipv6:
        return 41;
    case Kind::Ipv6Ext:
        return layer->extType;
    case Kind::Gre:
        return 47;
    case Kind::Tcp:
        return 6;
    case Kind::Udp:
        return 17;
    case Kind::Icmp:
        return 1;
    case Kind::Icmpv6:
        return 58;
    default:
        return std::nullopt;
    }
}

const PacketBuilder::Layer* PacketBuilder::enclosingIp(std::size_t index) const
{
    while (index-- > 0) {
        const Layer& layer = m_layers[index];
        if (layer.kind == Kind::Ipv4 || layer.kind == Kind::Ipv6)
            return &layer;
        if (layer.kind != Kind::Ipv6Ext)
            return nullptr;
    }
    return nullptr;
}

std::uint16_t PacketBuilder::transportChecksum(std::size_t index, std::uint8_t protocol, const Bytes& segment) const
{
    Bytes pseudo;
    if (const Layer* ipLayer = enclosingIp(index)) {
        appendIp(pseudo, ipLayer->source);
        appendIp(pseudo, ipLayer->destination);
        if (ipLayer->kind == Kind::Ipv4) {
            appendU8(pseudo, 0);
            appendU8(pseudo, protocol);
            appendBe16(pseudo, static_cast<std::uint16_t>(segment.size()));
        } else {
            appendBe32(pseudo, static_cast<std::uint32_t>(segment.size()));
            appendBe32(pseudo, protocol);
        }
    }
    return internetChecksum(segment, partialSum(pseudo, 0));
}

Bytes PacketBuilder::build() const
{
    Bytes inner;
    for (std::size_t i = m_layers.size(); i-- > 0;) {
        const Layer& layer = m_layers[i];
        const Layer* next = i + 1 < m_layers.size() ? &m_layers[i + 1] : nullptr;
        Bytes header = layer.header;
        switch (layer.kind) {
        case Kind::Payload:
        case Kind::Arp:
            break;
        case Kind::Ethernet:
            putBe16(header, 12, static_cast<std::uint16_t>(layer.field.value_or(etherTypeOf(next).value_or(0))));
            break;
        case Kind::Ethernet8023:
            putBe16(header, 12, static_cast<std::uint16_t>(layer.field.value_or(static_cast<std::uint32_t>(inner.size()))));
            break;
        case Kind::Vlan:
            putBe16(header, 2, etherTypeOf(next).value_or(0));
            break;
        case Kind::Ipv6Ext:
            header[0] = static_cast<std::byte>(ipProtocolOf(next).value_or(59));
            break;
        case Kind::Gre:
            putBe16(header, 2, static_cast<std::uint16_t>(layer.field.value_or(etherTypeOf(next).value_or(0))));
            break;
        case Kind::Ipv4: {
            const Ipv4Fields& f = layer.v4;
            Bytes options = f.options;
            padTo(options, 4);
            const std::size_t headerLength = 20 + options.size();
            appendU8(header, static_cast<std::uint8_t>(f.version.value_or(4) << 4 | f.ihl.value_or(static_cast<std::uint8_t>(headerLength / 4))));
            appendU8(header, f.tos);
            appendBe16(header, f.totalLength.value_or(static_cast<std::uint16_t>(headerLength + inner.size())));
            appendBe16(header, f.identification);
            appendBe16(header, static_cast<std::uint16_t>((f.dontFragment ? 0x4000 : 0) | (f.moreFragments ? 0x2000 : 0)
                                                          | (f.fragmentOffset & 0x1fff)));
            appendU8(header, f.ttl);
            appendU8(header, f.protocol.value_or(ipProtocolOf(next).value_or(253)));
            appendBe16(header, 0);
            appendIp(header, layer.source);
            appendIp(header, layer.destination);
            append(header, options);
            putBe16(header, 10, internetChecksum(header));
            break;
        }
        case Kind::Ipv6: {
            const Ipv6Fields& f = layer.v6;
            appendBe32(header, 0x60000000u | (f.flowLabel & 0xfffff));
            appendBe16(header, f.payloadLength.value_or(static_cast<std::uint16_t>(inner.size())));
            appendU8(header, f.nextHeader.value_or(ipProtocolOf(next).value_or(59)));
            appendU8(header, f.hopLimit);
            appendIp(header, layer.source);
            appendIp(header, layer.destination);
            break;
        }
        case Kind::Tcp: {
            const TcpFields& f = layer.tcp;
            Bytes options = f.options;
            padTo(options, 4);
            appendBe32(header, f.seq);
            appendBe32(header, f.ack);
            appendU8(header, static_cast<std::uint8_t>(f.dataOffset.value_or(static_cast<std::uint8_t>((20 + options.size()) / 4)) << 4));
            appendU8(header, f.flags);
            appendBe16(header, f.window);
            appendBe16(header, 0);
            appendBe16(header, 0);
            append(header, options);
            if (m_checksums) {
                Bytes segment = header;
                append(segment, inner);
                putBe16(header, 16, transportChecksum(i, 6, segment));
            }
            break;
        }
        case Kind::Udp:
            putBe16(header, 4, layer.udp.length.value_or(static_cast<std::uint16_t>(8 + inner.size())));
            if (m_checksums) {
                Bytes segment = header;
                append(segment, inner);
                const std::uint16_t sum = transportChecksum(i, 17, segment);
                putBe16(header, 6, sum == 0 ? 0xffff : sum);
            }
            break;
        case Kind::Icmp:
        case Kind::Icmpv6:
            if (m_checksums) {
                Bytes message = header;
                append(message, inner);
                putBe16(header, 2, layer.kind == Kind::Icmp ? internetChecksum(message) : transportChecksum(i, 58, message));
            }
            break;
        }
        header.insert(header.end(), inner.begin(), inner.end());
        inner = std::move(header);
    }
    inner.resize(inner.size() + m_trailer);
    return inner;
}

} // namespace mieruka::test
