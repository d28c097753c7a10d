// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "dhcp";

// RFC 2131 fixed part: op … file, then the magic cookie.
constexpr std::size_t kFixedLength = 236;
constexpr std::uint32_t kMagicCookie = 0x63825363;

constexpr std::uint8_t kBootRequest = 1;
constexpr std::uint8_t kBootReply = 2;

enum MessageType : std::uint8_t { Discover = 1, Offer = 2, Request = 3, Ack = 5, Inform = 8 };

enum Option : std::uint8_t {
    Pad = 0,
    HostName = 12,
    MessageTypeOption = 53,
    ServerId = 54,
    ParameterList = 55,
    VendorClass = 60,
    ClientId = 61,
    ClientFqdn = 81,
    End = 255,
};

// The option values we keep; each is a view into the payload.
struct Options {
    std::optional<std::uint8_t> messageType;
    std::span<const std::byte> hostName;
    std::span<const std::byte> parameterList;
    std::span<const std::byte> vendorClass;
    std::span<const std::byte> clientId;
    std::span<const std::byte> clientFqdn;
    std::span<const std::byte> serverId;
};

Options readOptions(net::ByteReader reader)
{
    Options options;
    // Every pass consumes at least one byte, so the loop is bounded by the payload size.
    while (!reader.atEnd()) {
        const auto code = reader.u8();
        if (!code || *code == End)
            break;
        if (*code == Pad)
            continue;
        const auto length = reader.u8();
        if (!length)
            break;
        const auto value = reader.bytes(*length);
        if (!value)
            break; // a truncated option is not trusted
        switch (*code) {
        case MessageTypeOption:
            if (value->size() == 1)
                options.messageType = static_cast<std::uint8_t>((*value)[0]);
            break;
        case HostName: options.hostName = *value; break;
        case ParameterList: options.parameterList = *value; break;
        case VendorClass: options.vendorClass = *value; break;
        case ClientId: options.clientId = *value; break;
        case ClientFqdn: options.clientFqdn = *value; break;
        case ServerId: options.serverId = *value; break;
        default: break; // option 52 (overload) is ignored: sname/file are not searched
        }
    }
    return options;
}

std::string decimalList(std::span<const std::byte> codes)
{
    std::string out;
    for (const std::byte code : codes) {
        if (!out.empty())
            out.push_back(',');
        out += std::to_string(static_cast<unsigned>(code));
    }
    return out;
}

std::string hexBytes(std::span<const std::byte> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const std::byte b : bytes.first(std::min<std::size_t>(bytes.size(), 64))) {
        if (!out.empty())
            out.push_back(':');
        out.push_back(kDigits[static_cast<unsigned>(b) >> 4]);
        out.push_back(kDigits[static_cast<unsigned>(b) & 0x0f]);
    }
    return out;
}

bool isPrintable(std::span<const std::byte> bytes)
{
    for (const std::byte b : bytes) {
        const auto c = static_cast<unsigned>(b);
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return !bytes.empty();
}

// Option 61: type 0 means free text (RFC 2132); anything else (1 = Ethernet + MAC) is binary.
std::string clientIdText(std::span<const std::byte> value)
{
    if (value.size() > 1 && value[0] == std::byte{0} && isPrintable(value.subspan(1)))
        return sanitizeText(value.subspan(1));
    return hexBytes(value);
}

// Option 81 (RFC 4702): flags, two obsolete rcodes, then the name, in DNS wire format when the E
// flag (0x04) is set, else ASCII. Returns the sanitised FQDN, empty when unusable.
std::string clientFqdnText(std::span<const std::byte> value)
{
    net::ByteReader reader(value);
    const auto flags = reader.u8();
    if (!flags || !reader.skip(2))
        return {};
    if ((*flags & 0x04) == 0)
        return sanitizeText(reader.rest());
    std::string name;
    // Labels are at most 63 bytes and the option at most 255, so this runs at most 128 times.
    while (!reader.atEnd()) {
        const auto length = reader.u8();
        if (!length || *length == 0 || *length > 63)
            break;
        const auto label = reader.chars(*length);
        if (!label)
            return {};
        if (!name.empty())
            name.push_back('.');
        name.append(*label);
    }
    return sanitizeText(name);
}

std::string firstLabel(const std::string& fqdn)
{
    return fqdn.substr(0, fqdn.find('.'));
}

struct Target {
    Subject subject = Subject::Source;
    std::optional<net::IpAddress> ip;
    std::optional<net::MacAddress> mac;
};

void add(FactList& facts, const Target& target, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back({target.subject, attribute, kProtocol, std::move(value), confidence, target.ip, target.mac});
}

void addNames(FactList& facts, const Target& target, const Options& options, float confidence)
{
    const std::string hostName = sanitizeText(options.hostName);
    add(facts, target, Attribute::Hostname, hostName, confidence);
    if (options.clientFqdn.empty())
        return;
    const std::string fqdn = clientFqdnText(options.clientFqdn);
    if (fqdn.find('.') != std::string::npos)
        add(facts, target, Attribute::DomainName, fqdn, confidence);
    if (hostName.empty())
        add(facts, target, Attribute::Hostname, firstLabel(fqdn), confidence);
}

} // namespace

