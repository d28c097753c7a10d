// SPDX-License-Identifier: GPL-3.0-or-later
#include "nbns.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "nbns";

// RFC 1002 4.2.1.1 opcodes.
enum Opcode : std::uint8_t { Query = 0, Registration = 5, Release = 6, Wack = 7, Refresh = 8, RefreshAlt = 9,
                             MultiHomedRegistration = 15 };

constexpr std::uint16_t kTypeNb = 0x0020;
constexpr std::uint16_t kTypeNbstat = 0x0021;
constexpr std::uint16_t kGroupFlag = 0x8000;

// More answer entries than this in one response add nothing but cost.
constexpr std::size_t kMaxEntries = 16;

struct NetbiosName {
    std::array<std::byte, 15> name{};
    std::uint8_t suffix = 0;
};

// First-level decoding (RFC 1001 14.1): 32 letters 'A'..'P', two per byte, high nibble first.
std::optional<NetbiosName> decodeEncoded(std::span<const std::byte> encoded)
{
    std::array<std::uint8_t, 16> raw{};
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto high = static_cast<unsigned>(encoded[2 * i]) - 'A';
        const auto low = static_cast<unsigned>(encoded[2 * i + 1]) - 'A';
        if (high > 15 || low > 15)
            return std::nullopt;
        raw[i] = static_cast<std::uint8_t>((high << 4) | low);
    }
    NetbiosName name;
    for (std::size_t i = 0; i < name.name.size(); ++i)
        name.name[i] = std::byte{raw[i]};
    name.suffix = raw[15];
    return name;
}

// The encoded label of a name at the reader: 32 bytes after a length byte of 32.
std::optional<NetbiosName> readEncodedLabel(net::ByteReader& reader)
{
    if (reader.u8() != 32)
        return std::nullopt;
    const auto encoded = reader.bytes(32);
    if (!encoded)
        return std::nullopt;
    return decodeEncoded(*encoded);
}

// Reads a name (with optional scope labels, or a compression pointer) and leaves the reader after
// it. A pointer is followed once only and must lead to a plain encoded label, so no loops.
std::optional<NetbiosName> readName(net::ByteReader& reader, std::span<const std::byte> message)
{
    const auto first = reader.peekU8();
    if (!first)
        return std::nullopt;
    if ((*first & 0xc0) == 0xc0) {
        const auto pointer = reader.be16();
        if (!pointer)
            return std::nullopt;
        const std::size_t offset = *pointer & 0x3fff;
        if (offset >= message.size())
            return std::nullopt;
        net::ByteReader target(message.subspan(offset));
        return readEncodedLabel(target);
    }
    auto name = readEncodedLabel(reader);
    if (!name)
        return std::nullopt;
    // Scope labels; a DNS name has at most 127 labels.
    for (int label = 0; label < 128; ++label) {
        const auto length = reader.u8();
        if (!length)
            return std::nullopt;
        if (*length == 0)
            return name;
        if ((*length & 0xc0) == 0xc0)
            return reader.skip(1) ? name : std::nullopt;
        if (*length > 63 || !reader.skip(*length))
            return std::nullopt;
    }
    return std::nullopt;
}

// Which attribute a registered name states, if any (MS-NBTE / common suffix usage).
std::optional<Attribute> attributeFor(std::uint8_t suffix, bool group)
{
    if (!group && (suffix == 0x00 || suffix == 0x20))
        return Attribute::Hostname;
    if (group && (suffix == 0x00 || suffix == 0x1c || suffix == 0x1e))
        return Attribute::Workgroup;
    if (!group && (suffix == 0x1b || suffix == 0x1d))
        return Attribute::Workgroup; // domain / local master browser: the name is the workgroup
    return std::nullopt;
}

std::string nameText(const NetbiosName& name)
{
    std::span<const std::byte> text(name.name);
    while (!text.empty() && (text.back() == std::byte{' '} || text.back() == std::byte{0}))
        text = text.first(text.size() - 1);
    // "*" (wildcard) and "\x01\x02__MSBROWSE__\x02" are not host names.
    if (text.empty() || text[0] == std::byte{'*'} || static_cast<unsigned>(text[0]) < 0x20)
        return {};
    return sanitizeLatin1(text, 64);
}

