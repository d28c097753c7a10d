// SPDX-License-Identifier: GPL-3.0-or-later
#include "s7comm_operations.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kS7 = "s7comm";
constexpr std::string_view kS7Plus = "s7comm_plus";
constexpr int kMaxTpktPerSegment = 8;
constexpr std::uint8_t kCotpData = 0xf0;

using C = OperationClass;

void add(OperationList& operations, std::string_view protocol, C operationClass, OperationName name, std::uint32_t code)
{
    operations.push_back(Operation{operationClass, protocol, std::move(name), code});
}

std::string hex(std::uint32_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text = "0x";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        text.push_back(kDigits[(value >> shift) & 0x0f]);
    return text;
}

/// PI service (function 0x28): 7 unknown bytes, parameter block (be16 length), then the
/// service name (u8 length). Layout as Wireshark's s7comm dissector and snap7 build it.
bool decodePiService(net::ByteReader parameter, OperationList& operations)
{
    if (!parameter.skip(7))
        return false;
    auto blockLength = parameter.be16();
    if (!blockLength)
        return false;
    auto block = parameter.bytes(*blockLength);
    auto nameLength = parameter.u8();
    if (!block || !nameLength)
        return false;
    auto rawName = parameter.chars(*nameLength);
    if (!rawName)
        return false;
    const std::string_view name = *rawName;
    if (name == "P_PROGRAM") {
        // snap7 and STEP 7 send an empty argument for a warm/hot start, "C " for a cold start.
        const bool cold = !block->empty() && static_cast<char>((*block)[0]) == 'C';
        add(operations, kS7, C::Control, cold ? "PI-Service P_PROGRAM (cold start)" : "PI-Service P_PROGRAM (start)",
            0x28);
        return true;
    }
    struct Known {
        std::string_view name;
        std::string_view label;
    };
    static constexpr Known kProgram[] = {
        {"_INSE", "PI-Service _INSE (activate block)"}, {"_INS2", "PI-Service _INS2 (activate block)"},
        {"_DELE", "PI-Service _DELE (delete block)"},   {"_MODU", "PI-Service _MODU (copy RAM to ROM)"},
        {"_GARB", "PI-Service _GARB (compress memory)"},
    };
    for (const Known& known : kProgram) {
        if (name == known.name) {
            add(operations, kS7, C::Program, OperationName(known.label), 0x28);
            return true;
        }
    }
    const std::string clean = sanitizeText(name, 32);
    add(operations, kS7, C::Other, clean.empty() ? std::string("PI-Service") : "PI-Service " + clean, 0x28);
    return true;
}

bool decodeJob(net::ByteReader parameter, OperationList& operations)
{
    auto function = parameter.peekU8();
    if (!function)
        return false;
    const std::uint32_t code = *function;
    switch (*function) {
    case 0x00: add(operations, kS7, C::Diagnostics, "CPU services", code); return true;
    case 0x04: add(operations, kS7, C::Read, "Read Var", code); return true;
    case 0x05: add(operations, kS7, C::Write, "Write Var", code); return true;
    case 0x1a: add(operations, kS7, C::Program, "Request download", code); return true;
    case 0x1b: add(operations, kS7, C::Program, "Download block", code); return true;
    case 0x1c: add(operations, kS7, C::Program, "Download ended", code); return true;
    case 0x1d: add(operations, kS7, C::Program, "Start upload", code); return true;
    case 0x1e: add(operations, kS7, C::Program, "Upload", code); return true;
    case 0x1f: add(operations, kS7, C::Program, "End upload", code); return true;
    case 0x28: parameter.skip(1); return decodePiService(parameter, operations);
    case 0x29: add(operations, kS7, C::Control, "PLC Stop", code); return true;
    case 0xf0: add(operations, kS7, C::Session, "Setup communication", code); return true;
    default: add(operations, kS7, C::Other, "Function " + hex(code, 2), code); return true;
    }
}

struct UserDataEntry {
    C operationClass;
    std::string_view name;
};

