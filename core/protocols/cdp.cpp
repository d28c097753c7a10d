// SPDX-License-Identifier: GPL-3.0-or-later
#include "cdp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"
#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "cdp";
constexpr float kStated = 0.95f;
constexpr float kHeuristic = 0.7f;

// TLV types (Cisco CDP; the same numbers Wireshark and tcpdump print).
constexpr std::uint16_t kTlvDeviceId = 0x0001;
constexpr std::uint16_t kTlvAddresses = 0x0002;
constexpr std::uint16_t kTlvPortId = 0x0003;
constexpr std::uint16_t kTlvCapabilities = 0x0004;
constexpr std::uint16_t kTlvSoftwareVersion = 0x0005;
constexpr std::uint16_t kTlvPlatform = 0x0006;
constexpr std::uint16_t kTlvManagementAddresses = 0x0016;

constexpr int kMaxTlvs = 256;
// Address lists are tiny in practice; the bound keeps a hostile count from looping long.
constexpr std::uint32_t kMaxAddresses = 16;

void add(FactList& facts, std::size_t firstOwn, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    // Addresses and management addresses usually repeat the same IP: one fact is enough.
    for (std::size_t i = firstOwn; i < facts.size(); ++i)
        if (facts[i].attribute == attribute && facts[i].value == value)
            return;
    facts.push_back(IdentityFact{Subject::Source, attribute, kProtocol, std::move(value), confidence, {}, {}});
}

/// The address list of TLVs 0x0002 and 0x0016: count, then (protocol type, protocol, address).
void decodeAddresses(net::ByteReader value, FactList& facts, std::size_t firstOwn)
{
    const auto count = value.be32();
    if (!count)
        return;
    for (std::uint32_t i = 0; i < *count && i < kMaxAddresses; ++i) {
        const auto protocolType = value.u8();
        const auto protocolLength = value.u8();
        if (!protocolType || !protocolLength)
            return;
        const auto protocol = value.bytes(*protocolLength);
        const auto addressLength = protocol ? value.be16() : std::nullopt;
        const auto address = addressLength ? value.bytes(*addressLength) : std::nullopt;
        if (!address)
            return;
        // NLPID 0xCC is IPv4; an 802.2 SNAP header ending in ethertype 0x86DD is IPv6.
        const bool ipv4 = *protocolType == 1 && protocol->size() == 1 && (*protocol)[0] == std::byte{0xcc} &&
                          address->size() == 4;
        const bool ipv6 = *protocolType == 2 && protocol->size() == 8 && (*protocol)[6] == std::byte{0x86} &&
                          (*protocol)[7] == std::byte{0xdd} && address->size() == 16;
        if (ipv4) {
            const auto ip = net::IpAddress::v4FromBytes(*address);
            if (ip.v4Value() != 0) // switches without an SVI advertise 0.0.0.0
                add(facts, firstOwn, Attribute::ManagementAddress, ip.toString(), kStated);
        } else if (ipv6) {
            add(facts, firstOwn, Attribute::ManagementAddress, net::IpAddress::v6FromBytes(*address).toString(),
                kStated);
        }
    }
}

void decodeCapabilities(net::ByteReader value, FactList& facts, std::size_t firstOwn)
{
    static constexpr std::array<std::string_view, 8> kNames = {
        "router", "transparent_bridge", "source_route_bridge", "switch", "host", "igmp", "repeater", "phone"};
    const auto bits = value.be32();
    if (!bits)
        return;
    std::string names;
    for (std::size_t bit = 0; bit < kNames.size(); ++bit) {
        if (*bits & (1u << bit)) {
            if (!names.empty())
                names += ',';
            names += kNames[bit];
        }
    }
    add(facts, firstOwn, Attribute::Capabilities, std::move(names), kStated);
}

/// IOS/NX-OS banners carry ", Version 12.2(44)SE," — the word after "Version " is the release.
std::string releaseFromBanner(std::string_view banner)
{
    constexpr std::string_view kKey = "Version ";
    const auto at = banner.find(kKey);
    if (at == std::string_view::npos)
        return {};
    auto rest = banner.substr(at + kKey.size());
    const auto end = rest.find_first_of(" ,");
    rest = rest.substr(0, end);
    // A release starts with a digit; "Version Info" and the like are not one.
    if (rest.empty() || rest.front() < '0' || rest.front() > '9')
        return {};
    return std::string(rest);
}

} // namespace

void decodeCdp(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto first = reader.peekU8();
    if (first == std::uint8_t{0xaa}) {
        // Payload from the LLC header on: AA AA 03, SNAP OUI 00 00 0C, PID 0x2000.
        const auto dsapSsap = reader.be16();
        const auto control = reader.u8();
        const auto oui = reader.be24();
        const auto pid = reader.be16();
        if (dsapSsap != std::uint16_t{0xaaaa} || control != std::uint8_t{0x03} || oui != std::uint32_t{0x00000c} ||
            pid != std::uint16_t{0x2000})
            return;
    } else if (first == std::uint8_t{1} || first == std::uint8_t{2}) {
        // The decoder already stripped LLC/SNAP and does not keep the SNAP PID, so tell CDP from
        // the other protocols sent to the same Cisco multicast (VTP, DTP, PAgP, UDLD) by the
        // address and the Device ID TLV every CDP implementation sends first.
        static const net::MacAddress kCdpMulticast =
            net::MacAddress::fromBytes(std::array<std::byte, 6>{std::byte{0x01}, std::byte{0x00}, std::byte{0x0c},
                                                                std::byte{0xcc}, std::byte{0xcc}, std::byte{0xcc}});
        if (!context.packet.hasEthernet || context.packet.linkDestination != kCdpMulticast ||
            reader.peekBe16(4) != kTlvDeviceId)
            return;
    } else {
        return;
    }
    const auto version = reader.u8();
    if (!version || (*version != 1 && *version != 2) || !reader.skip(3)) // TTL, checksum
        return;

    const std::size_t firstOwn = facts.size();
    for (int count = 0; count < kMaxTlvs; ++count) {
        const auto type = reader.be16();
        const auto length = reader.be16();
        if (!type || !length || *length < 4)
            break;
        auto value = reader.sub(*length - 4u);
        if (!value)
            break;
        switch (*type) {
        case kTlvDeviceId:
            add(facts, firstOwn, Attribute::Hostname, sanitizeText(value->rest()), kStated);
            break;
        case kTlvAddresses:
        case kTlvManagementAddresses:
            decodeAddresses(*value, facts, firstOwn);
            break;
        case kTlvPortId:
            add(facts, firstOwn, Attribute::PortId, sanitizeText(value->rest(), 64), kStated);
            break;
        case kTlvCapabilities:
            decodeCapabilities(*value, facts, firstOwn);
            break;
        case kTlvSoftwareVersion: {
            auto banner = sanitizeText(value->rest(), 512);
            add(facts, firstOwn, Attribute::FirmwareVersion, releaseFromBanner(banner), kHeuristic);
            add(facts, firstOwn, Attribute::SystemDescription, std::move(banner), kStated);
            break;
        }
        case kTlvPlatform:
            add(facts, firstOwn, Attribute::ModelName, sanitizeText(value->rest(), 128), kStated);
            break;
        default: // VTP domain, native VLAN, duplex, power, cluster hello…
            break;
        }
    }
}

} // namespace mieruka::protocols
