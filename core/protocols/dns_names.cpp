// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_names.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::uint16_t kTypeA = 1;
constexpr std::uint16_t kTypePtr = 12;
constexpr std::uint16_t kTypeTxt = 16;
constexpr std::uint16_t kTypeAaaa = 28;

// RFC 1035 caps a name at 255 octets; a chain of more pointers than labels that fit in it can
// only be a loop or an attack.
constexpr std::size_t kMaxNameLength = 255;
constexpr int kMaxPointerJumps = 32;
// Real responses carry a handful of records; a count of 65535 must not cost 65535 iterations.
constexpr int kMaxRecords = 64;
constexpr int kMaxQuestions = 16;

enum class Flavour { Dns, Mdns, Llmnr };

/// Reads a possibly compressed name at `offset` of `message`. `end` receives the offset just past
/// the name as it sits at `offset` (the first pointer or the root label).
std::optional<std::string> readName(std::span<const std::byte> message, std::size_t offset, std::size_t* end)
{
    std::string name;
    net::ByteReader reader(message);
    if (!reader.skip(offset))
        return std::nullopt;
    int jumps = 0;
    bool jumped = false;
    for (;;) {
        const std::size_t labelStart = reader.position();
        const auto length = reader.u8();
        if (!length)
            return std::nullopt;
        if (*length == 0)
            break;
        if ((*length & 0xc0) == 0xc0) {
            const auto low = reader.u8();
            if (!low || ++jumps > kMaxPointerJumps)
                return std::nullopt;
            const std::size_t target = (static_cast<std::size_t>(*length & 0x3f) << 8) | *low;
            // Compression only points back to earlier names; forward pointers are how loops start.
            if (target >= labelStart)
                return std::nullopt;
            if (!jumped && end)
                *end = reader.position();
            jumped = true;
            reader = net::ByteReader(message);
            reader.skip(target);
            continue;
        }
        if ((*length & 0xc0) != 0)
            return std::nullopt; // extended label types (RFC 6891 0x40) are obsolete
        const auto label = reader.chars(*length);
        if (!label || name.size() + label->size() + 1 > kMaxNameLength)
            return std::nullopt;
        if (!name.empty())
            name.push_back('.');
        name.append(*label);
    }
    if (!jumped && end)
        *end = reader.position();
    return name;
}

bool endsWithNoCase(std::string_view text, std::string_view suffix)
{
    if (text.size() < suffix.size())
        return false;
    const auto tail = text.substr(text.size() - suffix.size());
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = tail[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i])
            return false;
    }
    return true;
}

std::string_view firstLabel(std::string_view name)
{
    return name.substr(0, name.find('.'));
}

std::optional<int> hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return std::nullopt;
}

/// "4.3.2.1.in-addr.arpa" → 1.2.3.4; 32 nibbles + ".ip6.arpa" → the IPv6 address.
std::optional<net::IpAddress> reverseAddress(std::string_view name)
{
    if (endsWithNoCase(name, ".in-addr.arpa")) {
        std::string_view rest = name.substr(0, name.size() - 13);
        std::array<std::byte, 4> octets{};
        for (int i = 3; i >= 0; --i) {
            const auto dot = rest.find('.');
            const auto label = rest.substr(0, dot);
            if (label.empty() || label.size() > 3)
                return std::nullopt;
            unsigned value = 0;
            for (char c : label) {
                if (c < '0' || c > '9')
                    return std::nullopt;
                value = value * 10 + static_cast<unsigned>(c - '0');
            }
            if (value > 255)
                return std::nullopt;
            octets[static_cast<std::size_t>(i)] = std::byte(value);
            if ((dot == std::string_view::npos) != (i == 0))
                return std::nullopt; // fewer or more than four labels: a network, not a host
            rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
        }
        return net::IpAddress::v4FromBytes(octets);
    }
    if (endsWithNoCase(name, ".ip6.arpa")) {
        const std::string_view rest = name.substr(0, name.size() - 9);
        if (rest.size() != 63)
            return std::nullopt;
        std::array<std::byte, 16> octets{};
        for (std::size_t nibble = 0; nibble < 32; ++nibble) {
            const auto digit = hexDigit(rest[nibble * 2]);
            if (!digit || (nibble < 31 && rest[nibble * 2 + 1] != '.'))
                return std::nullopt;
            // The first nibble in the name is the last of the address.
            const std::size_t index = 15 - nibble / 2;
            const auto shift = (nibble % 2 == 0) ? 0 : 4;
            octets[index] |= std::byte(static_cast<unsigned>(*digit) << shift);
        }
        return net::IpAddress::v6FromBytes(octets);
    }
    return std::nullopt;
}

void addExplicit(FactList& facts, std::string_view protocol, Attribute attribute, std::string value,
                 float confidence, const net::IpAddress& about)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.subject = Subject::Explicit;
    fact.attribute = attribute;
    fact.protocol = protocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    fact.aboutIp = about;
    facts.push_back(std::move(fact));
}

void addNameFacts(FactList& facts, std::string_view protocol, std::string_view name, const net::IpAddress& about,
                  float confidence, bool withDomain)
{
    addExplicit(facts, protocol, Attribute::Hostname, sanitizeText(firstLabel(name), 63), confidence, about);
    if (withDomain && name.find('.') != std::string_view::npos)
        addExplicit(facts, protocol, Attribute::DomainName, sanitizeText(name, 255), confidence, about);
}

