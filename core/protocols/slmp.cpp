// SPDX-License-Identifier: GPL-3.0-or-later
#include "slmp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "slmp";
constexpr std::size_t kTypeNameLength = 16;
// Largest data length a real SLMP frame carries (batch read/write of 960 words plus headers).
constexpr std::uint16_t kMaxDataLength = 8192;

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

bool printableAscii(std::span<const std::byte> text)
{
    for (const std::byte b : text) {
        const auto c = static_cast<unsigned char>(b);
        if ((c < 0x20 || c > 0x7E) && c != 0)
            return false;
    }
    return true;
}

} // namespace

void decodeSlmp(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto subheader = reader.be16();
    if (!subheader)
        return;
    const bool request = *subheader == 0x5000 || *subheader == 0x5400;
    const bool response = *subheader == 0xD000 || *subheader == 0xD400;
    if (!request && !response)
        return;
    if ((*subheader & 0x0400) != 0) {
        // 4E: serial number chosen by the client, then two reserved zero bytes.
        const auto serial = reader.le16();
        const auto reserved = reader.le16();
        if (!serial || !reserved || *reserved != 0)
            return;
    }
    const auto network = reader.u8();
    const auto station = reader.u8();
    const auto moduleIo = reader.le16();
    const auto multidrop = reader.u8();
    const auto length = reader.le16();
    if (!network || !station || !moduleIo || !multidrop || !length)
        return;
    // Module I/O numbers stop at 0x03FF (own station); anything else is not an SLMP header.
    if (*moduleIo > 0x03FF || *length > kMaxDataLength || reader.remaining() < *length)
        return;

    if (request) {
        if (*length < 6)
            return; // monitoring timer, command, subcommand
        add(facts, Subject::Source, Attribute::ProtocolRole, "slmp:client", 0.8f);
        add(facts, Subject::Destination, Attribute::ProtocolRole, "slmp:server", 0.7f);
        return;
    }

    const auto endCode = reader.le16();
    if (*length < 2 || !endCode)
        return;
    add(facts, Subject::Source, Attribute::ProtocolRole, "slmp:server", 0.8f);
    add(facts, Subject::Destination, Attribute::ProtocolRole, "slmp:client", 0.7f);

    // Read Type Name answers exactly 16 model characters + a 2-byte model code; without the
    // request the exact length and ASCII content are what make the guess safe enough.
    if (*endCode != 0 || *length != 2 + kTypeNameLength + 2)
        return;
    const auto model = reader.bytes(kTypeNameLength);
    const auto modelCode = reader.le16();
    if (!model || !modelCode || !printableAscii(*model))
        return;
    std::string modelName = sanitizeText(*model, 64);
    if (modelName.empty())
        return;
    add(facts, Subject::Source, Attribute::ModelName, std::move(modelName), 0.8f);
    char code[8];
    std::snprintf(code, sizeof code, "0x%04x", static_cast<unsigned>(*modelCode));
    add(facts, Subject::Source, Attribute::ProductCode, code, 0.8f);
}

} // namespace mieruka::protocols