/// User-data function groups and sub-functions, named as Wireshark's s7comm dissector does.
UserDataEntry userDataEntry(std::uint8_t group, std::uint8_t sub)
{
    switch (group) {
    case 0x1: // programmer commands (test and commissioning jobs)
        switch (sub) {
        case 0x01: return {C::Diagnostics, "Block status"};
        case 0x02: return {C::Diagnostics, "Variable status"};
        case 0x03: return {C::Diagnostics, "Output ISTACK"};
        case 0x04: return {C::Diagnostics, "Output BSTACK"};
        case 0x05: return {C::Diagnostics, "Output LSTACK"};
        case 0x06: return {C::Diagnostics, "Time measurement from to"};
        case 0x07: return {C::Diagnostics, "Force selection"};
        case 0x08: return {C::Write, "Modify variable"};
        case 0x09: return {C::Write, "Force"};
        case 0x0a: return {C::Control, "Breakpoint"};
        case 0x0b: return {C::Control, "Exit HOLD"};
        case 0x0c: return {C::Program, "Memory reset"}; // clears the user program
        case 0x0d: return {C::Diagnostics, "Disable job"};
        case 0x0e: return {C::Diagnostics, "Enable job"};
        case 0x0f: return {C::Diagnostics, "Delete job"};
        case 0x10: return {C::Diagnostics, "Read job list"};
        case 0x11: return {C::Diagnostics, "Read job"};
        case 0x12: return {C::Diagnostics, "Replace job"};
        case 0x13: return {C::Diagnostics, "Block status v2"};
        case 0x16: return {C::Diagnostics, "Flash LED"};
        default: return {C::Diagnostics, "Programmer command"};
        }
    case 0x2: // cyclic data
        switch (sub) {
        case 0x01: return {C::Read, "Cyclic transfer"};
        case 0x04: return {C::Read, "Unsubscribe"};
        case 0x05: return {C::Read, "Change driven transfer"};
        case 0x07: return {C::Read, "Change driven transfer modify"};
        case 0x08: return {C::Read, "RDREC"};
        default: return {C::Read, "Cyclic data"};
        }
    case 0x3: // block functions
        switch (sub) {
        case 0x01: return {C::Diagnostics, "List blocks"};
        case 0x02: return {C::Diagnostics, "List blocks of type"};
        case 0x03: return {C::Diagnostics, "Get block info"};
        default: return {C::Diagnostics, "Block function"};
        }
    case 0x4: // CPU functions: SZL, alarms and messages
        switch (sub) {
        case 0x01: return {C::Diagnostics, "Read SZL"};
        case 0x02: return {C::Diagnostics, "Message service"};
        case 0x03: return {C::Diagnostics, "Diagnostic message"};
        case 0x07: return {C::Diagnostics, "ALARM_8 lock"};
        case 0x08: return {C::Diagnostics, "ALARM_8 unlock"};
        case 0x0b: return {C::Diagnostics, "ALARM ack"};
        case 0x13: return {C::Diagnostics, "ALARM query"};
        default: return {C::Diagnostics, "CPU function"};
        }
    case 0x5: // security: the session password unlocks a protected CPU (access rights)
        switch (sub) {
        case 0x01: return {C::Configuration, "PLC password"};
        case 0x02: return {C::Configuration, "Clear password"};
        default: return {C::Configuration, "Security function"};
        }
    case 0x6: return {C::Other, "PBC BSEND/BRECV"};
    case 0x7: // time functions
        switch (sub) {
        case 0x01: return {C::Diagnostics, "Read clock"};
        case 0x02: return {C::TimeSet, "Set clock"};
        case 0x03: return {C::Diagnostics, "Read clock (following)"};
        case 0x04: return {C::TimeSet, "Set clock"};
        default: return {C::Other, "Time function"};
        }
    case 0xf: // NC programming (SINUMERIK file transfer)
        switch (sub) {
        case 0x01: return {C::Program, "NC Request download"};
        case 0x02: return {C::Program, "NC Download block"};
        case 0x03: return {C::Program, "NC Continue download"};
        case 0x04: return {C::Program, "NC Download ended"};
        case 0x06: return {C::Program, "NC Start upload"};
        case 0x07: return {C::Program, "NC Upload"};
        case 0x08: return {C::Program, "NC Continue upload"};
        default: return {C::Other, "NC programming"};
        }
    default: return {C::Other, "User data"};
    }
}

bool decodeUserData(net::ByteReader parameter, OperationList& operations)
{
    auto head = parameter.be24();
    auto parameterLength = parameter.u8();
    auto method = parameter.u8();
    auto typeGroup = parameter.u8();
    auto sub = parameter.u8();
    if (!head || *head != 0x000112 || !parameterLength || !method || !typeGroup || !sub)
        return false;
    // Type nibble 4 = request; 0 (push) and 8 (response) are not operations.
    if ((*typeGroup >> 4) != 0x4)
        return true;
    const std::uint8_t group = *typeGroup & 0x0f;
    const UserDataEntry entry = userDataEntry(group, *sub);
    add(operations, kS7, entry.operationClass, OperationName(entry.name), (0x07u << 16) | (group << 8u) | *sub);
    return true;
}

