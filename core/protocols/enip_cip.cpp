// SPDX-License-Identifier: GPL-3.0-or-later
#include "enip_cip.h"

#include "cip_vendors.h"
#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "enip";
constexpr std::size_t kHeaderSize = 24;
constexpr int kMaxMessagesPerSegment = 16;
constexpr std::size_t kMaxCpfItems = 8;

enum Command : std::uint16_t {
    kNop = 0x0000,
    kListServices = 0x0004,
    kListIdentity = 0x0063,
    kListInterfaces = 0x0064,
    kRegisterSession = 0x0065,
    kUnregisterSession = 0x0066,
    kSendRRData = 0x006f,
    kSendUnitData = 0x0070,
    kIndicateStatus = 0x0072,
    kCancel = 0x0073,
};

bool isKnownCommand(std::uint16_t command)
{
    switch (command) {
    case kNop: case kListServices: case kListIdentity: case kListInterfaces: case kRegisterSession:
    case kUnregisterSession: case kSendRRData: case kSendUnitData: case kIndicateStatus: case kCancel:
        return true;
    default:
        return false;
    }
}

/// Names of the common CIP device profiles (CIP Vol. 1 ch. 6); other values are shown as hex.
std::string_view deviceTypeName(std::uint16_t type)
{
    switch (type) {
    case 0x00: return "Generic Device (deprecated)";
    case 0x02: return "AC Drive";
    case 0x03: return "Motor Overload";
    case 0x07: return "General Purpose Discrete I/O";
    case 0x0c: return "Communications Adapter";
    case 0x0e: return "Programmable Logic Controller";
    case 0x10: return "Position Controller";
    case 0x13: return "DC Drive";
    case 0x16: return "Motor Starter";
    case 0x18: return "Human-Machine Interface";
    case 0x22: return "Encoder";
    case 0x23: return "Safety Discrete I/O Device";
    case 0x25: return "CIP Motion Drive";
    case 0x2b: return "Generic Device (keyable)";
    case 0x2c: return "Managed Switch";
    default: return {};
    }
}

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.subject = Subject::Source;
    fact.attribute = attribute;
    fact.protocol = kProtocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

std::string hex(std::uint32_t value, int digits)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "0x%0*x", digits, static_cast<unsigned>(value));
    return buffer.data();
}

/// The Identity object's attributes 1-7 in wire order (shared by ListIdentity and
/// Get_Attributes_All). Read completely before any fact is emitted.
struct Identity {
    std::uint16_t vendor = 0;
    std::uint16_t deviceType = 0;
    std::uint16_t productCode = 0;
    std::uint8_t major = 0;
    std::uint8_t minor = 0;
    std::uint32_t serial = 0;
    std::span<const std::byte> name;
};

std::optional<Identity> readIdentity(net::ByteReader& reader)
{
    Identity identity;
    auto vendor = reader.le16();
    auto type = reader.le16();
    auto code = reader.le16();
    auto major = reader.u8();
    auto minor = reader.u8();
    auto status = reader.le16();
    auto serial = reader.le32();
    auto nameLength = reader.u8();
    if (!vendor || !type || !code || !major || !minor || !status || !serial || !nameLength)
        return std::nullopt;
    auto name = reader.bytes(*nameLength);
    if (!name)
        return std::nullopt;
    identity.vendor = *vendor;
    identity.deviceType = *type;
    identity.productCode = *code;
    identity.major = *major;
    identity.minor = *minor;
    identity.serial = *serial;
    identity.name = *name;
    return identity;
}

void emitIdentity(const Identity& identity, float confidence, FactList& facts)
{
    add(facts, Attribute::VendorId, std::to_string(identity.vendor), confidence);
    add(facts, Attribute::VendorName, std::string(cipVendorName(identity.vendor)), confidence);
    const std::string_view typeName = deviceTypeName(identity.deviceType);
    add(facts, Attribute::DeviceType, typeName.empty() ? hex(identity.deviceType, 4) : std::string(typeName), confidence);
    add(facts, Attribute::ProductCode, std::to_string(identity.productCode), confidence);
    // Major.minor in decimal, as ICSNPP's cip_identity.log prints it ("4.3").
    add(facts, Attribute::FirmwareVersion, std::to_string(identity.major) + '.' + std::to_string(identity.minor), confidence);
    add(facts, Attribute::SerialNumber, hex(identity.serial, 8), confidence);
    add(facts, Attribute::ProductName, sanitizeText(identity.name, 64), confidence);
}

