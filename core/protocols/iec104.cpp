// SPDX-License-Identifier: GPL-3.0-or-later
#include "iec104.h"

#include "core/net/byte_reader.h"

#include <cstdint>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "iec104";
constexpr std::uint8_t kStart = 0x68;
constexpr std::uint8_t kStartDtAct = 0x07;
constexpr std::uint8_t kStartDtCon = 0x0B;

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

void addRoles(FactList& facts, bool senderControls, float confidence)
{
    add(facts, Subject::Source, Attribute::ProtocolRole,
        senderControls ? "iec104:controlling_station" : "iec104:controlled_station", confidence);
    add(facts, Subject::Destination, Attribute::ProtocolRole,
        senderControls ? "iec104:controlled_station" : "iec104:controlling_station", confidence);
}

enum class Sender { Unknown, Controlling, Controlled };

// Who sent an ASDU. Monitor-direction types (1..44, 70 end of initialisation) come from the
// controlled station; command, system and parameter types are sent by the controlling station
// as activation / deactivation, and mirrored back by the controlled station as confirmations,
// terminations and "unknown ..." negative answers.
Sender senderOf(std::uint8_t type, std::uint8_t cause)
{
    if ((type >= 1 && type <= 44) || type == 70)
        return Sender::Controlled;
    const bool controlType = (type >= 45 && type <= 69) || (type >= 100 && type <= 113);
    if (!controlType)
        return Sender::Unknown;
    switch (cause) {
    case 6: // activation
    case 8: // deactivation
        return Sender::Controlling;
    case 7: case 9: case 10: case 44: case 45: case 46: case 47:
        return Sender::Controlled;
    default:
        return Sender::Unknown;
    }
}

} // namespace

void decodeIec104(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto start = reader.u8();
    if (!start || *start != kStart)
        return;
    const auto length = reader.u8();
    if (!length || *length < 4 || *length > 253)
        return;
    auto apdu = reader.sub(*length);
    if (!apdu)
        return;
    const auto control1 = apdu->u8();
    const auto control2 = apdu->u8();
    const auto control3 = apdu->u8();
    const auto control4 = apdu->u8();
    if (!control1 || !control2 || !control3 || !control4)
        return;

    if ((*control1 & 0x03) == 0x03) { // U format
        if (*length != 4 || *control2 != 0 || *control3 != 0 || *control4 != 0)
            return;
        if (*control1 == kStartDtAct)
            addRoles(facts, true, 0.9f);
        else if (*control1 == kStartDtCon)
            addRoles(facts, false, 0.9f);
        return;
    }
    if ((*control1 & 0x01) != 0) // S format carries no ASDU
        return;

    // I format: data unit identifier with 1-byte type, 1-byte VSQ, 2-byte cause, 2-byte address.
    const auto type = apdu->u8();
    const auto vsq = apdu->u8();
    const auto cause = apdu->u8();
    const auto originator = apdu->u8();
    const auto commonAddress = apdu->le16();
    if (!type || !vsq || !cause || !originator || !commonAddress || *type == 0)
        return;
    const std::uint8_t causeCode = *cause & 0x3F;
    if (causeCode == 0 || (*vsq & 0x7F) == 0)
        return;
    const Sender sender = senderOf(*type, causeCode);
    if (sender == Sender::Unknown)
        return;
    const bool senderControls = sender == Sender::Controlling;
    addRoles(facts, senderControls, 0.9f);
    // 0xFFFF is the global (broadcast) address, 0 is unused: neither names a station.
    if (*commonAddress != 0 && *commonAddress != 0xFFFF)
        add(facts, senderControls ? Subject::Destination : Subject::Source, Attribute::StationAddress,
            "iec104:" + std::to_string(*commonAddress), senderControls ? 0.7f : 0.9f);
}

} // namespace mieruka::protocols
