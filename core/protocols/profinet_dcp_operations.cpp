// SPDX-License-Identifier: GPL-3.0-or-later
#include "profinet_dcp_operations.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "pn_dcp";
constexpr std::uint16_t kFrameGetSet = 0xFEFD;
constexpr std::uint16_t kFrameIdentifyRequest = 0xFEFE;
constexpr std::uint8_t kServiceGet = 3;
constexpr std::uint8_t kServiceSet = 4;
constexpr std::uint8_t kServiceIdentify = 5;
constexpr std::uint8_t kTypeRequest = 0;
// A DCP frame fits one Ethernet frame (≤ 1500 bytes); a Set carries a few blocks. The bound
// only caps hostile frames of empty blocks.
constexpr int kMaxBlocks = 64;

constexpr std::uint8_t kOptionIp = 1;
constexpr std::uint8_t kOptionDeviceProperties = 2;
constexpr std::uint8_t kOptionDhcp = 3;
constexpr std::uint8_t kOptionControl = 5;
constexpr std::uint8_t kOptionDeviceInitiative = 6;

struct SetBlock {
    std::uint8_t option;
    std::uint8_t suboption;
    OperationClass operationClass;
    std::string_view name;
};

// Option / suboption names as Wireshark's packet-pn-dcp.c shows them. Sorted.
constexpr SetBlock kSetBlocks[] = {
    {kOptionIp, 1, OperationClass::Configuration, "Set (MAC address)"},
    {kOptionIp, 2, OperationClass::Configuration, "Set (IP parameter)"},
    {kOptionIp, 3, OperationClass::Configuration, "Set (Full IP suite)"},
    {kOptionDeviceProperties, 1, OperationClass::Configuration, "Set (Type of Station)"},
    {kOptionDeviceProperties, 2, OperationClass::Configuration, "Set (NameOfStation)"},
    {kOptionDeviceProperties, 6, OperationClass::Configuration, "Set (Alias Name)"},
    // Start/end transaction bracket a set of changes (Wireshark: "Start Transaction").
    {kOptionControl, 1, OperationClass::Session, "Set (Start Transaction)"},
    {kOptionControl, 2, OperationClass::Session, "Set (End Transaction)"},
    // Signal flashes the device LED so a technician can find it: benign.
    {kOptionControl, 3, OperationClass::Diagnostics, "Set (Signal)"},
    // Both wipe the device's name and IP (and more for "Reset to Factory").
    {kOptionControl, 5, OperationClass::Control, "Set (Factory Reset)"},
    {kOptionControl, 6, OperationClass::Control, "Set (Reset to Factory)"},
};

void addSetBlock(std::uint8_t option, std::uint8_t suboption, OperationList& operations)
{
    const std::uint32_t code = std::uint32_t{option} << 8 | suboption;
    for (const auto& block : kSetBlocks) {
        if (block.option == option && block.suboption == suboption) {
            operations.push_back(Operation{block.operationClass, kProtocol, OperationName(block.name), code});
            return;
        }
    }
    // Other options still change the device (DHCP, device initiative, manufacturer-specific).
    std::string_view name = "Set";
    if (option == kOptionDhcp)
        name = "Set (DHCP)";
    else if (option == kOptionDeviceInitiative)
        name = "Set (Device Initiative)";
    else if (option == kOptionControl)
        name = "Set (Control)";
    operations.push_back(Operation{OperationClass::Configuration, kProtocol, std::string(name), code});
}

} // namespace

void decodeProfinetDcpOperations(const PayloadContext& context, OperationList& operations)
{
    net::ByteReader reader(context.payload);
    // Cheap reject: every DCP FrameID starts with 0xFE; cyclic RT data does not.
    if (reader.peekU8() != std::uint8_t{0xfe})
        return;
    const auto frameId = reader.be16();
    const auto serviceId = reader.u8();
    const auto serviceType = reader.u8();
    const bool header = reader.skip(4 + 2); // xid, response delay / reserved
    const auto dataLength = reader.be16();
    if (!frameId || !serviceId || !serviceType || !header || !dataLength || *serviceType != kTypeRequest)
        return;

    if (*frameId == kFrameIdentifyRequest && *serviceId == kServiceIdentify) {
        operations.push_back(Operation{OperationClass::Diagnostics, kProtocol, "Identify", kServiceIdentify});
        return;
    }
    if (*frameId != kFrameGetSet)
        return;
    if (*serviceId == kServiceGet) {
        operations.push_back(Operation{OperationClass::Read, kProtocol, "Get", kServiceGet});
        return;
    }
    if (*serviceId != kServiceSet)
        return;

    // Set blocks: option, suboption, length, then block qualifier + data; padded to even.
    auto blocks = reader.sub(std::min<std::size_t>(*dataLength, reader.remaining()));
    if (!blocks)
        return;
    for (int count = 0; count < kMaxBlocks && blocks->remaining() >= 4; ++count) {
        const auto option = blocks->u8();
        const auto suboption = blocks->u8();
        const auto length = blocks->be16();
        if (!option || !suboption || !length)
            return;
        addSetBlock(*option, *suboption, operations);
        if (!blocks->skip(*length + (*length & 1u)))
            return;
    }
}

} // namespace mieruka::protocols