/// _device-info._tcp TXT records carry "model=<Apple model id>" (and "osxvers=").
void addDeviceInfo(FactList& facts, std::span<const std::byte> rdata)
{
    net::ByteReader reader(rdata);
    for (int i = 0; i < 16 && !reader.atEnd(); ++i) {
        const auto length = reader.u8();
        if (!length)
            return;
        const auto text = reader.chars(*length);
        if (!text)
            return;
        if (text->size() > 6 && endsWithNoCase(text->substr(0, 6), "model=")) {
            IdentityFact fact;
            fact.attribute = Attribute::ModelName;
            fact.protocol = "mdns";
            fact.value = sanitizeText(text->substr(6), 64);
            fact.confidence = 0.9f;
            if (!fact.value.empty())
                facts.push_back(std::move(fact));
        }
    }
}

void decodeMessage(std::span<const std::byte> message, Flavour flavour, const PayloadContext& context,
                   FactList& facts)
{
    net::ByteReader header(message);
    const auto id = header.be16();
    const auto flags = header.be16();
    const auto questions = header.be16();
    const auto answers = header.be16();
    const auto authorities = header.be16();
    const auto additionals = header.be16();
    if (!id || !flags || !questions || !answers || !authorities || !additionals)
        return;
    const bool isResponse = (*flags & 0x8000) != 0;
    const unsigned opcode = (*flags >> 11) & 0x0f;
    const unsigned rcode = *flags & 0x0f;
    if (!isResponse || opcode != 0)
        return;

    const auto* ip = context.packet.innerIp();
    if (flavour == Flavour::Dns) {
        IdentityFact role;
        role.attribute = Attribute::ProtocolRole;
        role.protocol = "dns";
        role.value = "dns:server";
        role.confidence = 0.9f;
        facts.push_back(std::move(role));
    }
    if (rcode != 0 || *questions > kMaxQuestions)
        return;

    std::size_t offset = header.position();
    for (unsigned q = 0; q < *questions; ++q) {
        std::size_t end = 0;
        if (!readName(message, offset, &end))
            return;
        offset = end + 4;
    }

    // mDNS announcements put the host's addresses in answers or additionals; LLMNR and DNS answer
    // the question in the answer section, the rest is hints about other names.
    const unsigned recordCount = flavour == Flavour::Mdns ? *answers + *authorities + *additionals : *answers;
    for (unsigned r = 0; r < recordCount && r < static_cast<unsigned>(kMaxRecords); ++r) {
        std::size_t end = 0;
        const auto owner = readName(message, offset, &end);
        if (!owner)
            return;
        net::ByteReader reader(message);
        if (!reader.skip(end))
            return;
        const auto type = reader.be16();
        const auto klass = reader.be16();
        const auto ttl = reader.be32();
        const auto length = reader.be16();
        if (!type || !klass || !ttl || !length)
            return;
        const std::size_t rdataOffset = reader.position();
        const auto rdata = reader.bytes(*length);
        if (!rdata)
            return;
        offset = reader.position();
        if ((*klass & 0x7fff) != 1) // IN; mDNS uses the top bit for cache-flush / unicast-response
            continue;

        std::optional<net::IpAddress> address;
        if (*type == kTypeA && rdata->size() == 4)
            address = net::IpAddress::v4FromBytes(*rdata);
        else if (*type == kTypeAaaa && rdata->size() == 16)
            address = net::IpAddress::v6FromBytes(*rdata);

        // A host answering for itself is first-hand; a proxy (Bonjour sleep proxy) or another
        // responder naming someone else is not.
        const float ownConfidence = (address && ip && *address == ip->src) ? 0.95f : 0.7f;
        switch (flavour) {
        case Flavour::Mdns:
            if (address && *ttl != 0 && endsWithNoCase(*owner, ".local"))
                addNameFacts(facts, "mdns", *owner, *address, ownConfidence, true);
            else if (*type == kTypeTxt && owner->find("._device-info._tcp.") != std::string::npos)
                addDeviceInfo(facts, *rdata);
            break;
        case Flavour::Llmnr:
            if (address)
                addNameFacts(facts, "llmnr", *owner, *address, ownConfidence, true);
            break;
        case Flavour::Dns:
            if (*type == kTypePtr) {
                const auto reversed = reverseAddress(*owner);
                if (!reversed)
                    break;
                const auto target = readName(message, rdataOffset, nullptr);
                if (target && !target->empty())
                    addNameFacts(facts, "dns", *target, *reversed, 0.6f, true);
            }
            break;
        }
    }
}

} // namespace

void decodeDnsNames(const PayloadContext& context, FactList& facts)
{
    const auto& packet = context.packet;
    Flavour flavour;
    if (packet.srcPort == 5353)
        flavour = Flavour::Mdns;
    else if (packet.srcPort == 5355)
        flavour = Flavour::Llmnr;
    else if (packet.srcPort == 53)
        flavour = Flavour::Dns;
    else
        return; // queries: the name asked for says nothing about the asker

    std::span<const std::byte> message = context.payload;
    if (packet.transport == decode::TransportKind::Tcp) {
        // RFC 1035 4.2.2: a two-byte length prefix; only the segment that starts a message is read.
        net::ByteReader reader(message);
        const auto length = reader.be16();
        if (!length)
            return;
        message = reader.rest().first(std::min<std::size_t>(*length, reader.remaining()));
    }
    if (message.size() < 12)
        return;
    decodeMessage(message, flavour, context, facts);
}

} // namespace mieruka::protocols
