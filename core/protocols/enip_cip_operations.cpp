// SPDX-License-Identifier: GPL-3.0-or-later
#include "enip_cip_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "enip";
constexpr std::size_t kHeaderSize = 24;
constexpr int kMaxMessagesPerSegment = 16;
constexpr std::size_t kMaxCpfItems = 8;
constexpr int kMaxNesting = 3;            // Unconnected Send ⊃ Multiple Service Packet ⊃ request
constexpr std::size_t kMaxPackedServices = 32;

using C = OperationClass;

// CIP classes the classification depends on (CIP Vol. 1 ch. 5; 0x8B Rockwell WallClockTime as
// pycomm3 and the Logix manuals use it).
constexpr std::uint32_t kIdentity = 0x01;
constexpr std::uint32_t kMessageRouter = 0x02;
constexpr std::uint32_t kConnectionManager = 0x06;
constexpr std::uint32_t kFile = 0x37;
constexpr std::uint32_t kPccc = 0x67;
constexpr std::uint32_t kSymbol = 0x6b;
constexpr std::uint32_t kWallClockTime = 0x8b;
constexpr std::uint32_t kTcpIp = 0xf5;
constexpr std::uint32_t kEthernetLink = 0xf6;

void add(OperationList& operations, C operationClass, OperationName name, std::uint32_t code)
{
    operations.push_back(Operation{operationClass, kProtocol, std::move(name), code});
}

std::string hex(std::uint32_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text = "0x";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        text.push_back(kDigits[(value >> shift) & 0x0f]);
    return text;
}

std::string_view className(std::uint32_t cipClass)
{
    switch (cipClass) {
    case 0x01: return "Identity";
    case 0x02: return "Message Router";
    case 0x04: return "Assembly";
    case 0x06: return "Connection Manager";
    case 0x37: return "File";
    case 0x43: return "Time Sync";
    case 0x48: return "QoS";
    case 0x67: return "PCCC";
    case 0x6b: return "Symbol";
    case 0x6c: return "Template";
    case 0x8b: return "Wall Clock Time";
    case 0xf4: return "Port";
    case 0xf5: return "TCP/IP Interface";
    case 0xf6: return "Ethernet Link";
    default: return {};
    }
}

struct Path {
    std::optional<std::uint32_t> cipClass;
    std::optional<std::uint32_t> instance;
    std::optional<std::uint32_t> attribute;
    bool symbolic = false;
};

/// Logical (8/16/32-bit class, instance, attribute, member, connection point) and ANSI
/// extended symbolic segments; anything else ends the walk with what was read so far.
Path readPath(net::ByteReader path)
{
    Path result;
    while (!path.atEnd()) {
        auto segment = path.u8();
        if (!segment)
            break;
        if (*segment == 0x91) {
            auto length = path.u8();
            if (!length || !path.skip(*length + (*length & 1u)))
                break;
            result.symbolic = true;
            continue;
        }
        if ((*segment & 0xe0) != 0x20)
            break;
        std::optional<std::uint32_t> value;
        switch (*segment & 0x03) {
        case 0: value = path.u8(); break;
        case 1: if (auto pad = path.u8(); pad) { if (auto v = path.le16()) value = *v; } break;
        case 2: if (auto pad = path.u8(); pad) value = path.le32(); break;
        default: break;
        }
        if (!value)
            break;
        switch ((*segment >> 2) & 0x07) {
        case 0: result.cipClass = *value; break;
        case 1: result.instance = *value; break;
        case 4: result.attribute = *value; break;
        default: break; // member, connection point: not needed to classify
        }
    }
    return result;
}

std::string withClass(std::string_view service, const Path& path)
{
    std::string name(service);
    if (!path.cipClass) // symbolic or empty path: the service name alone
        return name;
    const std::string_view known = className(*path.cipClass);
    name += " (";
    name += known.empty() ? "class " + hex(*path.cipClass, *path.cipClass > 0xff ? 4 : 2) : std::string(known);
    name += ')';
    return name;
}

void classifyRequest(net::ByteReader cip, int depth, OperationList& operations);

/// Execute PCCC (0x4B to the PCCC object): requestor id, then CMD, STS, TNS, FNC.
void classifyPccc(net::ByteReader data, OperationList& operations)
{
    auto idLength = data.u8();
    if (!idLength || *idLength < 7 || !data.skip(*idLength - 1u))
        return;
    auto command = data.u8();
    auto status = data.u8();
    auto tns = data.le16();
    if (!command || !status || !tns)
        return;
    const std::uint8_t cmd = *command & 0x0f;
    auto function = data.u8();
    if (!function)
        return;
    const std::uint32_t code = (0x4bu << 16) | (cmd << 8u) | *function;
    if (cmd != 0x0f) {
        add(operations, C::Other, "PCCC CMD " + hex(cmd, 2), code);
        return;
    }
    switch (*function) {
    case 0x80: add(operations, C::Control, "PCCC Change Mode", code); return;
    case 0x67: add(operations, C::Write, "PCCC Typed Write", code); return;
    case 0x68: add(operations, C::Read, "PCCC Typed Read", code); return;
    case 0xa2: add(operations, C::Read, "PCCC Protected Typed Logical Read (3 address fields)", code); return;
    case 0xaa: add(operations, C::Write, "PCCC Protected Typed Logical Write (3 address fields)", code); return;
    case 0xab: add(operations, C::Write, "PCCC Protected Typed Logical Masked Write (4 address fields)", code); return;
    default: add(operations, C::Other, "PCCC " + hex(*function, 2), code); return;
    }
}

