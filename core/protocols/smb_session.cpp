// SPDX-License-Identifier: GPL-3.0-or-later
#include "smb_session.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mieruka::protocols {

namespace {

constexpr std::string_view kProtocol = "smb";

constexpr std::uint32_t kSmb1Magic = 0xff534d42; // "\xffSMB"
constexpr std::uint32_t kSmb2Magic = 0xfe534d42; // "\xfeSMB"
constexpr std::uint8_t kSmb1Negotiate = 0x72;
constexpr std::uint8_t kSmb1SessionSetup = 0x73;
constexpr std::uint8_t kSmb1FlagsReply = 0x80;
constexpr std::uint16_t kSmb2SessionSetup = 0x0001;
constexpr std::size_t kSmb1HeaderLength = 32;
constexpr std::size_t kSmb2HeaderLength = 64;
constexpr std::uint16_t kFlags2Unicode = 0x8000;

constexpr std::uint32_t kNtlmNegotiateUnicode = 0x00000001;
constexpr std::uint32_t kNtlmNegotiateVersion = 0x02000000;

// NTLMSSP target info AV ids (MS-NLMP 2.2.2.1).
constexpr std::uint16_t kAvEol = 0;
constexpr std::uint16_t kAvNbComputerName = 1;
constexpr std::uint16_t kAvNbDomainName = 2;
constexpr std::uint16_t kAvDnsComputerName = 3;

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    facts.push_back({Subject::Source, attribute, kProtocol, std::move(value), confidence, {}, {}});
}

// --- NTLMSSP ---------------------------------------------------------------------------------

// An NTLM "fields" triple (length, max length, offset from the message start) as a sub-span;
// nullopt when it points outside what was captured.
std::optional<std::span<const std::byte>> ntlmField(std::span<const std::byte> message, std::size_t at)
{
    net::ByteReader reader(message);
    if (!reader.skip(at))
        return std::nullopt;
    const auto length = reader.le16();
    reader.skip(2);
    const auto offset = reader.le32();
    if (!length || !offset || *offset > message.size() || *length > message.size() - *offset)
        return std::nullopt;
    return message.subspan(*offset, *length);
}

// The 8-byte VERSION structure: major, minor, build (LE), reserved, NTLM revision.
void addNtlmVersion(std::span<const std::byte> message, std::size_t at, std::uint32_t flags, FactList& facts)
{
    if ((flags & kNtlmNegotiateVersion) == 0)
        return;
    net::ByteReader reader(message);
    if (!reader.skip(at))
        return;
    const auto major = reader.u8();
    const auto minor = reader.u8();
    const auto build = reader.le16();
    if (!major || !minor || !build || !reader.skip(4) || *major == 0)
        return;
    add(facts, Attribute::OsVersion,
        std::to_string(*major) + "." + std::to_string(*minor) + "." + std::to_string(*build), 0.95f);
}

void decodeChallenge(std::span<const std::byte> message, FactList& facts)
{
    net::ByteReader reader(message);
    if (!reader.skip(20))
        return;
    const auto flags = reader.le32();
    if (!flags)
        return;
    if (const auto targetInfo = ntlmField(message, 40)) {
        std::string computer, domain, dnsName;
        net::ByteReader pairs(*targetInfo);
        // Each pair consumes at least four bytes, so the target info length bounds the loop.
        while (!pairs.atEnd()) {
            const auto id = pairs.le16();
            const auto length = pairs.le16();
            if (!id || !length || *id == kAvEol)
                break;
            const auto value = pairs.bytes(*length);
            if (!value)
                break;
            if (*id == kAvNbComputerName)
                computer = sanitizeUtf16Le(*value, 64);
            else if (*id == kAvNbDomainName)
                domain = sanitizeUtf16Le(*value, 64);
            else if (*id == kAvDnsComputerName)
                dnsName = sanitizeUtf16Le(*value);
        }
        add(facts, Attribute::Hostname, computer, 0.95f);
        // A standalone host gives its own name as the domain, and a bare name as its DNS name.
        if (domain != computer)
            add(facts, Attribute::Workgroup, domain, 0.95f);
        if (dnsName.find('.') != std::string::npos)
            add(facts, Attribute::DomainName, dnsName, 0.95f);
    }
    addNtlmVersion(message, 48, *flags, facts);
}

