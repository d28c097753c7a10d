// SPDX-License-Identifier: GPL-3.0-or-later
#include "slmp_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "slmp";
constexpr std::uint16_t kRequest3E = 0x5000;
constexpr std::uint16_t kRequest4E = 0x5400;
// Request data length counts monitoring timer (2) + command (2) + subcommand (2) + data.
constexpr std::uint16_t kMinRequestDataLength = 6;
constexpr int kMaxFramesPerSegment = 64;

struct Command {
    std::uint16_t code;
    OperationClass operationClass;
    std::string_view name;
};

// Command codes per OT-PROTOCOLS.md (Mitsubishi SLMP reference manual as linked from
// nullptropy/SLMP; names as the manual's command list spells them). Sorted by code.
constexpr Command kCommands[] = {
    {0x0101, OperationClass::Diagnostics, "Read Type Name"},
    {0x0401, OperationClass::Read, "Device Read"},
    {0x0403, OperationClass::Read, "Device Read Random"},
    {0x0406, OperationClass::Read, "Device Read Block"},
    {0x0601, OperationClass::Read, "Extend Unit Read"},
    {0x0613, OperationClass::Read, "Memory Read"},
    {0x0619, OperationClass::Diagnostics, "Self Test"},
    {0x0801, OperationClass::Read, "Entry Monitor Device"},
    {0x0802, OperationClass::Read, "Execute Monitor"},
    {0x1001, OperationClass::Control, "Remote RUN"},
    {0x1002, OperationClass::Control, "Remote STOP"},
    {0x1003, OperationClass::Control, "Remote PAUSE"},
    {0x1005, OperationClass::Control, "Remote Latch Clear"},
    {0x1006, OperationClass::Control, "Remote RESET"},
    {0x1401, OperationClass::Write, "Device Write"},
    {0x1402, OperationClass::Write, "Device Write Random"},
    {0x1406, OperationClass::Write, "Device Write Block"},
    {0x1601, OperationClass::Write, "Extend Unit Write"},
    {0x1613, OperationClass::Write, "Memory Write"},
    {0x1617, OperationClass::Control, "Clear Error"},
    {0x1630, OperationClass::Configuration, "Remote Unlock"},
    {0x1631, OperationClass::Configuration, "Remote Lock"},
    // File commands (0x18xx) move or delete program and parameter files: all Program.
    {0x1810, OperationClass::Program, "Read Directory/File"},
    {0x1811, OperationClass::Program, "Search Directory/File"},
    {0x1820, OperationClass::Program, "New File"},
    {0x1822, OperationClass::Program, "Delete File"},
    {0x1824, OperationClass::Program, "Copy File"},
    {0x1825, OperationClass::Program, "Change File State"},
    {0x1826, OperationClass::Program, "Change File Date"},
    {0x1827, OperationClass::Program, "Open File"},
    {0x1828, OperationClass::Program, "Read File"},
    {0x1829, OperationClass::Program, "Write File"},
    {0x182A, OperationClass::Program, "Close File"},
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

} // namespace

void decodeSlmpOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    // Cheap reject: every request starts with 0x50 or 0x54 (responses 0xD0 / 0xD4).
    const auto first = reader.peekU8();
    if (!first || (*first != 0x50 && *first != 0x54))
        return;

    for (int frames = 0; frames < kMaxFramesPerSegment && !reader.atEnd(); ++frames) {
        const auto subheader = reader.be16();
        if (!subheader || (*subheader != kRequest3E && *subheader != kRequest4E))
            return;
        // 4E adds a serial number and two reserved bytes before the 3E fields.
        if (*subheader == kRequest4E && !reader.skip(4))
            return;
        // network, station (PC) number, module I/O number, multidrop station
        if (!reader.skip(1 + 1 + 2 + 1))
            return;
        const auto dataLength = reader.le16();
        if (!dataLength || *dataLength < kMinRequestDataLength)
            return;
        const std::size_t available = std::min<std::size_t>(*dataLength, reader.remaining());
        auto data = reader.sub(available);
        if (!data || !data->skip(2)) // monitoring timer
            return;
        const auto command = data->le16();
        const auto subcommand = data->le16();
        if (!command || !subcommand)
            return;
        if (const Command* known = findCommand(*command)) {
            operations.push_back(Operation{known->operationClass, kProtocol, OperationName(known->name),
                                           std::uint32_t{*command} << 16 | *subcommand});
        }
        if (available < *dataLength)
            return;
    }
}

} // namespace mieruka::protocols