/// Unconnected Send (0x52 to the Connection Manager): time tick, timeout, message size, message.
void classifyUnconnectedSend(net::ByteReader data, int depth, OperationList& operations)
{
    auto tick = data.u8();
    auto timeout = data.u8();
    auto size = data.le16();
    if (!tick || !timeout || !size)
        return;
    auto message = data.sub(*size);
    classifyRequest(message ? *message : net::ByteReader(data.rest()), depth + 1, operations);
}

/// Multiple Service Packet (0x0A to the Message Router): count, offsets from the count field.
void classifyMultiple(net::ByteReader data, int depth, OperationList& operations)
{
    const auto all = data.rest();
    auto count = data.le16();
    if (!count)
        return;
    std::array<std::uint16_t, kMaxPackedServices> offsets{};
    const std::size_t services = std::min<std::size_t>(*count, kMaxPackedServices);
    std::size_t known = 0;
    for (; known < services; ++known) {
        auto offset = data.le16();
        if (!offset)
            break;
        offsets[known] = *offset;
    }
    for (std::size_t i = 0; i < known; ++i) {
        const std::size_t begin = offsets[i];
        if (begin < 2 + 2 * known || begin >= all.size())
            return;
        std::size_t end = all.size();
        if (i + 1 < known && offsets[i + 1] > begin && offsets[i + 1] <= all.size())
            end = offsets[i + 1];
        classifyRequest(net::ByteReader(all.subspan(begin, end - begin)), depth + 1, operations);
    }
}

struct Standard {
    std::string_view name;
    C operationClass;
};

/// Common services (CIP Vol. 1 appendix A), for any class.
std::optional<Standard> standardService(std::uint8_t service)
{
    switch (service) {
    case 0x01: return Standard{"Get_Attributes_All", C::Read};
    case 0x02: return Standard{"Set_Attributes_All", C::Write};
    case 0x03: return Standard{"Get_Attribute_List", C::Read};
    case 0x04: return Standard{"Set_Attribute_List", C::Write};
    case 0x05: return Standard{"Reset", C::Control};
    case 0x06: return Standard{"Start", C::Control};
    case 0x07: return Standard{"Stop", C::Control};
    case 0x08: return Standard{"Create", C::Configuration};
    case 0x09: return Standard{"Delete", C::Configuration};
    case 0x0d: return Standard{"Apply_Attributes", C::Configuration};
    case 0x0e: return Standard{"Get_Attribute_Single", C::Read};
    case 0x10: return Standard{"Set_Attribute_Single", C::Write};
    case 0x11: return Standard{"Find_Next_Object_Instance", C::Read};
    case 0x15: return Standard{"Restore", C::Configuration};
    case 0x16: return Standard{"Save", C::Configuration};
    case 0x17: return Standard{"No Operation", C::Other};
    case 0x18: return Standard{"Get_Member", C::Read};
    case 0x19: return Standard{"Set_Member", C::Write};
    case 0x1a: return Standard{"Insert_Member", C::Write};
    case 0x1b: return Standard{"Remove_Member", C::Write};
    default: return std::nullopt;
    }
}

/// Object-specific services (0x4B and up) mean different things per class: only the
/// combinations we can name with confidence are classified, others stay Other.
bool classifySpecific(std::uint8_t service, const Path& path, net::ByteReader data, int depth,
                      OperationList& operations)
{
    const std::uint32_t cipClass = path.cipClass.value_or(0);
    if (cipClass == kConnectionManager) {
        switch (service) {
        case 0x52: classifyUnconnectedSend(data, depth, operations); return true;
        case 0x54: add(operations, C::Session, "Forward Open", service); return true;
        case 0x5b: add(operations, C::Session, "Large Forward Open", service); return true;
        case 0x4e: add(operations, C::Session, "Forward Close", service); return true;
        default: return false;
        }
    }
    // Rockwell's vendor-specific objects, known from public attack captures rather than a
    // specification: class 0xA1 carries firmware images in its transfers (the image text is
    // readable in them), and 0x4B / 0x4C addressed through the controller object (0x8E → 0x74)
    // bracket every remote stop/start and download as a lock and its release.
    if (cipClass == 0xa1) {
        add(operations, C::Firmware, "Firmware update (service " + hex(service, 2) + ", class 0xA1)", service);
        return true;
    }
    if (cipClass == 0x74 && (service == 0x4b || service == 0x4c)) {
        add(operations, C::Control, service == 0x4b ? "Controller lock (class 0x74)" : "Controller unlock (class 0x74)",
            service);
        return true;
    }
    if (cipClass == kPccc && service == 0x4b) {
        classifyPccc(data, operations);
        return true;
    }
    if (cipClass == kFile) {
        // File object (CIP Vol. 1 5-42): downloads replace files on the device (programs,
        // firmware, EDS); uploads read them.
        switch (service) {
        case 0x4b: add(operations, C::Read, "Initiate Upload (File)", service); return true;
        case 0x4c: add(operations, C::Program, "File download (Initiate Download)", service); return true;
        case 0x4d: add(operations, C::Read, "Initiate Partial Read (File)", service); return true;
        case 0x4e: add(operations, C::Program, "File download (Initiate Partial Write)", service); return true;
        case 0x4f: add(operations, C::Read, "Upload Transfer (File)", service); return true;
        case 0x50: add(operations, C::Program, "File download (Download Transfer)", service); return true;
        case 0x51: add(operations, C::Configuration, "Clear File (File)", service); return true;
        default: return false;
        }
    }
    // Logix tag services address a tag by symbol (or a Symbol object instance).
    if (path.symbolic || cipClass == kSymbol) {
        switch (service) {
        case 0x4c: add(operations, C::Read, "Read Tag", service); return true;
        case 0x4d: add(operations, C::Write, "Write Tag", service); return true;
        case 0x4e: add(operations, C::Write, "Read Modify Write Tag", service); return true;
        case 0x52: add(operations, C::Read, "Read Tag Fragmented", service); return true;
        case 0x53: add(operations, C::Write, "Write Tag Fragmented", service); return true;
        default: return false;
        }
    }
    return false;
}

