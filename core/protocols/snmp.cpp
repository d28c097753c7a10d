// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::uint8_t kTagInteger = 0x02;
constexpr std::uint8_t kTagOctetString = 0x04;
constexpr std::uint8_t kTagOid = 0x06;
constexpr std::uint8_t kTagSequence = 0x30;
constexpr std::uint8_t kPduGetResponse = 0xa2;
constexpr std::uint8_t kPduTrapV1 = 0xa4;
constexpr std::uint8_t kPduInform = 0xa6;
constexpr std::uint8_t kPduTrapV2 = 0xa7;
constexpr std::uint8_t kPduReport = 0xa8;

constexpr int kMaxVarbinds = 64;
constexpr std::size_t kMaxOidArcs = 128;

/// One BER TLV: its tag and a reader over exactly its contents.
struct Tlv {
    std::uint8_t tag = 0;
    net::ByteReader contents{std::span<const std::byte>()};
};

/// Reads one definite-length TLV. SNMP uses only low tag numbers and definite lengths
/// (RFC 3417 §8); anything else is rejected rather than guessed at. The structure is walked
/// iteratively to a fixed depth (message → PDU → varbind list → varbind), so no recursion.
std::optional<Tlv> readTlv(net::ByteReader& reader)
{
    const auto tag = reader.u8();
    const auto first = reader.u8();
    if (!tag || !first || (*tag & 0x1f) == 0x1f)
        return std::nullopt;
    std::size_t length = *first;
    if (*first & 0x80) {
        const unsigned count = *first & 0x7f;
        if (count == 0 || count > 3) // indefinite, or longer than any UDP datagram
            return std::nullopt;
        length = 0;
        for (unsigned i = 0; i < count; ++i) {
            const auto byte = reader.u8();
            if (!byte)
                return std::nullopt;
            length = (length << 8) | *byte;
        }
    }
    auto contents = reader.sub(length);
    if (!contents)
        return std::nullopt;
    return Tlv{*tag, *contents};
}

std::optional<Tlv> expect(net::ByteReader& reader, std::uint8_t tag)
{
    auto tlv = readTlv(reader);
    if (!tlv || tlv->tag != tag)
        return std::nullopt;
    return tlv;
}

std::optional<std::int64_t> readInteger(net::ByteReader& reader)
{
    auto tlv = expect(reader, kTagInteger);
    if (!tlv || tlv->contents.remaining() == 0 || tlv->contents.remaining() > 8)
        return std::nullopt;
    const auto firstByte = *tlv->contents.peekU8();
    std::uint64_t value = (firstByte & 0x80) ? ~std::uint64_t{0} : 0;
    while (!tlv->contents.atEnd())
        value = (value << 8) | *tlv->contents.u8();
    return static_cast<std::int64_t>(value);
}

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.attribute = attribute;
    fact.protocol = "snmp";
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

void decodeVarbinds(net::ByteReader& list, FactList& facts)
{
    for (int i = 0; i < kMaxVarbinds && !list.atEnd(); ++i) {
        auto varbind = expect(list, kTagSequence);
        if (!varbind)
            return;
        auto name = expect(varbind->contents, kTagOid);
        auto value = readTlv(varbind->contents);
        if (!name || !value)
            return;
        const auto oid = snmpOidToString(name->contents.rest());
        if (!oid)
            continue;
        const auto bytes = value->contents.rest();
        // system group (RFC 1213 / RFC 3418), instance .0
        if (*oid == "1.3.6.1.2.1.1.1.0" && value->tag == kTagOctetString)
            add(facts, Attribute::SystemDescription, sanitizeText(bytes, 512), 0.95f);
        else if (*oid == "1.3.6.1.2.1.1.5.0" && value->tag == kTagOctetString)
            add(facts, Attribute::Hostname, sanitizeText(bytes, 255), 0.95f);
        else if (*oid == "1.3.6.1.2.1.1.6.0" && value->tag == kTagOctetString)
            add(facts, Attribute::Location, sanitizeText(bytes, 255), 0.95f);
        else if (*oid == "1.3.6.1.2.1.1.2.0" && value->tag == kTagOid) {
            if (auto objectId = snmpOidToString(bytes))
                add(facts, Attribute::DeviceType, std::move(*objectId), 0.95f);
        }
    }
}

} // namespace

