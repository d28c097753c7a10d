// SPDX-License-Identifier: GPL-3.0-or-later
#include "modbus.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "modbus";
constexpr int kMaxPdusPerSegment = 16;
constexpr int kMaxObjects = 32;
constexpr std::size_t kMaxServerIdBytes = 32;
constexpr std::size_t kMbapSize = 7;

void add(FactList& facts, Subject subject, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.subject = subject;
    fact.attribute = attribute;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

/// FC 43 / MEI 14 reply body after the MEI type.
void decodeDeviceIdentification(net::ByteReader pdu, FactList& facts)
{
    auto readCode = pdu.u8();
    auto conformity = pdu.u8();
    auto moreFollows = pdu.u8();
    auto nextObject = pdu.u8();
    auto count = pdu.u8();
    if (!readCode || !conformity || !moreFollows || !nextObject || !count)
        return;
    for (int i = 0; i < std::min<int>(*count, kMaxObjects); ++i) {
        auto id = pdu.u8();
        auto length = pdu.u8();
        if (!id || !length)
            return;
        auto value = pdu.bytes(*length);
        if (!value)
            return;
        switch (*id) {
        case 0x00: add(facts, Subject::Source, Attribute::VendorName, sanitizeText(*value, 128), 0.95f); break;
        case 0x01: add(facts, Subject::Source, Attribute::ProductCode, sanitizeText(*value, 128), 0.95f); break;
        case 0x02: add(facts, Subject::Source, Attribute::FirmwareVersion, sanitizeText(*value, 64), 0.95f); break;
        case 0x04: add(facts, Subject::Source, Attribute::ProductName, sanitizeText(*value, 128), 0.95f); break;
        case 0x05: add(facts, Subject::Source, Attribute::ModelName, sanitizeText(*value, 128), 0.95f); break;
        case 0x06: add(facts, Subject::Source, Attribute::Hostname, sanitizeText(*value, 128), 0.6f); break;
        default: break;
        }
    }
}

void decodeServerId(net::ByteReader pdu, FactList& facts)
{
    auto count = pdu.u8();
    if (!count || *count == 0)
        return;
    auto bytes = pdu.bytes(*count);
    if (!bytes)
        return;
    // The content is device specific (id, run indicator, extra data): keep it as hex evidence.
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string value = "modbus-server-id:";
    for (std::size_t i = 0; i < std::min(bytes->size(), kMaxServerIdBytes); ++i) {
        const auto b = static_cast<unsigned>((*bytes)[i]);
        value.push_back(kDigits[b >> 4]);
        value.push_back(kDigits[b & 0x0f]);
    }
    add(facts, Subject::Source, Attribute::DeviceType, std::move(value), 0.5f);
}

} // namespace

void decodeModbus(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    // Early out: the protocol id (bytes 2-3) is always zero for Modbus.
    auto protocolHigh = reader.peekU8(2);
    auto protocolLow = reader.peekU8(3);
    if (!protocolHigh || !protocolLow || *protocolHigh != 0 || *protocolLow != 0 || reader.remaining() < kMbapSize + 1)
        return;

    const bool response = !context.toService && context.packet.srcPort == 502;
    const bool request = context.toService && context.packet.dstPort == 502;
    if (!response && !request)
        return;

    bool first = true;
    for (int i = 0; i < kMaxPdusPerSegment && reader.remaining() >= kMbapSize + 1; ++i) {
        auto transaction = reader.be16();
        auto protocol = reader.be16();
        auto length = reader.be16();
        auto unit = reader.u8();
        if (!transaction || !protocol || !length || !unit || *protocol != 0 || *length < 2 || *length > 254)
            return;
        auto pdu = reader.sub(*length - 1u);
        const bool complete = pdu.has_value();
        if (!complete)
            pdu = net::ByteReader(reader.rest());
        auto function = pdu->u8();
        if (!function || (*function & 0x7f) == 0)
            return;

        if (first) {
            add(facts, Subject::Source, Attribute::ProtocolRole, response ? "modbus:server" : "modbus:client", 0.9f);
            first = false;
        }
        const std::string station = "modbus:" + std::to_string(*unit);
        add(facts, response ? Subject::Source : Subject::Destination, Attribute::StationAddress, station,
            response ? 0.9f : 0.6f);

        if (response && complete) {
            if (*function == 0x2b) {
                auto mei = pdu->u8();
                if (mei && *mei == 0x0e)
                    decodeDeviceIdentification(*pdu, facts);
            } else if (*function == 0x11) {
                decodeServerId(*pdu, facts);
            }
        }
        if (!complete)
            return;
    }
}

} // namespace mieruka::protocols
