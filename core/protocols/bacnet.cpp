// SPDX-License-Identifier: GPL-3.0-or-later
#include "bacnet.h"

#include "bacnet_vendors.h"
#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "bacnet";
constexpr std::uint16_t kDeviceObjectType = 8;
constexpr int kMaxRpmObjects = 16;
constexpr int kMaxRpmProperties = 64;
constexpr int kMaxSkipTags = 256;
constexpr std::size_t kMaxText = 256;

/// Where the facts go: the IP sender, or the B/IP address a BBMD forwarded for.
struct Target {
    Subject subject = Subject::Source;
    std::optional<net::IpAddress> ip;
};

void add(FactList& facts, const Target& target, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.subject = target.subject;
    fact.aboutIp = target.ip;
    fact.attribute = attribute;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

/// One BACnet tag header (ASHRAE 135 clause 20.2.1).
struct Tag {
    std::uint8_t number = 0;
    bool context = false;
    bool opening = false;
    bool closing = false;
    std::uint32_t length = 0; ///< value length; for application booleans the value itself
};

std::optional<Tag> readTag(net::ByteReader& reader)
{
    auto first = reader.u8();
    if (!first)
        return std::nullopt;
    Tag tag;
    tag.number = *first >> 4;
    tag.context = (*first & 0x08) != 0;
    if (tag.number == 0x0f) {
        auto extended = reader.u8();
        if (!extended)
            return std::nullopt;
        tag.number = *extended;
    }
    const std::uint8_t lvt = *first & 0x07;
    if (tag.context && lvt == 6) {
        tag.opening = true;
        return tag;
    }
    if (tag.context && lvt == 7) {
        tag.closing = true;
        return tag;
    }
    if (lvt < 5) {
        tag.length = lvt;
    } else {
        auto extended = reader.u8();
        if (!extended)
            return std::nullopt;
        if (*extended < 254) {
            tag.length = *extended;
        } else if (*extended == 254) {
            auto value = reader.be16();
            if (!value)
                return std::nullopt;
            tag.length = *value;
        } else {
            auto value = reader.be32();
            if (!value)
                return std::nullopt;
            tag.length = *value;
        }
    }
    // An application boolean keeps its value in the length bits and has no content.
    if (!tag.context && tag.number == 1)
        tag.length = 0;
    return tag;
}

std::optional<std::uint32_t> readUnsigned(net::ByteReader& reader, std::uint32_t length)
{
    if (length == 0 || length > 4)
        return std::nullopt;
    std::uint32_t value = 0;
    for (std::uint32_t i = 0; i < length; ++i) {
        auto b = reader.u8();
        if (!b)
            return std::nullopt;
        value = (value << 8) | *b;
    }
    return value;
}

void appendUtf8(std::string& out, std::uint32_t code)
{
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3f)));
    }
}

