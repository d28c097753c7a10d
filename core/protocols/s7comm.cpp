// SPDX-License-Identifier: GPL-3.0-or-later
#include "s7comm.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kS7 = "s7comm";
constexpr std::string_view kS7Plus = "s7comm_plus";
constexpr int kMaxTpktPerSegment = 8;
constexpr int kMaxSzlRecords = 32;

constexpr std::uint8_t kCotpConnectRequest = 0xe0;
constexpr std::uint8_t kCotpConnectConfirm = 0xd0;
constexpr std::uint8_t kCotpData = 0xf0;

void add(FactList& facts, std::string_view protocol, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.subject = Subject::Source;
    fact.attribute = attribute;
    fact.protocol = protocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

struct Roles {
    bool emitted = false;
    void emit(FactList& facts, std::string_view protocol, std::string value, float confidence)
    {
        if (emitted)
            return;
        add(facts, protocol, Attribute::ProtocolRole, std::move(value), confidence);
        emitted = true;
    }
};

/// "V3.2.6" from Ausbg 'V',3 and Ausbe 2,6.
std::string version(std::uint16_t ausbg, std::uint16_t ausbe)
{
    std::array<char, 24> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "V%u.%u.%u", static_cast<unsigned>(ausbg & 0xff),
                  static_cast<unsigned>(ausbe >> 8), static_cast<unsigned>(ausbe & 0xff));
    return buffer.data();
}

/// SZL 0x0011 record: index, MLFB (20 chars), BGTyp, Ausbg, Ausbe.
void decodeModuleIdentification(net::ByteReader record, FactList& facts)
{
    auto index = record.be16();
    auto mlfb = record.bytes(20);
    auto bgtyp = record.be16();
    auto ausbg = record.be16();
    auto ausbe = record.be16();
    if (!index || !mlfb || !bgtyp || !ausbg || !ausbe)
        return;
    switch (*index) {
    case 0x0001:
        add(facts, kS7, Attribute::ModelName, sanitizeText(*mlfb, 64), 0.95f);
        break;
    case 0x0006:
        // Hardware release: a plain number in Ausbe on the S7-300/400 we have seen.
        if ((*ausbg >> 8) == 'V')
            add(facts, kS7, Attribute::HardwareVersion, version(*ausbg, *ausbe), 0.9f);
        else
            add(facts, kS7, Attribute::HardwareVersion, std::to_string(*ausbe), 0.7f);
        break;
    case 0x0007:
        // Firmware: 'V' then major in Ausbg, minor and patch in Ausbe ("V3.2.6").
        if ((*ausbg >> 8) == 'V')
            add(facts, kS7, Attribute::FirmwareVersion, version(*ausbg, *ausbe), 0.95f);
        break;
    default:
        break;
    }
}

/// SZL 0x001C record: index then a NUL-padded text (32 bytes for the text indices).
void decodeComponentIdentification(net::ByteReader record, FactList& facts, bool& haveTypeName,
                                   std::string& moduleName)
{
    auto index = record.be16();
    if (!index)
        return;
    const auto text = record.rest();
    switch (*index) {
    case 0x0001: // name of the automation system (the station name set in the project)
        add(facts, kS7, Attribute::Hostname, sanitizeText(text, 64), 0.9f);
        break;
    case 0x0002: // name of the module; only a fallback for the product (user-editable)
        moduleName = sanitizeText(text, 64);
        break;
    case 0x0003:
        add(facts, kS7, Attribute::PlantId, sanitizeText(text, 64), 0.9f);
        break;
    case 0x0005:
        add(facts, kS7, Attribute::SerialNumber, sanitizeText(text, 64), 0.95f);
        break;
    case 0x0007: {
        std::string typeName = sanitizeText(text, 64);
        haveTypeName = haveTypeName || !typeName.empty();
        add(facts, kS7, Attribute::ProductName, std::move(typeName), 0.95f);
        break;
    }
    case 0x000b:
        add(facts, kS7, Attribute::Location, sanitizeText(text, 64), 0.9f);
        break;
    default:
        break;
    }
}

