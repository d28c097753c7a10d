// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnp3_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "dnp3";
constexpr std::uint16_t kStart = 0x0564;
constexpr std::uint8_t kLinkPrimary = 0x40;
constexpr std::uint8_t kLinkConfirmedUserData = 3;
constexpr std::uint8_t kLinkUnconfirmedUserData = 4;
constexpr std::uint8_t kLinkHeaderFields = 5; // control + destination + source, counted in length
constexpr std::size_t kBlockSize = 16;        // user data travels in 16-byte blocks, each + 2-byte CRC
constexpr std::size_t kCrcSize = 2;
// The length byte is at most 255, so a frame carries at most 250 user-data bytes (292 on the
// wire): the stripped copy lives on the stack.
constexpr std::size_t kMaxUserData = 255 - kLinkHeaderFields;
constexpr std::uint8_t kTransportFirst = 0x40;
constexpr std::uint8_t kApplicationFirst = 0x80;
constexpr std::uint8_t kFirstResponse = 0x81; // 0x81 response, 0x82 unsolicited, 0x83 auth response
// A TCP segment rarely holds more than a few frames; the bound keeps a segment of minimal
// 10-byte frames from costing more than a normal one.
constexpr int kMaxFramesPerSegment = 256;

// Object groups that change how a request reads (IEEE 1815 object library).
constexpr std::uint8_t kGroupCrob = 12;
constexpr std::uint8_t kGroupAnalogOutput = 41;
constexpr std::uint8_t kGroupTime = 50;
constexpr std::uint8_t kGroupFile = 70;
constexpr std::uint8_t kGroupIin = 80;
constexpr std::uint8_t kGroupAuthentication = 120;

enum class Special : std::uint8_t { None, Write, Command, OpenFile };

struct Function {
    OperationClass operationClass;
    std::string_view name; ///< Wireshark's spelling (packet-dnp.c)
    Special special = Special::None;
};

// Indexed by function code 0x00..0x21 (IEEE 1815 table 4-1; classes per OT-PROTOCOLS.md).
// CONFIRM (0x00) acknowledges a response: no request of its own, so no operation.
constexpr std::array<std::optional<Function>, 0x22> kFunctions{{
    std::nullopt,                                                      // 0x00 Confirm
    Function{OperationClass::Read, "Read"},                            // 0x01
    Function{OperationClass::Write, "Write", Special::Write},          // 0x02
    Function{OperationClass::Control, "Select", Special::Command},     // 0x03
    Function{OperationClass::Control, "Operate", Special::Command},    // 0x04
    Function{OperationClass::Control, "Direct Operate", Special::Command},        // 0x05
    Function{OperationClass::Control, "Direct Operate No Ack", Special::Command}, // 0x06
    Function{OperationClass::Control, "Immediate Freeze"},             // 0x07
    Function{OperationClass::Control, "Immediate Freeze No Ack"},      // 0x08
    Function{OperationClass::Control, "Freeze and Clear"},             // 0x09
    Function{OperationClass::Control, "Freeze and Clear No Ack"},      // 0x0A
    Function{OperationClass::Control, "Freeze With Time"},             // 0x0B
    Function{OperationClass::Control, "Freeze With Time No Ack"},      // 0x0C
    Function{OperationClass::Control, "Cold Restart"},                 // 0x0D
    Function{OperationClass::Control, "Warm Restart"},                 // 0x0E
    Function{OperationClass::Control, "Initialize Data"},              // 0x0F
    Function{OperationClass::Control, "Initialize Application"},       // 0x10
    Function{OperationClass::Control, "Start Application"},            // 0x11
    Function{OperationClass::Control, "Stop Application"},             // 0x12
    Function{OperationClass::Configuration, "Save Configuration"},      // 0x13
    Function{OperationClass::Configuration, "Enable Spontaneous Messages"},  // 0x14
    Function{OperationClass::Configuration, "Disable Spontaneous Messages"}, // 0x15
    Function{OperationClass::Configuration, "Assign Classes"},          // 0x16
    Function{OperationClass::TimeSet, "Delay Measurement"},            // 0x17
    Function{OperationClass::TimeSet, "Record Current Time"},          // 0x18
    Function{OperationClass::Program, "Open File", Special::OpenFile}, // 0x19
    // Closing or aborting a transfer changes nothing by itself: the data went as WRITE (g70).
    Function{OperationClass::Other, "Close File"},                     // 0x1A
    Function{OperationClass::Program, "Delete File"},                  // 0x1B
    Function{OperationClass::Read, "Get File Info"},                   // 0x1C
    Function{OperationClass::Session, "Authenticate File"},            // 0x1D
    Function{OperationClass::Other, "Abort File"},                     // 0x1E
    Function{OperationClass::Configuration, "Activate Config"},        // 0x1F
    Function{OperationClass::Session, "Authentication Request"},       // 0x20
    Function{OperationClass::Session, "Authentication Request No Ack"}, // 0x21
}};

struct ObjectHeader {
    std::uint8_t group = 0;
    std::uint8_t variation = 0;
    std::uint8_t qualifier = 0;
};

std::optional<ObjectHeader> readObjectHeader(net::ByteReader& reader)
{
    const auto group = reader.u8();
    const auto variation = reader.u8();
    const auto qualifier = reader.u8();
    if (!group || !variation || !qualifier)
        return std::nullopt;
    return ObjectHeader{*group, *variation, *qualifier};
}

