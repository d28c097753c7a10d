// SPDX-License-Identifier: GPL-3.0-or-later
#include "lldp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"
#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <array>
#include <iterator>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "lldp";
constexpr float kStated = 0.95f;
constexpr float kHeuristic = 0.7f;
// A locally assigned chassis id is often the host name, but just as often a serial or asset tag.
constexpr float kChassisLocal = 0.5f;

// IEEE 802.1AB TLV types.
constexpr std::uint8_t kTlvEnd = 0;
constexpr std::uint8_t kTlvChassisId = 1;
constexpr std::uint8_t kTlvPortId = 2;
constexpr std::uint8_t kTlvSystemName = 5;
constexpr std::uint8_t kTlvSystemDescription = 6;
constexpr std::uint8_t kTlvCapabilities = 7;
constexpr std::uint8_t kTlvManagementAddress = 8;
constexpr std::uint8_t kTlvOrgSpecific = 127;

// IANA address family numbers used in chassis/port id and management address TLVs.
constexpr std::uint8_t kFamilyIpv4 = 1;
constexpr std::uint8_t kFamilyIpv6 = 2;

// The LLDPDU fits one Ethernet frame; a bound keeps hostile jumbo frames cheap.
constexpr int kMaxTlvs = 256;

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back(IdentityFact{Subject::Source, attribute, kProtocol, std::move(value), confidence, {}, {}});
}

/// "family + address" as used by network-address chassis/port ids and management addresses.
std::optional<std::string> addressText(std::uint8_t family, std::span<const std::byte> address)
{
    if (family == kFamilyIpv4 && address.size() == 4) {
        const auto ip = net::IpAddress::v4FromBytes(address);
        if (ip.v4Value() == 0)
            return std::nullopt;
        return ip.toString();
    }
    if (family == kFamilyIpv6 && address.size() == 16)
        return net::IpAddress::v6FromBytes(address).toString();
    return std::nullopt;
}

void decodeChassisId(net::ByteReader value, FactList& facts)
{
    const auto subtype = value.u8();
    if (!subtype)
        return;
    switch (*subtype) {
    case 5: { // network address
        const auto family = value.u8();
        if (family)
            if (auto text = addressText(*family, value.rest()))
                add(facts, Attribute::ManagementAddress, std::move(*text), kStated);
        break;
    }
    case 7: // locally assigned
        add(facts, Attribute::Hostname, sanitizeText(value.rest()), kChassisLocal);
        break;
    default: // MAC (4) is the link address itself; components and names say little about the host
        break;
    }
}

void decodePortId(net::ByteReader value, FactList& facts)
{
    const auto subtype = value.u8();
    if (!subtype)
        return;
    const auto rest = value.rest();
    if (*subtype == 3) { // MAC address
        if (rest.size() == 6)
            add(facts, Attribute::PortId, net::MacAddress::fromBytes(rest).toString(), kStated);
        return;
    }
    if (*subtype == 4) { // network address
        if (const auto family = value.u8())
            if (auto text = addressText(*family, value.rest()))
                add(facts, Attribute::PortId, std::move(*text), kStated);
        return;
    }
    add(facts, Attribute::PortId, sanitizeText(rest, 64), kStated);
}

void decodeCapabilities(net::ByteReader value, FactList& facts)
{
    static constexpr std::array<std::string_view, 11> kNames = {
        "other",   "repeater",  "bridge",  "wlan_ap",          "router",          "telephone",
        "docsis",  "station",   "c_vlan",  "s_vlan",           "tpmr"};
    const auto supported = value.be16();
    const auto enabled = value.be16();
    if (!supported || !enabled)
        return;
    std::string names;
    for (std::size_t bit = 0; bit < kNames.size(); ++bit) {
        if (*enabled & (1u << bit)) {
            if (!names.empty())
                names += ',';
            names += kNames[bit];
        }
    }
    add(facts, Attribute::Capabilities, std::move(names), kStated);
}

void decodeManagementAddress(net::ByteReader value, FactList& facts)
{
    // The string length counts the subtype byte too.
    const auto length = value.u8();
    const auto family = value.u8();
    if (!length || !family || *length < 1)
        return;
    const auto address = value.bytes(*length - 1u);
    if (!address)
        return;
    if (auto text = addressText(*family, *address))
        add(facts, Attribute::ManagementAddress, std::move(*text), kStated);
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isUpper(c) || isDigit(c); }

/// Siemens order number (MLFB) such as "6GK5 208-0BA10-2AA3" or "6ES7 212-1BE40-0XB0": the
/// model identifier SIMATIC/SCALANCE devices put in their description.
bool isSiemensOrderNumber(std::string_view token)
{
    static constexpr std::string_view kShape = "6AAN NNN-XXXXX-XXXX"; // A letter, N digit, X either
    if (token.size() != kShape.size())
        return false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const char c = token[i];
        const char want = kShape[i];
        const bool ok = want == 'A' ? isUpper(c) : want == 'N' ? isDigit(c) : want == 'X' ? isAlnum(c) : c == want;
        if (!ok)
            return false;
    }
    return true;
}