/// User-data PDU: parameter and data areas already cut out.
void decodeUserData(net::ByteReader parameter, net::ByteReader data, FactList& facts)
{
    auto head = parameter.be24();
    auto parameterLength = parameter.u8();
    auto method = parameter.u8();
    auto typeGroup = parameter.u8();
    auto subfunction = parameter.u8();
    if (!head || *head != 0x000112 || !parameterLength || !method || !typeGroup || !subfunction)
        return;
    // Type 8 = response, group 4 = CPU functions, subfunction 1 = Read SZL.
    if ((*typeGroup >> 4) != 0x8 || (*typeGroup & 0x0f) != 0x4 || *subfunction != 0x01)
        return;
    auto returnCode = data.u8();
    auto transportSize = data.u8();
    auto dataLength = data.be16();
    if (!returnCode || *returnCode != 0xff || !transportSize || !dataLength)
        return;
    auto szl = data.sub(*dataLength);
    if (!szl)
        szl = net::ByteReader(data.rest()); // a short capture still gives the first records
    auto szlId = szl->be16();
    auto szlIndex = szl->be16();
    auto recordLength = szl->be16();
    auto recordCount = szl->be16();
    if (!szlId || !szlIndex || !recordLength || !recordCount || *recordLength < 2)
        return;
    const std::uint8_t list = *szlId & 0xff;
    if (list != 0x11 && list != 0x1c)
        return;
    bool haveTypeName = false;
    std::string moduleName;
    for (int i = 0; i < std::min<int>(*recordCount, kMaxSzlRecords); ++i) {
        auto record = szl->sub(*recordLength);
        if (!record)
            break;
        if (list == 0x11)
            decodeModuleIdentification(*record, facts);
        else
            decodeComponentIdentification(*record, facts, haveTypeName, moduleName);
    }
    if (!haveTypeName && !moduleName.empty())
        add(facts, kS7, Attribute::ProductName, std::move(moduleName), 0.7f);
}

void decodeS7(net::ByteReader s7, bool toService, FactList& facts, Roles& roles)
{
    auto protocolId = s7.u8();
    auto rosctr = s7.u8();
    auto redundancy = s7.be16();
    auto reference = s7.be16();
    auto parameterLength = s7.be16();
    auto dataLength = s7.be16();
    if (!protocolId || !rosctr || !redundancy || !reference || !parameterLength || !dataLength)
        return;
    switch (*rosctr) {
    case 0x01: // job
        if (toService)
            roles.emit(facts, kS7, "s7comm:client", 0.9f);
        return;
    case 0x02: // ack
    case 0x03: // ack-data
        if (!toService)
            roles.emit(facts, kS7, "s7comm:server", 0.9f);
        return;
    case 0x07:
        break;
    default:
        return;
    }
    if (!toService)
        roles.emit(facts, kS7, "s7comm:server", 0.9f);
    auto parameter = s7.sub(*parameterLength);
    if (!parameter)
        return;
    auto data = s7.sub(*dataLength);
    decodeUserData(*parameter, data ? *data : net::ByteReader(s7.rest()), facts);
}

void decodeCotp(net::ByteReader tpdu, bool toService, FactList& facts, Roles& roles)
{
    auto headerLength = tpdu.u8();
    auto type = tpdu.u8();
    if (!headerLength || !type || *headerLength < 1)
        return;
    const std::uint8_t pduType = *type & 0xf0;
    if (pduType == kCotpConnectRequest && toService) {
        roles.emit(facts, kS7, "s7comm:client", 0.7f);
        return;
    }
    if (pduType == kCotpConnectConfirm && !toService) {
        roles.emit(facts, kS7, "s7comm:server", 0.7f);
        return;
    }
    if (pduType != kCotpData || !tpdu.skip(*headerLength - 1u))
        return;
    auto protocolId = tpdu.peekU8();
    if (!protocolId)
        return;
    if (*protocolId == 0x32) {
        decodeS7(tpdu, toService, facts, roles);
    } else if (*protocolId == 0x72) {
        // S7comm-plus: identity travels in opaque or encrypted objects; roles only.
        roles.emit(facts, kS7Plus, toService ? "s7comm_plus:client" : "s7comm_plus:server", 0.9f);
    }
}

} // namespace

void decodeS7comm(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    auto first = reader.peekU8();
    if (!first || *first != 0x03)
        return;
    Roles roles;
    for (int i = 0; i < kMaxTpktPerSegment && reader.remaining() >= 4; ++i) {
        auto version = reader.u8();
        auto reserved = reader.u8();
        auto length = reader.be16();
        if (!version || *version != 0x03 || !reserved || *reserved != 0 || !length || *length < 7)
            return;
        auto tpdu = reader.sub(*length - 4u);
        if (!tpdu) {
            decodeCotp(net::ByteReader(reader.rest()), context.toService, facts, roles);
            return;
        }
        decodeCotp(*tpdu, context.toService, facts, roles);
    }
}

} // namespace mieruka::protocols