void decodeDhcp(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto op = reader.peekU8(0);
    if (!op || (*op != kBootRequest && *op != kBootReply) || reader.remaining() < kFixedLength + 4)
        return;
    reader.skip(1);
    const auto htype = reader.u8();
    const auto hlen = reader.u8();
    reader.skip(1 + 4 + 2 + 2); // hops, xid, secs, flags
    const auto ciaddr = reader.bytes(4);
    const auto yiaddr = reader.bytes(4);
    reader.skip(4); // siaddr
    const auto giaddr = reader.bytes(4);
    const auto chaddr = reader.bytes(16);
    reader.skip(64 + 128); // sname, file
    const auto cookie = reader.be32();
    if (!htype || !hlen || !ciaddr || !yiaddr || !giaddr || !chaddr || cookie != kMagicCookie)
        return;

    const Options options = readOptions(reader);
    std::optional<net::MacAddress> clientMac;
    if (*htype == 1 && *hlen == 6)
        clientMac = net::MacAddress::fromBytes(chaddr->first(6));
    const net::IpAddress clientIp = net::IpAddress::v4FromBytes(*ciaddr);
    const net::IpAddress relay = net::IpAddress::v4FromBytes(*giaddr);
    const decode::IpLayer* ip = context.packet.innerIp();

    if (*op == kBootRequest) {
        // Plain BOOTP has no option 53; DHCP messages other than these carry no identity.
        if (options.messageType && *options.messageType != Discover && *options.messageType != Request
            && *options.messageType != Inform)
            return;
        Target target;
        // A client without an address (0.0.0.0) or a relayed request is not the IP source:
        // name it by its hardware address (and ciaddr when it has one).
        const bool sourceIsClient = ip && !ip->src.isUnspecified() && relay.isUnspecified();
        if (!sourceIsClient) {
            if (!clientMac)
                return;
            target.subject = Subject::Explicit;
            target.mac = clientMac;
            if (!clientIp.isUnspecified())
                target.ip = clientIp;
        }
        addNames(facts, target, options, 0.95f);
        add(facts, target, Attribute::DhcpFingerprint, decimalList(options.parameterList), 0.95f);
        add(facts, target, Attribute::DhcpVendorClass, sanitizeText(options.vendorClass), 0.95f);
        if (!options.clientId.empty())
            add(facts, target, Attribute::DhcpClientId, clientIdText(options.clientId), 0.95f);
        return;
    }

    if (!options.messageType || (*options.messageType != Offer && *options.messageType != Ack))
        return;
    Target server;
    // A relay forwards the reply from its own address; option 54 names the real server.
    if (options.serverId.size() == 4) {
        const net::IpAddress serverId = net::IpAddress::v4FromBytes(options.serverId);
        if (!ip || ip->src != serverId) {
            server.subject = Subject::Explicit;
            server.ip = serverId;
        }
    }
    // Without option 54 a relayed reply does not say which host is the server.
    if (options.serverId.size() == 4 || relay.isUnspecified())
        add(facts, server, Attribute::ProtocolRole, "dhcp:server", 0.95f);

    const net::IpAddress leased = net::IpAddress::v4FromBytes(*yiaddr);
    if (leased.isUnspecified() && !clientMac)
        return;
    Target client{Subject::Explicit, std::nullopt, clientMac};
    if (!leased.isUnspecified())
        client.ip = leased;
    // The server repeats what it was told or what it assigned: indirect evidence.
    addNames(facts, client, options, 0.7f);
}

} // namespace mieruka::protocols