void decodeAuthenticate(std::span<const std::byte> message, FactList& facts)
{
    net::ByteReader reader(message);
    if (!reader.skip(60))
        return;
    const auto flags = reader.le32();
    if (!flags)
        return;
    if (const auto workstation = ntlmField(message, 44)) {
        const bool unicode = (*flags & kNtlmNegotiateUnicode) != 0;
        add(facts, Attribute::Hostname, unicode ? sanitizeUtf16Le(*workstation, 64) : sanitizeLatin1(*workstation, 64),
            0.95f);
    }
    addNtlmVersion(message, 64, *flags, facts);
}

// Security blobs are SPNEGO-wrapped; rather than walk the ASN.1, find the NTLMSSP signature.
void decodeSecurityBlob(std::span<const std::byte> blob, FactList& facts)
{
    static constexpr std::string_view kSignature{"NTLMSSP\0", 8};
    const auto found = std::search(blob.begin(), blob.end(), kSignature.begin(), kSignature.end(),
                                   [](std::byte b, char c) { return b == static_cast<std::byte>(c); });
    if (found == blob.end())
        return;
    const auto message = blob.subspan(static_cast<std::size_t>(found - blob.begin()));
    net::ByteReader reader(message);
    reader.skip(8);
    const auto type = reader.le32();
    if (type == 2u)
        decodeChallenge(message, facts);
    else if (type == 3u)
        decodeAuthenticate(message, facts);
    else if (type == 1u) {
        const auto flags = reader.le32();
        if (flags)
            addNtlmVersion(message, 32, *flags, facts);
    }
}

// --- SMB1 ------------------------------------------------------------------------------------

// Reads the strings of an SMB1 byte area. Unicode strings are 2-byte aligned relative to the SMB
// header (`reader` spans the message from that header). A string must end in a NUL unless the
// byte area was captured whole, where some servers leave the last one unterminated.
class StringReader {
public:
    StringReader(net::ByteReader reader, bool unicode, bool complete)
        : m_reader(reader), m_unicode(unicode), m_complete(complete) {}

    std::optional<std::string> next(std::size_t maxBytes = 256)
    {
        if (m_unicode && (m_reader.position() & 1) != 0 && !m_reader.skip(1))
            return std::nullopt;
        const auto rest = m_reader.rest();
        const std::size_t unit = m_unicode ? 2 : 1;
        for (std::size_t i = 0; i + unit <= rest.size(); i += unit) {
            if (rest[i] == std::byte{0} && (unit == 1 || rest[i + 1] == std::byte{0})) {
                m_reader.skip(i + unit);
                return text(rest.first(i), maxBytes);
            }
        }
        if (!m_complete || rest.empty())
            return std::nullopt;
        m_reader.skip(rest.size());
        return text(rest, maxBytes);
    }

    bool skip(std::size_t count) { return m_reader.skip(count); }

private:
    std::string text(std::span<const std::byte> raw, std::size_t maxBytes) const
    {
        return m_unicode ? sanitizeUtf16Le(raw, maxBytes) : sanitizeLatin1(raw, maxBytes);
    }

    net::ByteReader m_reader;
    bool m_unicode;
    bool m_complete;
};

void addNativeStrings(StringReader& strings, FactList& facts)
{
    const auto nativeOs = strings.next();
    if (!nativeOs)
        return;
    add(facts, Attribute::OsName, *nativeOs, 0.95f);
    if (const auto lanMan = strings.next())
        add(facts, Attribute::SystemDescription, *lanMan, 0.95f);
}