/// A CharacterString value (encoding byte + text) as sanitised UTF-8; empty for DBCS / JIS.
std::string characterString(std::span<const std::byte> value)
{
    net::ByteReader reader(value);
    auto encoding = reader.u8();
    if (!encoding)
        return {};
    const auto text = reader.rest();
    switch (*encoding) {
    case 0: // UTF-8 (formerly ANSI X3.4)
        return sanitizeText(text, kMaxText);
    case 5: // ISO 8859-1
        return sanitizeLatin1(text, kMaxText);
    case 3:   // UCS-4 big-endian
    case 4: { // UCS-2 big-endian
        const std::size_t unit = *encoding == 3 ? 4 : 2;
        std::string raw;
        // Bounded by the output limit, not by the packet's length field.
        for (std::size_t i = 0; i < kMaxText && reader.remaining() >= unit; ++i) {
            const std::uint32_t code = unit == 4 ? *reader.be32() : *reader.be16();
            if (code == 0)
                break;
            // Surrogates and out-of-range values become U+FFFD; sanitizeText handles the rest.
            appendUtf8(raw, (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? 0xfffd : code);
        }
        return sanitizeText(raw, kMaxText);
    }
    default:
        return {};
    }
}

/// Skips the value of an opening tag up to and including the closing tag that matches it.
bool skipToClosing(net::ByteReader& reader, std::uint8_t number)
{
    int depth = 1;
    for (int i = 0; i < kMaxSkipTags; ++i) {
        auto tag = readTag(reader);
        if (!tag)
            return false;
        if (tag->opening) {
            ++depth;
        } else if (tag->closing) {
            if (--depth == 0)
                return tag->number == number;
        } else if (!reader.skip(tag->length)) {
            return false;
        }
    }
    return false;
}

/// The value of one Device-object property, reader positioned after the opening tag; consumes
/// the matching closing tag.
void decodePropertyValue(net::ByteReader& reader, std::uint32_t property, std::uint8_t closingNumber,
                         const Target& target, FactList& facts)
{
    auto peek = reader.peekU8();
    if (!peek)
        return;
    net::ByteReader look = reader;
    auto tag = readTag(look);
    if (tag && !tag->context && !tag->opening && !tag->closing) {
        auto value = look.bytes(tag->length);
        auto closing = readTag(look);
        if (value && closing && closing->closing && closing->number == closingNumber) {
            reader = look;
            if (tag->number == 7) {
                std::string text = characterString(*value);
                switch (property) {
                case 121: add(facts, target, Attribute::VendorName, std::move(text), 0.95f); break;
                case 70: add(facts, target, Attribute::ModelName, std::move(text), 0.95f); break;
                case 44: add(facts, target, Attribute::FirmwareVersion, std::move(text), 0.95f); break;
                case 12: add(facts, target, Attribute::SystemDescription, std::move(text), 0.6f); break;
                case 77: add(facts, target, Attribute::Hostname, std::move(text), 0.9f); break;
                case 58: add(facts, target, Attribute::Location, std::move(text), 0.9f); break;
                case 28: add(facts, target, Attribute::SystemDescription, std::move(text), 0.9f); break;
                default: break;
                }
            } else if (tag->number == 2 && property == 120) {
                net::ByteReader number(*value);
                if (auto vendor = readUnsigned(number, tag->length)) {
                    add(facts, target, Attribute::VendorId, std::to_string(*vendor), 0.95f);
                    add(facts, target, Attribute::VendorName, std::string(bacnetVendorName(*vendor)), 0.8f);
                }
            }
            return;
        }
    }
    skipToClosing(reader, closingNumber);
}

std::optional<std::pair<std::uint16_t, std::uint32_t>> readObjectId(net::ByteReader& reader, std::uint8_t expectedTag)
{
    auto tag = readTag(reader);
    if (!tag || !tag->context || tag->number != expectedTag || tag->length != 4)
        return std::nullopt;
    auto raw = reader.be32();
    if (!raw)
        return std::nullopt;
    return std::make_pair(static_cast<std::uint16_t>(*raw >> 22), *raw & 0x3fffff);
}

void decodeReadPropertyAck(net::ByteReader reader, const Target& target, FactList& facts)
{
    auto object = readObjectId(reader, 0);
    if (!object || object->first != kDeviceObjectType)
        return;
    auto propertyTag = readTag(reader);
    if (!propertyTag || !propertyTag->context || propertyTag->number != 1)
        return;
    auto property = readUnsigned(reader, propertyTag->length);
    auto next = readTag(reader);
    if (!property || !next)
        return;
    if (next->context && next->number == 2 && !next->opening) { // array index: not a whole string property
        return;
    }
    if (!next->opening || next->number != 3)
        return;
    decodePropertyValue(reader, *property, 3, target, facts);
}

void decodeReadPropertyMultipleAck(net::ByteReader reader, const Target& target, FactList& facts)
{
    for (int object = 0; object < kMaxRpmObjects && !reader.atEnd(); ++object) {
        auto id = readObjectId(reader, 0);
        auto open = readTag(reader);
        if (!id || !open || !open->opening || open->number != 1)
            return;
        const bool device = id->first == kDeviceObjectType;
        for (int i = 0; i < kMaxRpmProperties; ++i) {
            auto tag = readTag(reader);
            if (!tag)
                return;
            if (tag->closing && tag->number == 1)
                break;
            if (!tag->context || tag->number != 2)
                return;
            auto property = readUnsigned(reader, tag->length);
            auto result = readTag(reader);
            if (!property || !result)
                return;
            bool indexed = false;
            if (result->context && result->number == 3 && !result->opening) {
                indexed = true;
                if (!reader.skip(result->length))
                    return;
                result = readTag(reader);
                if (!result)
                    return;
            }
            if (!result->opening || (result->number != 4 && result->number != 5))
                return;
            if (result->number == 4 && device && !indexed)
                decodePropertyValue(reader, *property, 4, target, facts);
            else if (!skipToClosing(reader, result->number))
                return;
        }
    }
}

void decodeIAm(net::ByteReader reader, const Target& target, FactList& facts)
{
    auto objectTag = readTag(reader);
    if (!objectTag || objectTag->context || objectTag->number != 12 || objectTag->length != 4)
        return;
    auto raw = reader.be32();
    auto apduTag = readTag(reader);
    if (!raw || !apduTag || apduTag->context || apduTag->number != 2)
        return;
    auto maxApdu = readUnsigned(reader, apduTag->length);
    auto segmentationTag = readTag(reader);
    if (!maxApdu || !segmentationTag || segmentationTag->context || segmentationTag->number != 9)
        return;
    auto segmentation = readUnsigned(reader, segmentationTag->length);
    auto vendorTag = readTag(reader);
    if (!segmentation || !vendorTag || vendorTag->context || vendorTag->number != 2)
        return;
    auto vendor = readUnsigned(reader, vendorTag->length);
    // 4194303 is the wildcard instance: an unconfigured device, not an address.
    if (!vendor || (*raw >> 22) != kDeviceObjectType || (*raw & 0x3fffff) == 0x3fffff)
        return;
    add(facts, target, Attribute::StationAddress, "bacnet:" + std::to_string(*raw & 0x3fffff), 0.95f);
    add(facts, target, Attribute::VendorId, std::to_string(*vendor), 0.95f);
    add(facts, target, Attribute::VendorName, std::string(bacnetVendorName(*vendor)), 0.8f);
    add(facts, target, Attribute::ProtocolRole, "bacnet:device", 0.9f);
}

} // namespace

