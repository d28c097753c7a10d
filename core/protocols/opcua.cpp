// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcua.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "opcua";
// *_Encoding_DefaultBinary node ids (namespace 0) of the services read here.
constexpr std::uint32_t kOpenSecureChannelRequest = 446;
constexpr std::uint32_t kOpenSecureChannelResponse = 449;
constexpr std::uint32_t kGetEndpointsResponse = 431;
constexpr std::uint32_t kCreateSessionRequest = 461;
constexpr std::uint32_t kSecurityModeNone = 1;
// Bounds for hostile input: endpoints read per response, nesting of DiagnosticInfo.
constexpr std::uint32_t kMaxEndpoints = 32;
constexpr int kMaxDiagnosticDepth = 4;
constexpr std::size_t kMaxText = 256;

void add(FactList& facts, Subject subject, Attribute attribute, std::string value, float confidence)
{
    for (const auto& fact : facts) // GetEndpoints repeats the same server for every endpoint
        if (fact.subject == subject && fact.attribute == attribute && fact.protocol == kProtocol
            && fact.value == value)
            return;
    IdentityFact fact;
    fact.subject = subject;
    fact.attribute = attribute;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

/// A UA String / ByteString: -1 is null (empty span), other negative lengths are malformed.
std::optional<std::span<const std::byte>> readBytes(net::ByteReader& reader)
{
    const auto length = reader.le32();
    if (!length)
        return std::nullopt;
    const auto signedLength = static_cast<std::int32_t>(*length);
    if (signedLength == -1)
        return std::span<const std::byte>{};
    if (signedLength < 0)
        return std::nullopt;
    return reader.bytes(static_cast<std::size_t>(signedLength)); // bounded by the payload
}

bool skipBytes(net::ByteReader& reader) { return readBytes(reader).has_value(); }

std::optional<std::string> readString(net::ByteReader& reader)
{
    const auto bytes = readBytes(reader);
    if (!bytes)
        return std::nullopt;
    return sanitizeText(*bytes, kMaxText);
}

/// NodeId (or ExpandedNodeId when `expanded`); returns the numeric id, 0 for non-numeric ids.
std::optional<std::uint32_t> readNodeId(net::ByteReader& reader, bool expanded)
{
    const auto encoding = reader.u8();
    if (!encoding)
        return std::nullopt;
    std::optional<std::uint32_t> id;
    switch (*encoding & 0x0F) {
    case 0x00:
        if (const auto value = reader.u8())
            id = *value;
        break;
    case 0x01:
        if (reader.skip(1))
            if (const auto value = reader.le16())
                id = *value;
        break;
    case 0x02:
        if (reader.skip(2))
            id = reader.le32();
        break;
    case 0x03:
    case 0x05:
        if (reader.skip(2) && skipBytes(reader))
            id = 0;
        break;
    case 0x04:
        if (reader.skip(2 + 16))
            id = 0;
        break;
    default:
        return std::nullopt;
    }
    if (!id)
        return std::nullopt;
    if (expanded) {
        if ((*encoding & 0x80) != 0 && !skipBytes(reader)) // namespace URI
            return std::nullopt;
        if ((*encoding & 0x40) != 0 && !reader.skip(4)) // server index
            return std::nullopt;
    } else if ((*encoding & 0xC0) != 0) {
        return std::nullopt;
    }
    return id;
}

bool skipDiagnosticInfo(net::ByteReader& reader, int depth)
{
    if (depth > kMaxDiagnosticDepth)
        return false;
    const auto mask = reader.u8();
    if (!mask)
        return false;
    // symbolic id, namespace URI, localized text, locale: Int32 indexes into the string table
    for (std::uint8_t bit : {std::uint8_t{0x01}, std::uint8_t{0x02}, std::uint8_t{0x04}, std::uint8_t{0x08}})
        if ((*mask & bit) != 0 && !reader.skip(4))
            return false;
    if ((*mask & 0x10) != 0 && !skipBytes(reader))
        return false;
    if ((*mask & 0x20) != 0 && !reader.skip(4))
        return false;
    if ((*mask & 0x40) != 0)
        return skipDiagnosticInfo(reader, depth + 1);
    return true;
}

bool skipExtensionObject(net::ByteReader& reader)
{
    if (!readNodeId(reader, false))
        return false;
    const auto encoding = reader.u8();
    if (!encoding)
        return false;
    if (*encoding == 0)
        return true;
    return (*encoding == 1 || *encoding == 2) && skipBytes(reader);
}

bool skipStringArray(net::ByteReader& reader)
{
    const auto count = reader.le32();
    if (!count)
        return false;
    const auto signedCount = static_cast<std::int32_t>(*count);
    if (signedCount == -1)
        return true;
    if (signedCount < 0 || static_cast<std::size_t>(signedCount) > reader.remaining() / 4)
        return false; // each element takes at least its 4-byte length
    for (std::int32_t i = 0; i < signedCount; ++i)
        if (!skipBytes(reader))
            return false;
    return true;
}

struct ApplicationDescription {
    std::string applicationUri;
    std::string name;
};

/// ApplicationDescription up to and including its discovery URLs.
std::optional<ApplicationDescription> readApplicationDescription(net::ByteReader& reader)
{
    ApplicationDescription result;
    auto uri = readString(reader);
    if (!uri || !skipBytes(reader)) // applicationUri, productUri
        return std::nullopt;
    result.applicationUri = std::move(*uri);
    const auto textMask = reader.u8(); // LocalizedText: 0x01 locale, 0x02 text
    if (!textMask)
        return std::nullopt;
    if ((*textMask & 0x01) != 0 && !skipBytes(reader))
        return std::nullopt;
    if ((*textMask & 0x02) != 0) {
        auto text = readString(reader);
        if (!text)
            return std::nullopt;
        result.name = std::move(*text);
    }
    // applicationType, gatewayServerUri, discoveryProfileUri, discoveryUrls
    if (!reader.skip(4) || !skipBytes(reader) || !skipBytes(reader) || !skipStringArray(reader))
        return std::nullopt;
    return result;
}

bool skipRequestOrResponseHeader(net::ByteReader& reader, bool request)
{
    if (request) {
        // authenticationToken, timestamp, requestHandle, returnDiagnostics, auditEntryId,
        // timeoutHint, additionalHeader
        return readNodeId(reader, false) && reader.skip(8 + 4 + 4) && skipBytes(reader) && reader.skip(4)
            && skipExtensionObject(reader);
    }
    // timestamp, requestHandle, serviceResult, serviceDiagnostics, stringTable, additionalHeader
    return reader.skip(8 + 4 + 4) && skipDiagnosticInfo(reader, 0) && skipStringArray(reader)
        && skipExtensionObject(reader);
}

void decodeGetEndpointsResponse(net::ByteReader& reader, FactList& facts)
{
    if (!skipRequestOrResponseHeader(reader, false))
        return;
    const auto count = reader.le32();
    if (!count)
        return;
    const auto signedCount = static_cast<std::int32_t>(*count);
    for (std::int32_t i = 0; i < signedCount && static_cast<std::uint32_t>(i) < kMaxEndpoints; ++i) {
        if (!skipBytes(reader)) // endpointUrl
            return;
        const auto server = readApplicationDescription(reader);
        if (!server || !skipBytes(reader)) // serverCertificate
            return;
        if (!server->applicationUri.empty())
            add(facts, Subject::Source, Attribute::ApplicationUri, server->applicationUri, 0.95f);
        if (!server->name.empty())
            add(facts, Subject::Source, Attribute::ProductName, server->name, 0.9f);
        const auto mode = reader.le32();
        if (!mode)
            return;
        if (*mode == kSecurityModeNone)
            add(facts, Subject::Source, Attribute::SecurityFinding, "opcua_security_mode_none", 0.95f);
        // securityPolicyUri, userIdentityTokens (5 fields each), transportProfileUri, securityLevel
        if (!skipBytes(reader))
            return;
        const auto tokens = reader.le32();
        if (!tokens)
            return;
        const auto tokenCount = static_cast<std::int32_t>(*tokens);
        if (tokenCount > 0 && static_cast<std::size_t>(tokenCount) > reader.remaining() / 16)
            return;
        for (std::int32_t t = 0; t < tokenCount; ++t)
            if (!skipBytes(reader) || !reader.skip(4) || !skipBytes(reader) || !skipBytes(reader)
                || !skipBytes(reader))
                return;
        if (!skipBytes(reader) || !reader.skip(1))
            return;
    }
}

void decodeCreateSessionRequest(net::ByteReader& reader, FactList& facts)
{
    if (!skipRequestOrResponseHeader(reader, true))
        return;
    const auto client = readApplicationDescription(reader);
    if (!client)
        return;
    if (!client->name.empty())
        add(facts, Subject::Source, Attribute::ProductName, client->name, 0.8f);
    if (!client->applicationUri.empty())
        add(facts, Subject::Source, Attribute::ApplicationUri, client->applicationUri, 0.8f);
}

/// Service body of an unencrypted OPN/MSG: the type id picks what is read.
void decodeServiceBody(net::ByteReader& reader, FactList& facts)
{
    const auto typeId = readNodeId(reader, true);
    if (!typeId)
        return;
    if (*typeId == kGetEndpointsResponse)
        decodeGetEndpointsResponse(reader, facts);
    else if (*typeId == kCreateSessionRequest)
        decodeCreateSessionRequest(reader, facts);
}

void decodeOpen(const PayloadContext& context, net::ByteReader& reader, FactList& facts)
{
    // secureChannelId, then the asymmetric security header.
    if (!reader.skip(4))
        return;
    const auto policy = readBytes(reader);
    if (!policy)
        return;
    const std::string_view uri(reinterpret_cast<const char*>(policy->data()), policy->size());
    if (!uri.ends_with("#None"))
        return;
    // With policy None the body is clear: its type id tells request from response, which is
    // better than the port when the server does not listen on 4840.
    bool request = context.toService;
    if (skipBytes(reader) && skipBytes(reader) && reader.skip(8)) {
        if (const auto typeId = readNodeId(reader, true)) {
            if (*typeId == kOpenSecureChannelRequest)
                request = true;
            else if (*typeId == kOpenSecureChannelResponse)
                request = false;
        }
    }
    add(facts, request ? Subject::Destination : Subject::Source, Attribute::SecurityFinding,
        "opcua_security_policy_none", 0.9f);
}

} // namespace