void addName(FactList& facts, const NetbiosName& name, bool group, Subject subject,
             std::optional<net::IpAddress> aboutIp, float confidence)
{
    const auto attribute = attributeFor(name.suffix, group);
    if (!attribute)
        return;
    std::string value = nameText(name);
    if (value.empty())
        return;
    // A node often registers <00> and <20> with the same name; one fact is enough.
    for (const IdentityFact& fact : facts) {
        if (fact.attribute == *attribute && fact.value == value && fact.subject == subject && fact.aboutIp == aboutIp)
            return;
    }
    facts.push_back({subject, *attribute, kProtocol, std::move(value), confidence, aboutIp, {}});
}

struct ResourceHeader {
    std::uint16_t type = 0;
    std::span<const std::byte> data;
};

std::optional<ResourceHeader> readResource(net::ByteReader& reader)
{
    const auto type = reader.be16();
    const bool header = reader.skip(2 + 4); // class, TTL
    const auto length = reader.be16();
    if (!type || !header || !length)
        return std::nullopt;
    const auto data = reader.bytes(*length);
    if (!data)
        return std::nullopt;
    return ResourceHeader{*type, *data};
}

// A registration or refresh request: the question names the sender, the additional record holds
// its NB_FLAGS (group bit) and address.
void decodeRegistration(net::ByteReader& reader, std::span<const std::byte> message, FactList& facts)
{
    const auto question = readName(reader, message);
    if (!question || !reader.skip(4))
        return;
    if (!readName(reader, message))
        return;
    const auto resource = readResource(reader);
    if (!resource || resource->type != kTypeNb || resource->data.size() < 6)
        return;
    net::ByteReader data(resource->data);
    const auto flags = data.be16();
    if (!flags)
        return;
    addName(facts, *question, (*flags & kGroupFlag) != 0, Subject::Source, std::nullopt, 0.95f);
}

// A positive response: NB answers name the addresses in their RDATA; NBSTAT answers list the
// responder's own name table.
void decodeAnswer(net::ByteReader& reader, std::span<const std::byte> message, const decode::DecodedPacket& packet,
                  FactList& facts)
{
    const auto name = readName(reader, message);
    if (!name)
        return;
    const auto resource = readResource(reader);
    if (!resource)
        return;
    net::ByteReader data(resource->data);
    if (resource->type == kTypeNb) {
        const decode::IpLayer* ip = packet.innerIp();
        for (std::size_t i = 0; i < kMaxEntries && data.remaining() >= 6; ++i) {
            const auto flags = data.be16();
            const auto address = data.bytes(4);
            if (!flags || !address)
                return;
            const net::IpAddress owner = net::IpAddress::v4FromBytes(*address);
            if (owner.isUnspecified())
                continue;
            // The owner answering for itself states its own name; a WINS server vouches indirectly.
            const float confidence = (ip && ip->src == owner) ? 0.95f : 0.7f;
            addName(facts, *name, (*flags & kGroupFlag) != 0, Subject::Explicit, owner, confidence);
        }
    } else if (resource->type == kTypeNbstat) {
        const auto count = data.u8();
        if (!count)
            return;
        for (std::size_t i = 0; i < *count && i < 64; ++i) {
            const auto entry = data.bytes(16);
            const auto flags = data.be16();
            if (!entry || !flags)
                return;
            NetbiosName listed;
            for (std::size_t j = 0; j < listed.name.size(); ++j)
                listed.name[j] = (*entry)[j];
            listed.suffix = static_cast<std::uint8_t>((*entry)[15]);
            addName(facts, listed, (*flags & kGroupFlag) != 0, Subject::Source, std::nullopt, 0.95f);
        }
    }
}

} // namespace

void decodeNbns(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    reader.skip(2); // transaction id
    const auto flags = reader.be16();
    const auto questions = reader.be16();
    const auto answers = reader.be16();
    reader.skip(2); // authority
    const auto additional = reader.be16();
    if (!flags || !questions || !answers || !additional)
        return;
    const bool response = (*flags & 0x8000) != 0;
    const auto opcode = static_cast<std::uint8_t>((*flags >> 11) & 0x0f);
    const auto rcode = *flags & 0x000f;

    if (!response) {
        const bool registers = opcode == Registration || opcode == Refresh || opcode == RefreshAlt
            || opcode == MultiHomedRegistration;
        if (registers && *questions == 1 && *additional >= 1)
            decodeRegistration(reader, context.payload, facts);
        return;
    }
    if (rcode != 0 || *answers == 0 || *questions != 0)
        return;
    if (opcode == Query || opcode == Registration || opcode == Refresh || opcode == RefreshAlt)
        decodeAnswer(reader, context.payload, context.packet, facts);
}

} // namespace mieruka::protocols