/// "V4.1.0" / "Version V4.1.0" / "12.2(44)SE" → the first word, without a "Version" prefix.
std::string_view versionWord(std::string_view text)
{
    text = trim(text);
    if (startsWith(text, "Version "))
        text = trim(text.substr(8));
    const auto end = text.find(' ');
    return text.substr(0, end);
}

/// Conservative reading of free-text descriptions: only comma-separated "FW:"/"HW:" fields,
/// a "Version x" field, and a Siemens order number are trusted.
void describeHeuristics(std::string_view description, FactList& facts)
{
    bool haveFirmware = false;
    bool haveHardware = false;
    bool haveModel = false;
    std::size_t start = 0;
    for (int fields = 0; start <= description.size() && fields < 32; ++fields) {
        const auto comma = description.find(',', start);
        const auto token = trim(description.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (!haveFirmware && startsWith(token, "FW:")) {
            add(facts, Attribute::FirmwareVersion, std::string(versionWord(token.substr(3))), kHeuristic);
            haveFirmware = true;
        } else if (!haveFirmware && startsWith(token, "Version ")) {
            add(facts, Attribute::FirmwareVersion, std::string(versionWord(token)), kHeuristic);
            haveFirmware = true;
        } else if (!haveHardware && startsWith(token, "HW:")) {
            add(facts, Attribute::HardwareVersion, std::string(versionWord(token.substr(3))), kHeuristic);
            haveHardware = true;
        } else if (!haveModel && isSiemensOrderNumber(token)) {
            add(facts, Attribute::ModelName, std::string(token), kHeuristic);
            haveModel = true;
        }
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
}

/// LLDP-MED inventory (ANSI/TIA-1057, OUI 00-12-BB).
void decodeMedInventory(std::uint8_t subtype, std::span<const std::byte> value, FactList& facts)
{
    switch (subtype) {
    case 5:
        add(facts, Attribute::HardwareVersion, sanitizeText(value, 64), kStated);
        break;
    case 6:
        add(facts, Attribute::FirmwareVersion, sanitizeText(value, 64), kStated);
        break;
    case 7: // software revision: on phones the application load, close to but not the firmware
        add(facts, Attribute::FirmwareVersion, sanitizeText(value, 64), kHeuristic);
        break;
    case 8:
        add(facts, Attribute::SerialNumber, sanitizeText(value, 64), kStated);
        break;
    case 9:
        add(facts, Attribute::VendorName, sanitizeText(value, 64), kStated);
        break;
    case 10:
        add(facts, Attribute::ModelName, sanitizeText(value, 64), kStated);
        break;
    default: // capabilities, network policy, location, power, asset id
        break;
    }
}

} // namespace

void decodeLldp(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    // A valid LLDPDU starts with the chassis id TLV: type 1 in the top 7 bits.
    const auto first = reader.peekU8();
    if (!first || (*first >> 1) != kTlvChassisId)
        return;

    // Facts are collected apart and kept only if the PDU opens with the mandatory chassis id,
    // port id and TTL TLVs in that order: crafted or mangled frames then add nothing.
    FactList own;
    for (int count = 0; count < kMaxTlvs; ++count) {
        const auto header = reader.be16();
        if (!header)
            break;
        const auto type = static_cast<std::uint8_t>(*header >> 9);
        const auto length = static_cast<std::size_t>(*header & 0x1ff);
        if (count < 3 && type != count + 1)
            return;
        if (type == kTlvEnd)
            break;
        auto value = reader.sub(length);
        if (!value) {
            if (count < 3)
                return;
            break; // truncated TLV: nothing after it can be trusted either
        }
        switch (type) {
        case kTlvChassisId:
            decodeChassisId(*value, own);
            break;
        case kTlvPortId:
            decodePortId(*value, own);
            break;
        case kTlvSystemName:
            add(own, Attribute::Hostname, sanitizeText(value->rest()), kStated);
            break;
        case kTlvSystemDescription: {
            auto description = sanitizeText(value->rest(), 512);
            describeHeuristics(description, own);
            add(own, Attribute::SystemDescription, std::move(description), kStated);
            break;
        }
        case kTlvCapabilities:
            decodeCapabilities(*value, own);
            break;
        case kTlvManagementAddress:
            decodeManagementAddress(*value, own);
            break;
        case kTlvOrgSpecific: {
            const auto oui = value->be24();
            const auto subtype = value->u8();
            // 802.1 (00-80-C2), 802.3 (00-12-0F) and PROFINET (00-0E-CF) carry link, not identity.
            if (oui && subtype && *oui == 0x0012bb)
                decodeMedInventory(*subtype, value->rest(), own);
            break;
        }
        default: // TTL, port description, reserved
            break;
        }
    }
    facts.insert(facts.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
}

} // namespace mieruka::protocols