std::optional<std::string> snmpOidToString(std::span<const std::byte> contents)
{
    if (contents.empty())
        return std::nullopt;
    net::ByteReader reader(contents);
    std::string text;
    std::size_t arcs = 0;
    while (!reader.atEnd()) {
        std::uint64_t value = 0;
        int bytes = 0;
        for (;;) {
            const auto byte = reader.u8();
            // Arcs wider than 32 bits, or a last byte with the continuation bit, are malformed.
            if (!byte || ++bytes > 5)
                return std::nullopt;
            value = (value << 7) | (*byte & 0x7fu);
            if ((*byte & 0x80) == 0)
                break;
        }
        if (value > 0xffffffffu)
            return std::nullopt;
        if (++arcs > kMaxOidArcs)
            return std::nullopt;
        if (text.empty()) {
            // X.690 8.19.4: the first subidentifier packs the first two arcs.
            const std::uint64_t top = value < 40 ? 0 : (value < 80 ? 1 : 2);
            text = std::to_string(top) + '.' + std::to_string(value - top * 40);
        } else {
            text.push_back('.');
            text.append(std::to_string(value));
        }
    }
    return text;
}

void decodeSnmp(const PayloadContext& context, FactList& facts)
{
    const auto& packet = context.packet;
    const bool fromAgent = packet.srcPort == 161;
    const bool trap = packet.dstPort == 162;
    if ((!fromAgent && !trap) || context.payload.size() < 8 || static_cast<std::uint8_t>(context.payload[0]) != kTagSequence)
        return;

    net::ByteReader outer(context.payload);
    auto message = expect(outer, kTagSequence);
    if (!message)
        return;
    auto& body = message->contents;
    const auto version = readInteger(body);
    if (!version)
        return;
    if (*version == 3) {
        // v3 PDUs are usually encrypted; a well-formed header is proof enough of an agent.
        if (fromAgent && expect(body, kTagSequence))
            add(facts, Attribute::ProtocolRole, "snmp:agent", 0.9f);
        return;
    }
    if (*version != 0 && *version != 1)
        return;
    auto community = expect(body, kTagOctetString);
    auto pdu = readTlv(body);
    if (!community || !pdu)
        return;
    const bool wanted = (fromAgent && (pdu->tag == kPduGetResponse || pdu->tag == kPduReport))
        || (trap && (pdu->tag == kPduTrapV1 || pdu->tag == kPduTrapV2 || pdu->tag == kPduInform));
    if (!wanted)
        return;

    auto& secret = community->contents;
    const std::string_view communityText = *secret.chars(secret.remaining());
    const char* finding = communityText == "public" ? "snmp_community_public"
        : communityText == "private"                ? "snmp_community_private"
                                                    : "snmp_community_other";
    add(facts, Attribute::SecurityFinding, finding, 0.95f);

    auto& fields = pdu->contents;
    if (pdu->tag == kPduTrapV1) {
        // enterprise OID, agent-addr, generic-trap, specific-trap, time-stamp (RFC 1157 §4.1.6)
        for (int i = 0; i < 5; ++i) {
            if (!readTlv(fields))
                return;
        }
    } else {
        // request-id, error-status, error-index
        for (int i = 0; i < 3; ++i) {
            if (!readInteger(fields))
                return;
        }
    }
    auto list = expect(fields, kTagSequence);
    if (list)
        decodeVarbinds(list->contents, facts);
}

} // namespace mieruka::protocols
