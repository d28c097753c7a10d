// SPDX-License-Identifier: GPL-3.0-or-later
#include "omron_fins_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "fins";
constexpr std::uint32_t kFinsTcpMagic = 0x46494E53; // "FINS"
constexpr std::uint32_t kFinsTcpFrameSend = 2;
constexpr std::size_t kFinsTcpHeaderAfterLength = 8; // command + error code, counted in length
constexpr std::size_t kFinsHeaderSize = 10;          // ICF … SID, before MRC/SRC
// A FINS/TCP segment carries a handful of frames at most; the bound keeps a hostile segment of
// minimal frames from costing more than a normal one.
constexpr int kMaxFramesPerSegment = 64;

struct Command {
    std::uint16_t code;
    OperationClass operationClass;
    std::string_view name;
};

// Codes per OT-PROTOCOLS.md (nttcom/zeek-parser-OmronFINS consts, OMRON W227/W342 command
// reference); names as the FINS command reference spells them. Sorted by code.
constexpr Command kCommands[] = {
    {0x0101, OperationClass::Read, "Memory Area Read"},
    {0x0102, OperationClass::Write, "Memory Area Write"},
    {0x0103, OperationClass::Write, "Memory Area Fill"},
    {0x0104, OperationClass::Read, "Multiple Memory Area Read"},
    {0x0105, OperationClass::Write, "Memory Area Transfer"},
    {0x0201, OperationClass::Read, "Parameter Area Read"},
    {0x0202, OperationClass::Configuration, "Parameter Area Write"},
    {0x0203, OperationClass::Configuration, "Parameter Area Clear"},
    {0x0304, OperationClass::Configuration, "Program Area Protect"},
    {0x0305, OperationClass::Configuration, "Program Area Protect Clear"},
    {0x0306, OperationClass::Program, "Program Area Read"},
    {0x0307, OperationClass::Program, "Program Area Write"},
    {0x0308, OperationClass::Program, "Program Area Clear"},
    {0x0401, OperationClass::Control, "Controller RUN"},
    {0x0402, OperationClass::Control, "Controller STOP"},
    {0x0403, OperationClass::Control, "Reset"},
    {0x0501, OperationClass::Diagnostics, "Controller Data Read"},
    {0x0502, OperationClass::Diagnostics, "Connection Data Read"},
    {0x0601, OperationClass::Diagnostics, "Controller Status Read"},
    {0x0602, OperationClass::Diagnostics, "Network Status Read"},
    {0x0603, OperationClass::Diagnostics, "Data Link Status Read"},
    {0x0620, OperationClass::Diagnostics, "Cycle Time Read"},
    {0x0701, OperationClass::Read, "Clock Read"},
    {0x0702, OperationClass::TimeSet, "Clock Write"},
    {0x0801, OperationClass::Diagnostics, "Loopback Test"},
    {0x0C01, OperationClass::Session, "Access Right Acquire"},
    {0x0C02, OperationClass::Session, "Access Right Forced Acquire"},
    {0x0C03, OperationClass::Session, "Access Right Release"},
    {0x2101, OperationClass::Control, "Error Clear"},
    {0x2102, OperationClass::Diagnostics, "Error Log Read"},
    {0x2103, OperationClass::Control, "Error Log Clear"},
    {0x2201, OperationClass::Read, "File Name Read"},
    {0x2202, OperationClass::Read, "Single File Read"},
    {0x2203, OperationClass::Program, "Single File Write"},
    {0x2204, OperationClass::Program, "Memory Card Format"},
    {0x2205, OperationClass::Program, "File Delete"},
    {0x2207, OperationClass::Program, "File Copy"},
    {0x2208, OperationClass::Program, "File Name Change"},
    {0x220C, OperationClass::Program, "Program Area File Transfer"},
    {0x2301, OperationClass::Write, "Forced Set/Reset"},
    {0x2302, OperationClass::Write, "Forced Set/Reset Cancel"},
    {0x2601, OperationClass::Configuration, "Name Set"},
    {0x2602, OperationClass::Configuration, "Name Delete"},
    {0x2750, OperationClass::Configuration, "IP Address Table Write"},
    {0x2757, OperationClass::Configuration, "IP Address Write"},
};

const Command* findCommand(std::uint16_t code)
{
    for (const auto& command : kCommands) {
        if (command.code == code)
            return &command;
        if (command.code > code)
            break;
    }
    return nullptr;
}

// One FINS frame (header + MRC/SRC …). Appends an operation for a known command request.
void decodeFrame(net::ByteReader frame, OperationList& operations)
{
    const auto icf = frame.u8();
    const auto rsv = frame.u8();
    const auto gct = frame.u8();
    if (!icf || !rsv || !gct || !frame.skip(kFinsHeaderSize - 3))
        return;
    const auto code = frame.be16();
    // ICF bit 7 is always set (gateway use), bits 1..5 reserved; bit 6 marks a response.
    // GCT never exceeds the 8-network limit. These cheap checks reject unrelated UDP 9600 noise.
    if (!code || (*icf & 0x3E) != 0 || (*icf & 0x40) != 0 || *rsv != 0 || *gct > 7)
        return;
    const Command* command = findCommand(*code);
    if (!command)
        return;
    operations.push_back(Operation{command->operationClass, kProtocol, std::string(command->name), *code});
}

} // namespace

void decodeOmronFinsOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    const auto first = reader.peekU8();
    if (!first)
        return;
    if (*first != 'F') {
        decodeFrame(reader, operations); // UDP: the datagram is one FINS frame
        return;
    }
    // FINS/TCP: magic, length (of what follows it), command, error code, then the frame.
    for (int frames = 0; frames < kMaxFramesPerSegment && !reader.atEnd(); ++frames) {
        const auto magic = reader.be32();
        const auto length = reader.be32();
        if (!magic || *magic != kFinsTcpMagic || !length || *length < kFinsTcpHeaderAfterLength)
            return;
        const auto command = reader.be32();
        const auto error = reader.be32();
        if (!command || !error)
            return;
        const std::size_t bodyLength = *length - kFinsTcpHeaderAfterLength;
        // A frame cut by the segment end is still classified from the part that is present.
        const std::size_t available = std::min<std::size_t>(bodyLength, reader.remaining());
        auto body = reader.sub(available);
        if (!body)
            return;
        if (*command == kFinsTcpFrameSend)
            decodeFrame(*body, operations);
        if (available < bodyLength)
            return;
    }
}

} // namespace mieruka::protocols
