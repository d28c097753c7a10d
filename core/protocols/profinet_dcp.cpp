// SPDX-License-Identifier: GPL-3.0-or-later
#include "profinet_dcp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"
#include "core/net/ip_address.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "profinet_dcp";
constexpr float kStated = 0.95f;
constexpr float kLookup = 0.9f;
constexpr float kControllerGuess = 0.6f;

// FrameIDs of DCP in PROFINET RT.
constexpr std::uint16_t kFrameGetSet = 0xfefd;
constexpr std::uint16_t kFrameIdentifyRequest = 0xfefe;
constexpr std::uint16_t kFrameIdentifyResponse = 0xfeff;

constexpr std::uint8_t kServiceGet = 3;
constexpr std::uint8_t kServiceIdentify = 5;
constexpr std::uint8_t kTypeRequest = 0;
constexpr std::uint8_t kTypeResponseSuccess = 1;

constexpr std::uint8_t kOptionIp = 1;
constexpr std::uint8_t kOptionDevice = 2;
constexpr std::uint8_t kOptionAllSelector = 0xff;

// A DCP PDU fits one frame (data length ≤ 1432); the bound keeps a hostile one cheap.
constexpr int kMaxBlocks = 64;

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back(IdentityFact{Subject::Source, attribute, kProtocol, std::move(value), confidence, {}, {}});
}

std::string hex16(std::uint16_t value)
{
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "0x%04x", static_cast<unsigned>(value));
    return std::string(text.data());
}

/// PROFINET vendor ids (PI manufacturer registry) whose owner is certain. Deliberately short:
/// a wrong vendor is worse than none.
std::string_view vendorName(std::uint16_t vendorId)
{
    switch (vendorId) {
    case 0x002a:
        return "Siemens";
    default:
        return {};
    }
}

void decodeDeviceBlock(std::uint8_t suboption, net::ByteReader data, FactList& facts)
{
    switch (suboption) {
    case 1: // type of station (DeviceVendorValue)
        add(facts, Attribute::ModelName, sanitizeText(data.rest(), 128), kStated);
        break;
    case 2: // NameOfStation
        add(facts, Attribute::Hostname, sanitizeText(data.rest(), 240), kStated);
        break;
    case 3: { // device id
        const auto vendorId = data.be16();
        const auto deviceId = data.be16();
        if (!vendorId || !deviceId)
            return;
        add(facts, Attribute::VendorId, hex16(*vendorId), kStated);
        add(facts, Attribute::ProductCode, hex16(*deviceId), kStated);
        add(facts, Attribute::VendorName, std::string(vendorName(*vendorId)), kLookup);
        break;
    }
    case 4: { // device role
        static constexpr std::array<std::string_view, 4> kRoles = {
            "profinet:io_device", "profinet:io_controller", "profinet:io_multidevice", "profinet:io_supervisor"};
        const auto role = data.u8();
        if (!role)
            return;
        for (std::size_t bit = 0; bit < kRoles.size(); ++bit)
            if (*role & (1u << bit))
                add(facts, Attribute::ProtocolRole, std::string(kRoles[bit]), kStated);
        break;
    }
    default: // device options, alias, instance, OEM id, …
        break;
    }
}

void decodeIpBlock(std::uint8_t suboption, net::ByteReader data, FactList& facts)
{
    if (suboption != 2) // IP parameter: address, mask, gateway
        return;
    const auto address = data.bytes(4);
    if (!address || !data.skip(8))
        return;
    const auto ip = net::IpAddress::v4FromBytes(*address);
    if (ip.v4Value() != 0)
        add(facts, Attribute::ManagementAddress, ip.toString(), kStated);
}

/// Response blocks: option, suboption, length, 2-byte BlockInfo, value, pad to even length.
void decodeResponseBlocks(net::ByteReader blocks, FactList& facts)
{
    for (int count = 0; count < kMaxBlocks && !blocks.atEnd(); ++count) {
        const auto option = blocks.u8();
        const auto suboption = blocks.u8();
        const auto length = blocks.be16();
        if (!option || !suboption || !length)
            return;
        auto block = blocks.sub(*length);
        if (!block)
            return; // truncated block: its value would be cut
        if (*length % 2)
            blocks.skip(1);
        if (!block->skip(2)) // BlockInfo
            continue;
        if (*option == kOptionDevice)
            decodeDeviceBlock(*suboption, *block, facts);
        else if (*option == kOptionIp)
            decodeIpBlock(*suboption, *block, facts);
    }
}

} // namespace

void decodeProfinetDcp(const PayloadContext& context, FactList& facts)
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
    if (!frameId || !serviceId || !serviceType || !header || !dataLength)
        return;
    // Frames are padded to 60 bytes: only the announced data are blocks.
    auto blocks = reader.sub(std::min<std::size_t>(*dataLength, reader.remaining()));
    if (!blocks)
        return;

    if (*frameId == kFrameIdentifyRequest && *serviceId == kServiceIdentify && *serviceType == kTypeRequest) {
        // Identify-All is how controllers and engineering tools discover devices. A name-filtered
        // Identify is also what a device sends at start-up to check that its own name is unique,
        // so only the all-selector form says something about the sender's role.
        const auto option = blocks->peekU8(0);
        const auto suboption = blocks->peekU8(1);
        if (option == kOptionAllSelector && suboption == std::uint8_t{0xff})
            add(facts, Attribute::ProtocolRole, "profinet_dcp:controller", kControllerGuess);
        return;
    }
    const bool identifyResponse = *frameId == kFrameIdentifyResponse && *serviceId == kServiceIdentify;
    // Get responses carry the same blocks; Set (service 4) changes a device and is an operation.
    const bool getResponse = *frameId == kFrameGetSet && *serviceId == kServiceGet;
    if ((identifyResponse || getResponse) && *serviceType == kTypeResponseSuccess)
        decodeResponseBlocks(*blocks, facts);
}

} // namespace mieruka::protocols