bool looksLikeOpcUa(std::span<const std::byte> payload)
{
    net::ByteReader reader(payload);
    const auto type = reader.chars(3);
    const auto chunk = reader.u8();
    if (!type || !chunk)
        return false;
    const bool known = *type == "HEL" || *type == "ACK" || *type == "OPN" || *type == "MSG" || *type == "CLO"
        || *type == "ERR" || *type == "RHE";
    return known && (*chunk == 'F' || *chunk == 'C' || *chunk == 'A');
}

void decodeOpcUa(const PayloadContext& context, FactList& facts)
{
    if (!looksLikeOpcUa(context.payload))
        return;
    net::ByteReader reader(context.payload);
    const auto type = reader.chars(3);
    const auto chunk = reader.u8();
    const auto size = reader.le32();
    if (!type || !chunk || !size || *size < 8)
        return;

    if (*type == "HEL") {
        add(facts, Subject::Source, Attribute::ProtocolRole, "opcua:client", 0.95f);
        add(facts, Subject::Destination, Attribute::ProtocolRole, "opcua:server", 0.9f);
    } else if (*type == "ACK") {
        add(facts, Subject::Source, Attribute::ProtocolRole, "opcua:server", 0.95f);
        add(facts, Subject::Destination, Attribute::ProtocolRole, "opcua:client", 0.9f);
    } else if (*type == "OPN") {
        decodeOpen(context, reader, facts);
    } else if (*type == "MSG" && *chunk != 'A') {
        // secureChannelId, tokenId, sequence number, request id; then the body, readable only
        // when the channel uses policy None (or sign-only, where the body is still clear).
        if (reader.skip(16))
            decodeServiceBody(reader, facts);
    }
}

} // namespace mieruka::protocols
