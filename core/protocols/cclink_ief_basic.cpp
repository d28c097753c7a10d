// SPDX-License-Identifier: GPL-3.0-or-later
#include "cclink_ief_basic.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "cclink_ief_basic";
constexpr std::uint16_t kCyclicCommand = 0x0E70;
// A group holds at most 16 occupied stations; a request never lists more slave addresses.
constexpr std::uint16_t kMaxStationsPerGroup = 16;

void add(FactList& facts, Subject subject, Attribute attribute, std::string value, float confidence)
{
    IdentityFact fact;
    fact.subject = subject;
    fact.attribute = attribute;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

void addAbout(FactList& facts, const net::IpAddress& ip, std::string value, float confidence)
{
    IdentityFact fact;
    fact.subject = Subject::Explicit;
    fact.attribute = Attribute::ProtocolRole;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    fact.aboutIp = ip;
    facts.push_back(std::move(fact));
}

std::string hex(std::uint32_t value, int digits)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%0*x", digits, static_cast<unsigned>(value));
    return text;
}

bool destinationIsGroup(const decode::DecodedPacket& packet)
{
    const auto* ip = packet.innerIp();
    return ip && (ip->dst.isBroadcast() || ip->dst.isMulticast());
}

// Fixed SLMP-like header: subheader, network 0x00, station 0xFF, module I/O 0x03FF,
// multidrop 0x00, data length (bytes that follow), then 0x0000 (monitoring timer / end code).
bool readHeader(net::ByteReader& reader, std::uint16_t subheader)
{
    const auto sub = reader.be16();
    const auto network = reader.u8();
    const auto station = reader.u8();
    const auto moduleIo = reader.le16();
    const auto multidrop = reader.u8();
    const auto length = reader.le16();
    const auto zero = reader.le16();
    return sub && *sub == subheader && network && *network == 0x00 && station && *station == 0xFF && moduleIo
        && *moduleIo == 0x03FF && multidrop && *multidrop == 0x00 && length && *length >= 2
        && reader.remaining() + 2 >= *length && zero && *zero == 0;
}

void decodeRequest(const PayloadContext& context, net::ByteReader& reader, FactList& facts)
{
    const auto command = reader.le16();
    const auto subcommand = reader.le16();
    if (!command || *command != kCyclicCommand || !subcommand || *subcommand != 0)
        return;
    add(facts, Subject::Source, Attribute::ProtocolRole, "cclink_ief_basic:master", 0.9f);

    // Cyclic header (20) and master notification (12), then the data header whose occupied
    // station count sizes the slave IP list (little-endian IPv4; 0xFFFFFFFF = reserved slot).
    // Requests usually go to the subnet broadcast, so the slaves are named from this list and
    // the destination is only used when the list cannot be read.
    std::optional<std::uint16_t> stations;
    if (reader.skip(20 + 12 + 4 + 1 + 1 + 2 + 2 + 2 + 2))
        stations = reader.le16();
    if (!stations || *stations == 0 || *stations > kMaxStationsPerGroup || !reader.skip(4)) {
        if (!destinationIsGroup(context.packet))
            add(facts, Subject::Destination, Attribute::ProtocolRole, "cclink_ief_basic:slave", 0.6f);
        return;
    }
    for (std::uint16_t i = 0; i < *stations; ++i) {
        const auto slave = reader.le32();
        if (!slave)
            return;
        if (*slave == 0 || *slave == 0xFFFFFFFF)
            continue;
        addAbout(facts, net::IpAddress::v4(*slave), "cclink_ief_basic:slave", 0.9f);
    }
}

void decodeResponse(net::ByteReader& reader, FactList& facts)
{
    add(facts, Subject::Source, Attribute::ProtocolRole, "cclink_ief_basic:slave", 0.9f);
    add(facts, Subject::Destination, Attribute::ProtocolRole, "cclink_ief_basic:master", 0.9f);
    // Cyclic response header: protocol version, end code, offset, 14 reserved bytes.
    const auto protocolVersion = reader.le16();
    const auto endCode = reader.le16();
    if (!protocolVersion || !endCode || *protocolVersion == 0 || *protocolVersion > 2 || !reader.skip(2 + 14))
        return;
    // Slave station notification.
    const auto vendor = reader.le16();
    const auto reserved1 = reader.le16();
    const auto model = reader.le32();
    const auto equipmentVersion = reader.le16();
    const auto reserved2 = reader.le16();
    if (!vendor || !reserved1 || !model || !equipmentVersion || !reserved2 || *reserved1 != 0 || *reserved2 != 0)
        return;
    if (*vendor != 0)
        add(facts, Subject::Source, Attribute::VendorId, std::to_string(*vendor), 0.9f);
    if (*model != 0)
        add(facts, Subject::Source, Attribute::ProductCode, hex(*model, 8), 0.9f);
    if (*vendor != 0 || *model != 0)
        add(facts, Subject::Source, Attribute::HardwareVersion, hex(*equipmentVersion, 4), 0.7f);
}

} // namespace

void decodeCclinkIefBasic(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto first = reader.peekU8();
    if (!first)
        return;
    if (*first == 0x50) {
        if (readHeader(reader, 0x5000))
            decodeRequest(context, reader, facts);
    } else if (*first == 0xD0) {
        if (readHeader(reader, 0xD000))
            decodeResponse(reader, facts);
    }
}

} // namespace mieruka::protocols
