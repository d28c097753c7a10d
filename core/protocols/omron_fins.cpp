// SPDX-License-Identifier: GPL-3.0-or-later
#include "omron_fins.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "fins";
constexpr std::uint32_t kFinsTcpMagic = 0x46494E53; // "FINS"
constexpr std::uint32_t kFinsTcpFrameSend = 2;

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

// FINS has no magic of its own on UDP: the main request codes actually defined by OMRON are
// the best cheap filter against unrelated traffic on port 9600.
bool knownMainCode(std::uint8_t mrc)
{
    switch (mrc) {
    case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x09:
    case 0x0C: case 0x21: case 0x22: case 0x23: case 0x26: case 0x27: case 0x28:
        return true;
    default:
        return false;
    }
}

std::string nodeAddress(std::uint8_t network, std::uint8_t node, std::uint8_t unit)
{
    return "fins:" + std::to_string(network) + '.' + std::to_string(node) + '.' + std::to_string(unit);
}

} // namespace

void decodeOmronFins(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto first = reader.peekU8();
    if (!first)
        return;

    if (*first == 'F') {
        // FINS/TCP: magic, length, command, error code, then (for "frame send") the FINS frame.
        const auto magic = reader.be32();
        const auto length = reader.be32();
        const auto command = reader.be32();
        const auto error = reader.be32();
        if (!magic || *magic != kFinsTcpMagic || !length || !command || !error)
            return;
        if (*command != kFinsTcpFrameSend || *length < 8 + 12)
            return;
    }

    const auto icf = reader.u8();
    const auto rsv = reader.u8();
    const auto gct = reader.u8();
    const auto dna = reader.u8();
    const auto da1 = reader.u8();
    const auto da2 = reader.u8();
    const auto sna = reader.u8();
    const auto sa1 = reader.u8();
    const auto sa2 = reader.u8();
    const auto sid = reader.u8();
    const auto mrc = reader.u8();
    const auto src = reader.u8();
    if (!src || !icf || !rsv || !gct || !dna || !da1 || !da2 || !sna || !sa1 || !sa2 || !sid || !mrc)
        return;
    // ICF bits 1..5 are reserved (0); the gateway count never exceeds the 8-network limit.
    if ((*icf & 0x3E) != 0 || *rsv != 0 || *gct > 7 || !knownMainCode(*mrc))
        return;

    const bool response = (*icf & 0x40) != 0;
    add(facts, Subject::Source, Attribute::ProtocolRole, response ? "fins:server" : "fins:client", 0.9f);
    add(facts, Subject::Destination, Attribute::ProtocolRole, response ? "fins:client" : "fins:server", 0.7f);
    add(facts, Subject::Source, Attribute::StationAddress, nodeAddress(*sna, *sa1, *sa2), 0.9f);
    add(facts, Subject::Destination, Attribute::StationAddress, nodeAddress(*dna, *da1, *da2), 0.7f);

    if (!response || *mrc != 0x05 || *src != 0x01)
        return;
    const auto mainEnd = reader.u8();
    const auto subEnd = reader.u8();
    // Bit 7 of the main end code flags a relay error and bits 6-7 of the sub code CPU error
    // states; those still carry a normal completion.
    if (!mainEnd || !subEnd || (*mainEnd & 0x7F) != 0 || (*subEnd & 0x3F) != 0)
        return;
    const auto model = reader.bytes(20);
    if (!model)
        return;
    std::string modelName = sanitizeText(*model, 64);
    if (!modelName.empty())
        add(facts, Subject::Source, Attribute::ModelName, std::move(modelName), 0.95f);
    if (const auto version = reader.bytes(20)) {
        std::string firmware = sanitizeText(*version, 64);
        if (!firmware.empty())
            add(facts, Subject::Source, Attribute::FirmwareVersion, std::move(firmware), 0.95f);
    }
}

} // namespace mieruka::protocols
