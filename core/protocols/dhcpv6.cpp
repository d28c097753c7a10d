// SPDX-License-Identifier: GPL-3.0-or-later
#include "dhcpv6.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "dhcpv6";

// RFC 8415 message types.
enum MessageType : std::uint8_t {
    Solicit = 1,
    Advertise = 2,
    Request = 3,
    Confirm = 4,
    Renew = 5,
    Rebind = 6,
    Reply = 7,
    Inform = 11,
};

enum Option : std::uint16_t {
    ClientId = 1,
    OptionRequest = 6,
    VendorClass = 16,
    ClientFqdn = 39,
};

std::string hexBytes(std::span<const std::byte> bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    // DUIDs are at most 130 bytes (RFC 8415); anything longer is cut.
    for (const std::byte b : bytes.first(std::min<std::size_t>(bytes.size(), 130))) {
        if (!out.empty())
            out.push_back(':');
        out.push_back(kDigits[static_cast<unsigned>(b) >> 4]);
        out.push_back(kDigits[static_cast<unsigned>(b) & 0x0f]);
    }
    return out;
}

// Option 6: a list of 16-bit option codes.
std::string optionCodeList(std::span<const std::byte> value)
{
    net::ByteReader reader(value);
    std::string out;
    // Real clients ask for a few dozen options; a longer list is cut to keep the value bounded.
    for (int count = 0; count < 128; ++count) {
        const auto code = reader.be16();
        if (!code)
            break;
        if (!out.empty())
            out.push_back(',');
        out += std::to_string(*code);
    }
    return out;
}

// Option 16: enterprise number, then opaque data items each preceded by a 16-bit length.
std::string vendorClassText(std::span<const std::byte> value)
{
    net::ByteReader reader(value);
    const auto enterprise = reader.be32();
    if (!enterprise)
        return {};
    std::string text;
    while (!reader.atEnd()) {
        const auto length = reader.be16();
        if (!length)
            break;
        const auto data = reader.bytes(*length);
        if (!data)
            break;
        const std::string item = sanitizeText(*data);
        if (item.empty())
            continue;
        if (!text.empty())
            text.push_back(',');
        text += item;
    }
    if (text.empty())
        return std::to_string(*enterprise);
    return sanitizeText(std::to_string(*enterprise) + ":" + text);
}

// Option 39 (RFC 4704): a flags byte, then a DNS wire-format name that may lack the root label
// when the client sends only its host name.
std::string clientFqdnText(std::span<const std::byte> value)
{
    net::ByteReader reader(value);
    if (!reader.skip(1))
        return {};
    std::string name;
    // Labels consume at least two bytes each, so the option length bounds this loop.
    while (!reader.atEnd()) {
        const auto length = reader.u8();
        if (!length || *length == 0)
            break;
        if (*length > 63)
            return {}; // compression is not allowed here
        const auto label = reader.chars(*length);
        if (!label)
            return {};
        if (!name.empty())
            name.push_back('.');
        name.append(*label);
    }
    return sanitizeText(name);
}

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back({Subject::Source, attribute, kProtocol, std::move(value), confidence, {}, {}});
}

bool isClientMessage(std::uint8_t type)
{
    return type == Solicit || type == Request || type == Confirm || type == Renew || type == Rebind
        || type == Inform;
}

} // namespace

void decodeDhcpv6(const PayloadContext& context, FactList& facts)
{
    net::ByteReader reader(context.payload);
    const auto type = reader.u8();
    if (!type || (!isClientMessage(*type) && *type != Advertise && *type != Reply))
        return;
    if (!reader.skip(3)) // transaction id
        return;

    if (*type == Advertise || *type == Reply) {
        // Only a server answers with these (relays wrap them in Relay-Reply).
        add(facts, Attribute::ProtocolRole, "dhcpv6:server", 0.9f);
        return;
    }

    // Options consume at least four bytes each, so the loop is bounded by the payload size.
    while (!reader.atEnd()) {
        const auto code = reader.be16();
        const auto length = reader.be16();
        if (!code || !length)
            break;
        const auto value = reader.bytes(*length);
        if (!value)
            break; // a truncated option is not trusted
        switch (*code) {
        case ClientId:
            if (!value->empty())
                add(facts, Attribute::DhcpClientId, hexBytes(*value), 0.95f);
            break;
        case OptionRequest:
            add(facts, Attribute::DhcpFingerprint, optionCodeList(*value), 0.95f);
            break;
        case VendorClass:
            add(facts, Attribute::DhcpVendorClass, vendorClassText(*value), 0.95f);
            break;
        case ClientFqdn: {
            const std::string fqdn = clientFqdnText(*value);
            add(facts, Attribute::Hostname, fqdn.substr(0, fqdn.find('.')), 0.95f);
            if (fqdn.find('.') != std::string::npos)
                add(facts, Attribute::DomainName, fqdn, 0.95f);
            break;
        }
        default: break;
        }
    }
}

} // namespace mieruka::protocols