void decodeBacnet(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    auto type = reader.u8();
    auto function = reader.u8();
    auto length = reader.be16();
    if (!type || *type != 0x81 || !function || !length || *length < 4)
        return;
    Target target;
    switch (*function) {
    case 0x04: { // Forwarded-NPDU: the original sender's B/IP address comes first
        auto address = reader.bytes(4);
        if (!address || !reader.skip(2))
            return;
        target.subject = Subject::Explicit;
        target.ip = net::IpAddress::v4FromBytes(*address);
        break;
    }
    case 0x09: // Distribute-Broadcast-To-Network
    case 0x0a: // Original-Unicast-NPDU
    case 0x0b: // Original-Broadcast-NPDU
        break;
    default:
        return;
    }

    auto version = reader.u8();
    auto control = reader.u8();
    if (!version || *version != 0x01 || !control || (*control & 0x80) != 0) // network-layer message
        return;
    if (*control & 0x20) { // DNET, DLEN, DADR
        auto dnet = reader.be16();
        auto dlen = reader.u8();
        if (!dnet || !dlen || !reader.skip(*dlen))
            return;
    }
    if (*control & 0x08) // SNET: sent by a device behind a router, not by the IP sender
        return;
    if ((*control & 0x20) && !reader.skip(1)) // hop count
        return;

    auto apduHead = reader.u8();
    if (!apduHead)
        return;
    const std::uint8_t pduType = *apduHead >> 4;
    if (pduType == 1) {
        auto service = reader.u8();
        if (service && *service == 0)
            decodeIAm(net::ByteReader(reader.rest()), target, facts);
        return;
    }
    if (pduType != 3) // Complex-ACK
        return;
    if (*apduHead & 0x08) // segmented: only the first segment carries the service header
        return;
    auto invoke = reader.u8();
    auto service = reader.u8();
    if (!invoke || !service)
        return;
    if (*service == 12)
        decodeReadPropertyAck(net::ByteReader(reader.rest()), target, facts);
    else if (*service == 14)
        decodeReadPropertyMultipleAck(net::ByteReader(reader.rest()), target, facts);
}

} // namespace mieruka::protocols