void decodeListIdentityReply(net::ByteReader body, FactList& facts)
{
    auto count = body.le16();
    if (!count)
        return;
    for (std::size_t i = 0; i < std::min<std::size_t>(*count, kMaxCpfItems); ++i) {
        auto type = body.le16();
        auto length = body.le16();
        if (!type || !length)
            return;
        auto item = body.sub(*length);
        if (!item)
            return;
        if (*type != 0x000c)
            continue;
        auto version = item->le16();
        auto family = item->be16(); // sockaddr_in is big-endian on the wire
        auto port = item->be16();
        auto address = item->bytes(4);
        if (!version || !family || !port || !address || !item->skip(8))
            return;
        auto identity = readIdentity(*item);
        if (!identity)
            return;
        emitIdentity(*identity, 0.95f, facts);
        const auto ip = net::IpAddress::v4FromBytes(*address);
        if (*family == 2 && !ip.isUnspecified())
            add(facts, Attribute::ManagementAddress, ip.toString(), 0.9f);
    }
}

/// A CIP reply carried in the data item of SendRRData (0xB2) or SendUnitData (0xB1).
void decodeCipReply(net::ByteReader cip, FactList& facts)
{
    auto service = cip.u8();
    auto reserved = cip.u8();
    auto status = cip.u8();
    auto extraWords = cip.u8();
    if (!service || !reserved || !status || !extraWords)
        return;
    // Only a successful Get_Attributes_All reply; nothing in it names the class, so the
    // layout has to match the Identity object closely before we trust it.
    if (*service != 0x81 || *reserved != 0 || *status != 0 || *extraWords != 0)
        return;
    const std::size_t total = cip.remaining();
    auto identity = readIdentity(cip);
    if (!identity || identity->vendor == 0 || identity->name.empty() || identity->name.size() > 32)
        return;
    // Attributes 8-11 (state, configuration consistency, heartbeat, ...) may follow; more
    // than that means it was some other object.
    if (cip.remaining() > 8 || total < 15)
        return;
    for (std::byte b : identity->name) {
        const auto c = static_cast<unsigned char>(b);
        if (c < 0x20 || c > 0x7e)
            return;
    }
    emitIdentity(*identity, 0.8f, facts);
}

void decodeRequestResponseData(net::ByteReader body, bool connected, FactList& facts)
{
    if (!body.skip(6)) // interface handle, timeout
        return;
    auto count = body.le16();
    if (!count)
        return;
    for (std::size_t i = 0; i < std::min<std::size_t>(*count, kMaxCpfItems); ++i) {
        auto type = body.le16();
        auto length = body.le16();
        if (!type || !length)
            return;
        auto item = body.sub(*length);
        if (!item)
            return;
        if (*type == 0x00b2 && !connected) {
            decodeCipReply(*item, facts);
        } else if (*type == 0x00b1 && connected) {
            if (item->skip(2)) // connected data starts with a sequence count
                decodeCipReply(*item, facts);
        }
    }
}

} // namespace

void decodeEnipCip(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    // Early out: every encapsulation command we know has 0x00 as its high byte.
    auto high = reader.peekU8(1);
    if (!high || *high != 0 || reader.remaining() < kHeaderSize)
        return;

    bool roleEmitted = false;
    for (int message = 0; message < kMaxMessagesPerSegment && reader.remaining() >= kHeaderSize; ++message) {
        auto command = reader.le16();
        auto length = reader.le16();
        auto session = reader.le32();
        auto status = reader.le32();
        if (!command || !length || !session || !status || !reader.skip(8))
            return;
        auto options = reader.le32();
        if (!options || *options != 0 || !isKnownCommand(*command))
            return;
        // A segment may end inside the message (TCP); read only what is there.
        auto body = reader.sub(*length);
        const bool complete = body.has_value();
        if (!complete)
            body = net::ByteReader(reader.rest());

        if (!roleEmitted) {
            if (context.toService && *command == kRegisterSession) {
                add(facts, Attribute::ProtocolRole, "enip:client", 0.9f);
                roleEmitted = true;
            } else if (!context.toService && context.packet.srcPort == 44818) {
                add(facts, Attribute::ProtocolRole, "enip:server", 0.9f);
                roleEmitted = true;
            }
        }
        if (*status == 0 && *length > 0) {
            // A ListIdentity request has no body, so any body is the reply, whichever port it uses.
            if (*command == kListIdentity)
                decodeListIdentityReply(*body, facts);
            else if (*command == kSendRRData && !context.toService)
                decodeRequestResponseData(*body, false, facts);
            else if (*command == kSendUnitData && !context.toService)
                decodeRequestResponseData(*body, true, facts);
        }
        if (!complete)
            return;
    }
}

} // namespace mieruka::protocols