void classifyRequest(net::ByteReader cip, int depth, OperationList& operations)
{
    if (depth > kMaxNesting)
        return;
    auto service = cip.u8();
    auto pathWords = cip.u8();
    if (!service || !pathWords || (*service & 0x80) != 0)
        return;
    auto pathBytes = cip.sub(*pathWords * 2u);
    if (!pathBytes)
        return;
    const Path path = readPath(*pathBytes);
    const std::uint32_t cipClass = path.cipClass.value_or(0);

    if (*service == 0x0a && cipClass == kMessageRouter) {
        classifyMultiple(cip, depth, operations);
        return;
    }
    if (auto standard = standardService(*service)) {
        C operationClass = standard->operationClass;
        if (operationClass == C::Read && cipClass == kIdentity)
            operationClass = C::Diagnostics;
        if (operationClass == C::Write) {
            if (cipClass == kIdentity || cipClass == kTcpIp || cipClass == kEthernetLink)
                operationClass = C::Configuration; // IP address, link settings, identity
            else if (cipClass == kWallClockTime)
                operationClass = C::TimeSet;
            else if (cipClass == kFile)
                operationClass = C::Program;
        }
        add(operations, operationClass, withClass(standard->name, path), *service);
        return;
    }
    if (classifySpecific(*service, path, cip, depth, operations))
        return;
    add(operations, C::Other, withClass("Service " + hex(*service, 2), path), *service);
}

/// SendRRData / SendUnitData body: interface handle, timeout, then CPF items.
void classifyCpf(net::ByteReader body, OperationList& operations)
{
    if (!body.skip(6))
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
        const bool complete = item.has_value();
        if (!complete)
            item = net::ByteReader(body.rest());
        if (*type == 0x00b2) {
            classifyRequest(*item, 0, operations);
        } else if (*type == 0x00b1) {
            if (item->skip(2)) // connected data starts with a sequence count
                classifyRequest(*item, 0, operations);
        }
        if (!complete)
            return;
    }
}

} // namespace

void decodeEnipCipOperations(const PayloadContext& context, OperationList& operations)
{
    if (!context.toService)
        return;
    net::ByteReader reader(context.payload);
    // Early out: every encapsulation command we know has 0x00 as its high byte.
    auto high = reader.peekU8(1);
    if (!high || *high != 0 || reader.remaining() < kHeaderSize)
        return;

    for (int message = 0; message < kMaxMessagesPerSegment && reader.remaining() >= kHeaderSize; ++message) {
        auto command = reader.le16();
        auto length = reader.le16();
        auto session = reader.le32();
        auto status = reader.le32();
        if (!command || !length || !session || !status || !reader.skip(8))
            return;
        auto options = reader.le32();
        if (!options || *options != 0 || *status != 0)
            return;
        auto body = reader.sub(*length);
        const bool complete = body.has_value();
        if (!complete)
            body = net::ByteReader(reader.rest());
        switch (*command) {
        case 0x0004: add(operations, C::Diagnostics, "ListServices", *command); break;
        case 0x0063: add(operations, C::Diagnostics, "ListIdentity", *command); break;
        case 0x0064: add(operations, C::Diagnostics, "ListInterfaces", *command); break;
        case 0x0065: add(operations, C::Session, "RegisterSession", *command); break;
        case 0x0066: add(operations, C::Session, "UnRegisterSession", *command); break;
        case 0x006f:
        case 0x0070: classifyCpf(*body, operations); break;
        case 0x0000: // NOP: keeps the TCP connection alive, no request
        case 0x0072: // IndicateStatus
        case 0x0073: // Cancel
            break;
        default: return; // not EtherNet/IP
        }
        if (!complete)
            return;
    }
}

} // namespace mieruka::protocols