/// The first object header of a request, past a g120v3 aggressive-mode authentication object
/// (secure authentication puts it in front of the object it protects).
std::optional<ObjectHeader> firstObject(net::ByteReader& reader)
{
    auto header = readObjectHeader(reader);
    // g120v3 with qualifier 0x07 (one object, 1-byte count): challenge sequence (4) + user (2).
    if (header && header->group == kGroupAuthentication && header->variation == 3 && header->qualifier == 0x07) {
        const auto count = reader.u8();
        if (!count || *count != 1 || !reader.skip(6))
            return std::nullopt;
        header = readObjectHeader(reader);
    }
    return header;
}

std::string commandName(std::string_view function, const std::optional<ObjectHeader>& object)
{
    std::string name(function);
    if (!object)
        return name;
    name += " (g" + std::to_string(object->group);
    if (object->group == kGroupCrob)
        name += object->variation == 1 ? " CROB" : object->variation == 2 ? " PCB" : "";
    else if (object->group == kGroupAnalogOutput)
        name += " AO";
    name += ')';
    return name;
}

/// The g70v3 file command of OPEN_FILE (qualifier 0x5B: 1-byte count, 2-byte object size);
/// its operational mode sits 20 bytes into the object: 1 read, 2 write, 3 append.
std::optional<std::uint16_t> openFileMode(net::ByteReader& reader)
{
    const auto object = readObjectHeader(reader);
    if (!object || object->group != kGroupFile || object->variation != 3 || object->qualifier != 0x5B)
        return std::nullopt;
    const auto count = reader.u8();
    const auto size = reader.le16();
    constexpr std::size_t kModeOffset = 20;
    if (!count || *count == 0 || !size || *size < kModeOffset + 2 || !reader.skip(kModeOffset))
        return std::nullopt;
    return reader.le16();
}

void emit(OperationList& operations, OperationClass operationClass, OperationName name, std::uint8_t code)
{
    Operation operation;
    operation.operationClass = operationClass;
    operation.protocol = kProtocol;
    operation.name = std::move(name);
    operation.code = code;
    operations.push_back(std::move(operation));
}

/// Transport header + application request, CRCs already stripped.
void decodeUserData(net::ByteReader reader, OperationList& operations)
{
    const auto transport = reader.u8();
    const auto control = reader.u8();
    const auto code = reader.u8();
    // Only the first transport segment carries the application header; requests fit in one
    // fragment, so the application FIR bit is set too.
    if (!transport || (*transport & kTransportFirst) == 0 || !control || (*control & kApplicationFirst) == 0 || !code)
        return;
    if (*code >= kFirstResponse || *code >= kFunctions.size() || !kFunctions[*code])
        return;
    const Function& function = *kFunctions[*code];

    switch (function.special) {
    case Special::None:
        emit(operations, function.operationClass, OperationName(function.name), *code);
        return;
    case Special::Command:
        emit(operations, function.operationClass, commandName(function.name, firstObject(reader)), *code);
        return;
    case Special::Write: {
        const auto object = firstObject(reader);
        if (!object) {
            emit(operations, OperationClass::Write, "Write", *code);
        } else if (object->group == kGroupTime) {
            emit(operations, OperationClass::TimeSet, "Write (time)", *code);
        } else if (object->group == kGroupFile) {
            emit(operations, OperationClass::Program, "Write (file)", *code);
        } else if (object->group == kGroupIin) {
            // Clearing IIN1.7 "device restart": routine after every outstation restart.
            emit(operations, OperationClass::Write, "Write (IIN)", *code);
        } else {
            emit(operations, OperationClass::Write, "Write (g" + std::to_string(object->group) + ')', *code);
        }
        return;
    }
    case Special::OpenFile: {
        const auto mode = openFileMode(reader);
        if (mode && *mode == 1)
            emit(operations, OperationClass::Read, "Open File (read)", *code);
        else if (mode && *mode == 2)
            emit(operations, OperationClass::Program, "Open File (write)", *code);
        else if (mode && *mode == 3)
            emit(operations, OperationClass::Program, "Open File (append)", *code);
        else // unknown mode: a file may be written, so not a plain read
            emit(operations, OperationClass::Program, "Open File", *code);
        return;
    }
    }
}

} // namespace

void decodeDnp3Operations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    for (int frame = 0; frame < kMaxFramesPerSegment; ++frame) {
        const auto start = reader.be16();
        const auto length = reader.u8();
        const auto control = reader.u8();
        // destination, source, header CRC
        if (!start || *start != kStart || !length || !control || *length < kLinkHeaderFields || !reader.skip(6))
            return;
        const std::size_t userLength = *length - kLinkHeaderFields;
        const std::size_t blocks = (userLength + kBlockSize - 1) / kBlockSize;
        // A frame cut short (snap length, segment boundary) says nothing: no partial requests.
        auto body = reader.sub(userLength + blocks * kCrcSize);
        if (!body)
            return;
        const std::uint8_t linkFunction = *control & 0x0F;
        // Application data only travels in primary user-data frames (link functions 3 and 4).
        if (userLength == 0 || (*control & kLinkPrimary) == 0
            || (linkFunction != kLinkConfirmedUserData && linkFunction != kLinkUnconfirmedUserData))
            continue;

        std::array<std::byte, kMaxUserData> user{};
        std::size_t copied = 0;
        while (copied < userLength) {
            const std::size_t chunk = std::min(kBlockSize, userLength - copied);
            const auto data = body->bytes(chunk);
            if (!data || !body->skip(kCrcSize))
                return;
            std::copy(data->begin(), data->end(), user.begin() + static_cast<std::ptrdiff_t>(copied));
            copied += chunk;
        }
        decodeUserData(net::ByteReader(std::span<const std::byte>(user.data(), copied)), operations);
        if (reader.atEnd())
            return;
    }
}

} // namespace mieruka::protocols
