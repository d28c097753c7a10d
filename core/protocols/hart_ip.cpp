// SPDX-License-Identifier: GPL-3.0-or-later
#include "hart_ip.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <cstdio>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "hart_ip";
constexpr std::uint8_t kTypeRequest = 0;
constexpr std::uint8_t kTypeResponse = 1;
constexpr std::uint8_t kTypePublish = 2;
constexpr std::uint8_t kTypeError = 3;
constexpr std::uint8_t kTypeNak = 15;
constexpr std::uint8_t kIdSessionInitiate = 0;
constexpr std::uint8_t kIdTokenPassingPdu = 3;
constexpr std::uint8_t kFrameAck = 6;      // slave → master
constexpr std::uint8_t kExpansionMarker = 254;
constexpr std::size_t kHeaderLength = 8;

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

std::string hex16(std::uint32_t value)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%04x", static_cast<unsigned>(value & 0xFFFF));
    return text;
}

// Token-passing PDU = delimiter, address (1 or 5 bytes), expansion bytes, command, byte count,
// then for a slave's answer response code + field device status before the data.
void decodeCommandZeroResponse(net::ByteReader pdu, FactList& facts)
{
    const auto delimiter = pdu.u8();
    if (!delimiter || (*delimiter & 0x07) != kFrameAck)
        return;
    const std::size_t addressLength = (*delimiter & 0x80) != 0 ? 5 : 1;
    const std::size_t expansionLength = (*delimiter >> 5) & 0x03;
    if (!pdu.skip(addressLength + expansionLength))
        return;
    const auto command = pdu.u8();
    const auto byteCount = pdu.u8();
    if (!command || *command != 0 || !byteCount || *byteCount < 2 + 12)
        return;
    auto body = pdu.sub(*byteCount);
    if (!body)
        return;
    const auto responseCode = body->u8();
    const auto deviceStatus = body->u8();
    if (!responseCode || !deviceStatus || *responseCode != 0)
        return;

    const auto marker = body->u8();
    const auto deviceTypeHigh = body->u8();
    const auto deviceTypeLow = body->u8();
    const auto preambles = body->u8();
    const auto universalRevision = body->u8();
    const auto deviceRevision = body->u8();
    const auto softwareRevision = body->u8();
    const auto hardwareAndSignalling = body->u8();
    const auto flags = body->u8();
    const auto deviceId = body->be24();
    if (!marker || *marker != kExpansionMarker || !deviceTypeHigh || !deviceTypeLow || !preambles
        || !universalRevision || !deviceRevision || !softwareRevision || !hardwareAndSignalling || !flags
        || !deviceId)
        return;
    // Universal revisions 5..7 are the ones with this layout; anything else is not a HART
    // command 0 answer we understand.
    if (*universalRevision < 5 || *universalRevision > 7)
        return;

    std::optional<std::uint16_t> manufacturer;
    std::uint16_t deviceType = 0;
    if (*universalRevision >= 7) {
        // HART 7: 16-bit expanded device type; the manufacturer id moves to bytes 17-18.
        deviceType = static_cast<std::uint16_t>((*deviceTypeHigh << 8) | *deviceTypeLow);
        if (body->skip(5)) // min preambles S→M, max device vars, config counter, ext. status
            manufacturer = body->be16();
    } else {
        manufacturer = *deviceTypeHigh;
        deviceType = *deviceTypeLow;
    }

    if (manufacturer && *manufacturer != 0)
        add(facts, Subject::Source, Attribute::VendorId, std::to_string(*manufacturer), 0.95f);
    add(facts, Subject::Source, Attribute::ProductCode, hex16(deviceType), 0.95f);
    add(facts, Subject::Source, Attribute::FirmwareVersion, std::to_string(*softwareRevision), 0.9f);
    add(facts, Subject::Source, Attribute::HardwareVersion, std::to_string(*hardwareAndSignalling >> 3), 0.9f);
    add(facts, Subject::Source, Attribute::SerialNumber, std::to_string(*deviceId), 0.9f);
}

} // namespace

void decodeHartIp(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto version = reader.u8();
    if (!version || *version == 0 || *version > 2)
        return;
    const auto type = reader.u8();
    const auto id = reader.u8();
    const auto status = reader.u8();
    const auto sequence = reader.be16();
    const auto byteCount = reader.be16();
    if (!type || !id || !status || !sequence || !byteCount || *byteCount < kHeaderLength)
        return;
    if (*type != kTypeRequest && *type != kTypeResponse && *type != kTypePublish && *type != kTypeError
        && *type != kTypeNak)
        return;
    // Message ids 0..4 (session, keep-alive, PDU, discovery) and the v2 ids from 128 up.
    if (*id > 4 && *id < 128)
        return;

    const bool fromClient = *type == kTypeRequest;
    const float confidence = fromClient && *id != kIdSessionInitiate ? 0.8f : 0.9f;
    add(facts, Subject::Source, Attribute::ProtocolRole, fromClient ? "hart_ip:client" : "hart_ip:server", confidence);
    add(facts, Subject::Destination, Attribute::ProtocolRole, fromClient ? "hart_ip:server" : "hart_ip:client",
        confidence - 0.1f);

    if ((*type != kTypeResponse && *type != kTypePublish) || *id != kIdTokenPassingPdu)
        return;
    // The PDU may be cut by the capture; the HART byte count inside bounds what is read.
    const std::size_t bodyLength = std::min<std::size_t>(*byteCount - kHeaderLength, reader.remaining());
    if (auto pdu = reader.sub(bodyLength))
        decodeCommandZeroResponse(*pdu, facts);
}

} // namespace mieruka::protocols
