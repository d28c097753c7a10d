// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnp3.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "dnp3";
constexpr std::uint8_t kDirMaster = 0x80;
constexpr std::uint8_t kPrimary = 0x40;
// 0xFFF0..0xFFFF are reserved / broadcast link addresses: they never name a station.
constexpr std::uint16_t kFirstReservedAddress = 0xFFF0;

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

// Link function codes defined by IEEE 1815 for primary (PRM=1) and secondary frames: an
// undefined one means the bytes only happen to start with 05 64.
bool validFunction(std::uint8_t control)
{
    const std::uint8_t code = control & 0x0F;
    if ((control & kPrimary) != 0)
        return code == 0 || code == 1 || code == 2 || code == 3 || code == 4 || code == 9;
    return code == 0 || code == 1 || code == 11 || code == 14 || code == 15;
}

} // namespace

void decodeDnp3(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto start = reader.be16();
    if (!start || *start != 0x0564)
        return;
    const auto length = reader.u8();
    const auto control = reader.u8();
    const auto destination = reader.le16();
    const auto source = reader.le16();
    const auto crc = reader.le16();
    // Length counts control, addresses and user data (CRCs excluded): 5..255.
    if (!length || !control || !destination || !source || !crc || *length < 5 || !validFunction(*control))
        return;

    const bool fromMaster = (*control & kDirMaster) != 0;
    add(facts, Subject::Source, Attribute::ProtocolRole, fromMaster ? "dnp3:master" : "dnp3:outstation", 0.9f);
    add(facts, Subject::Destination, Attribute::ProtocolRole, fromMaster ? "dnp3:outstation" : "dnp3:master", 0.8f);
    if (*source < kFirstReservedAddress)
        add(facts, Subject::Source, Attribute::StationAddress, "dnp3:" + std::to_string(*source), 0.9f);
}

} // namespace mieruka::protocols