void decodeSmb1(std::span<const std::byte> smb, FactList& facts)
{
    net::ByteReader header(smb);
    header.skip(4);
    const auto command = header.u8();
    header.skip(4); // status: a MORE_PROCESSING_REQUIRED response still carries the challenge
    const auto flags = header.u8();
    // Clients still open with an SMB1 Negotiate that offers SMB2 dialects too (Windows 7 does),
    // so that request alone proves nothing; any other SMB1 message, or the server answering
    // the Negotiate in SMB1, means the session really runs SMB1.
    if (command && flags && (*command != kSmb1Negotiate || (*flags & kSmb1FlagsReply) != 0))
        add(facts, Attribute::SecurityFinding, "smbv1", 0.95f);
    const auto flags2 = header.le16();
    if (command != kSmb1SessionSetup || !flags || !flags2 || !header.skip(kSmb1HeaderLength - 12))
        return;
    const bool response = (*flags & kSmb1FlagsReply) != 0;
    const bool unicode = (*flags2 & kFlags2Unicode) != 0;

    const auto wordCount = header.u8();
    if (!wordCount)
        return;
    auto words = header.sub(std::size_t{*wordCount} * 2);
    const auto byteCount = header.le16();
    if (!words || !byteCount)
        return;
    const std::size_t bytesStart = header.position();
    const bool complete = header.remaining() >= *byteCount;
    net::ByteReader area(smb.first(bytesStart + std::min<std::size_t>(header.remaining(), *byteCount)));
    area.skip(bytesStart);
    words->skip(4); // AndX command, reserved, offset

    if (response) {
        words->skip(2); // action
        std::size_t blobLength = 0;
        if (*wordCount == 4)
            blobLength = words->le16().value_or(0);
        else if (*wordCount != 3)
            return;
        if (blobLength != 0) {
            const auto blob = area.rest().first(std::min(blobLength, area.remaining()));
            decodeSecurityBlob(blob, facts);
            if (!area.skip(blobLength))
                return;
        }
        StringReader strings(area, unicode, complete);
        const std::size_t before = facts.size();
        addNativeStrings(strings, facts);
        if (facts.size() > before) {
            if (const auto domain = strings.next(64))
                add(facts, Attribute::Workgroup, *domain, 0.9f);
        }
        return;
    }

    words->skip(2 + 2 + 2 + 4); // max buffer, max mpx, VC number, session key
    if (*wordCount == 12) {
        const auto blobLength = words->le16().value_or(0);
        const auto blob = area.rest().first(std::min<std::size_t>(blobLength, area.remaining()));
        decodeSecurityBlob(blob, facts);
        if (!area.skip(blobLength))
            return;
        StringReader strings(area, unicode, complete);
        addNativeStrings(strings, facts);
    } else if (*wordCount == 13 || *wordCount == 10) {
        std::size_t passwords = words->le16().value_or(0);
        if (*wordCount == 13)
            passwords += words->le16().value_or(0);
        if (!area.skip(passwords))
            return;
        StringReader strings(area, unicode, complete);
        // Account name and primary domain come before the OS strings.
        if (!strings.next() || !strings.next())
            return;
        addNativeStrings(strings, facts);
    }
}

// --- SMB2 ------------------------------------------------------------------------------------

void decodeSmb2(std::span<const std::byte> smb, FactList& facts)
{
    net::ByteReader header(smb);
    header.skip(4 + 2 + 2 + 4); // magic, structure size, credit charge, status
    const auto command = header.le16();
    header.skip(2);
    const auto flags = header.le32();
    if (command != kSmb2SessionSetup || !flags || !header.skip(kSmb2HeaderLength - 20))
        return;
    const bool response = (*flags & 0x1) != 0;
    // Request: size, flags, security mode, capabilities, channel; response: size, session flags.
    if (!header.skip(response ? 4 : 12))
        return;
    const auto offset = header.le16();
    const auto length = header.le16();
    if (!offset || !length || *offset < kSmb2HeaderLength || *offset >= smb.size())
        return;
    const auto blob = smb.subspan(*offset);
    decodeSecurityBlob(blob.first(std::min<std::size_t>(blob.size(), *length)), facts);
}

} // namespace

void decodeSmbSession(const PayloadContext& context, FactList& facts)
{
    // NetBIOS session service framing (also used on 445): type 0 = session message, 3-byte length.
    net::ByteReader reader(context.payload);
    if (reader.u8() != 0 || !reader.skip(3))
        return;
    const auto magic = reader.peekBe16(0);
    if (!magic || (*magic != 0xff53 && *magic != 0xfe53))
        return;
    const auto message = reader.rest();
    net::ByteReader probe(message);
    const auto full = probe.be32();
    if (full == kSmb1Magic)
        decodeSmb1(message, facts);
    else if (full == kSmb2Magic)
        decodeSmb2(message, facts);
}

} // namespace mieruka::protocols