/// S7 PDU (protocol id 0x32): header, then the parameter area.
bool decodeS7(net::ByteReader s7, OperationList& operations)
{
    auto protocolId = s7.u8();
    auto rosctr = s7.u8();
    auto redundancy = s7.be16();
    auto reference = s7.be16();
    auto parameterLength = s7.be16();
    auto dataLength = s7.be16();
    if (!protocolId || !rosctr || !redundancy || !reference || !parameterLength || !dataLength)
        return false;
    if (*rosctr != 0x01 && *rosctr != 0x07)
        return true; // ack / ack-data: responses
    auto parameter = s7.sub(*parameterLength);
    if (!parameter)
        return false;
    return *rosctr == 0x01 ? decodeJob(*parameter, operations) : decodeUserData(*parameter, operations);
}

std::string_view s7PlusFunctionName(std::uint16_t function, C& operationClass)
{
    // Function codes as the open S7CommPlusDriver (thomas-v2) and Wireshark plugin use them.
    switch (function) {
    case 0x04bb: operationClass = C::Read; return "Explore";
    case 0x04ca: operationClass = C::Session; return "CreateObject";
    case 0x04d4: operationClass = C::Session; return "DeleteObject";
    case 0x04f2: operationClass = C::Write; return "SetVariable";
    case 0x04fc: operationClass = C::Read; return "GetVariable";
    case 0x0506: operationClass = C::Other; return "AddLink";
    case 0x051a: operationClass = C::Other; return "RemoveLink";
    case 0x0524: operationClass = C::Read; return "GetLink";
    case 0x0542: operationClass = C::Write; return "SetMultiVariables";
    case 0x054c: operationClass = C::Read; return "GetMultiVariables";
    case 0x0556: operationClass = C::Other; return "BeginSequence";
    case 0x0560: operationClass = C::Other; return "EndSequence";
    case 0x056b: operationClass = C::Other; return "Invoke";
    case 0x0586: operationClass = C::Read; return "GetVarSubStreamed";
    default: operationClass = C::Other; return {};
    }
}

/// S7comm-plus: 0x72, version, be16 length; V3 puts a 32-byte digest (with its length byte)
/// before the data part. Data: opcode (0x31 request), reserved be16, function be16.
bool decodeS7Plus(net::ByteReader plus, OperationList& operations)
{
    auto protocolId = plus.u8();
    auto version = plus.u8();
    auto length = plus.be16();
    if (!protocolId || !version || !length)
        return false;
    if (*version == 0xff)
        return true; // keep-alive: no request
    if (*version == 0x03) {
        auto digestLength = plus.u8();
        if (!digestLength || *digestLength != 32 || !plus.skip(32))
            return false;
    }
    auto opcode = plus.u8();
    auto reserved = plus.be16();
    auto function = plus.be16();
    if (!opcode || !reserved || !function)
        return false;
    if (*opcode != 0x31)
        return true;
    C operationClass = C::Other;
    const std::string_view name = s7PlusFunctionName(*function, operationClass);
    const std::uint32_t code = (0x72u << 16) | *function;
    if (*function == 0x04ca)
        add(operations, kS7Plus, C::Session, "S7comm-plus session (CreateObject)", code);
    else
        add(operations, kS7Plus, operationClass, name.empty() ? "Function " + hex(*function, 4) : std::string(name),
            code);
    return true;
}

bool decodeCotp(net::ByteReader tpdu, OperationList& operations)
{
    auto headerLength = tpdu.u8();
    auto type = tpdu.u8();
    if (!headerLength || !type || *headerLength < 1)
        return false;
    if ((*type & 0xf0) != kCotpData || !tpdu.skip(*headerLength - 1u))
        return false;
    auto protocolId = tpdu.peekU8();
    if (!protocolId)
        return false;
    if (*protocolId == 0x32)
        return decodeS7(tpdu, operations);
    if (*protocolId == 0x72)
        return decodeS7Plus(tpdu, operations);
    return true;
}

} // namespace

void decodeS7commOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    auto first = reader.peekU8();
    // Requests are told by the protocol itself (job / user-data request / S7comm-plus request),
    // not by direction: in a download the PLC sends the "Download block" jobs to the client.
    if (!first || *first != 0x03)
        return;
    for (int i = 0; i < kMaxTpktPerSegment && reader.remaining() >= 4; ++i) {
        auto version = reader.u8();
        auto reserved = reader.u8();
        auto length = reader.be16();
        if (!version || *version != 0x03 || !reserved || *reserved != 0 || !length || *length < 7)
            return;
        auto tpdu = reader.sub(*length - 4u);
        if (!tpdu) {
            decodeCotp(net::ByteReader(reader.rest()), operations);
            return;
        }
        if (!decodeCotp(*tpdu, operations))
            return;
    }
}

} // namespace mieruka::protocols
