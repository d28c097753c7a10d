// SPDX-License-Identifier: GPL-3.0-or-later
#include "service_banner.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <array>
#include <optional>
#include <string_view>

namespace mieruka::protocols {

namespace {

// RFC 4253 4.2: an identification line is at most 255 bytes including CR LF.
constexpr std::size_t kMaxSshLine = 255;
constexpr std::size_t kMaxBannerLine = 256;
// A telnet login banner is short; longer segments after negotiation are session output.
constexpr std::size_t kMaxTelnetPlainSegment = 300;
constexpr std::size_t kTelnetScan = 2048;

std::string_view asText(std::span<const std::byte> payload, std::size_t limit)
{
    net::ByteReader reader(payload);
    return *reader.chars(std::min(payload.size(), limit));
}

/// The first line of `text` (without CR LF); nullopt if no line end within `limit` bytes.
std::optional<std::string_view> firstLine(std::string_view text, std::size_t limit)
{
    const auto newline = text.substr(0, limit).find('\n');
    if (newline == std::string_view::npos)
        return std::nullopt;
    std::string_view line = text.substr(0, newline);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

void add(FactList& facts, std::string_view protocol, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.attribute = attribute;
    fact.protocol = protocol;
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// `word` occurs in `text` not glued to other letters or digits ("Debian-5" yes, "Debianish" no).
bool containsWord(std::string_view text, std::string_view word)
{
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !isWordChar(text[at - 1]);
        const std::size_t after = at + word.size();
        const bool endOk = after >= text.size() || !isWordChar(text[after]) || word == "Windows";
        if (startOk && endOk)
            return true;
    }
    return false;
}

struct OsToken {
    std::string_view token;
    std::string_view os;
};

// Distribution packagers append their name to the OpenSSH version ("OpenSSH_8.4p1 Debian-5");
// Windows' port says "OpenSSH_for_Windows_8.1".
constexpr std::array<OsToken, 6> kSshOsTokens{{
    {"Debian", "Debian"},
    {"Ubuntu", "Ubuntu"},
    {"Raspbian", "Raspbian"},
    {"FreeBSD", "FreeBSD"},
    {"Windows", "Windows"},
    {"NetBSD", "NetBSD"},
}};

} // namespace

void decodeSshBanner(const PayloadContext& context, FactList& facts)
{
    const auto payload = context.payload;
    if (payload.size() < 8 || static_cast<char>(payload[0]) != 'S')
        return;
    const std::string_view text = asText(payload, kMaxSshLine);
    if (!text.starts_with("SSH-"))
        return;
    const auto line = firstLine(text, kMaxSshLine);
    if (!line || !(line->starts_with("SSH-2.0-") || line->starts_with("SSH-1.99-") || line->starts_with("SSH-1.5-")))
        return;
    // The software part follows "SSH-protoversion-"; the comment after a space is free text.
    const std::string_view software = line->substr(line->find('-', 4) + 1);
    const bool fromServer = !context.toService;
    add(facts, "ssh", fromServer ? Attribute::ServerBanner : Attribute::UserAgent, sanitizeText(software), 0.9f);
    for (const auto& entry : kSshOsTokens) {
        if (containsWord(software, entry.token)) {
            add(facts, "ssh", Attribute::OsName, std::string(entry.os), 0.6f);
            break;
        }
    }
}

void decodeFtpBanner(const PayloadContext& context, FactList& facts)
{
    const auto payload = context.payload;
    if (context.toService || payload.size() < 5 || static_cast<char>(payload[0]) != '2')
        return;
    const std::string_view text = asText(payload, kMaxBannerLine);
    const auto line = firstLine(text, kMaxBannerLine);
    if (!line || line->size() < 5 || ((*line)[3] != ' ' && (*line)[3] != '-'))
        return;
    const std::string_view code = line->substr(0, 3);
    const std::string_view rest = line->substr(4);
    if (code == "220") {
        add(facts, "ftp", Attribute::ServerBanner, sanitizeText(rest), 0.9f);
    } else if (code == "215") {
        // RFC 1700 system names: "UNIX Type: L8", "Windows_NT"; the first word is the system.
        const std::string_view system = rest.substr(0, rest.find(' '));
        add(facts, "ftp", Attribute::OsName, sanitizeText(system, 64), 0.5f);
    }
}

void decodeTelnetBanner(const PayloadContext& context, FactList& facts)
{
    const auto payload = context.payload;
    if (context.toService || payload.empty())
        return;

    // RFC 854: IAC (255) commands are 2 bytes, option negotiation (WILL/WONT/DO/DONT) 3, and
    // subnegotiation runs from IAC SB to IAC SE; IAC IAC is a literal 255.
    std::array<char, kMaxBannerLine> line{};
    std::size_t lineLength = 0;
    bool sawIac = false;
    bool lineDone = false;
    net::ByteReader reader(payload.first(std::min(payload.size(), kTelnetScan)));
    while (!reader.atEnd() && !lineDone) {
        const auto byte = *reader.u8();
        if (byte == 0xff) {
            const auto command = reader.u8();
            if (!command)
                break;
            sawIac = true;
            if (*command >= 0xfb && *command <= 0xfe) {
                reader.skip(1);
            } else if (*command == 0xfa) {
                // Skip to IAC SE; an unterminated subnegotiation swallows the rest of the segment.
                while (!reader.atEnd()) {
                    if (*reader.u8() == 0xff && reader.peekU8() == 0xf0) {
                        reader.skip(1);
                        break;
                    }
                }
            }
            continue;
        }
        if (byte == 0) // CR NUL is a bare carriage return (RFC 854)
            continue;
        if (byte == '\n' || byte == '\r') {
            if (lineLength > 0)
                lineDone = true;
            continue;
        }
        if (lineLength < line.size())
            line[lineLength++] = static_cast<char>(byte);
    }

    if (sawIac)
        add(facts, "telnet", Attribute::ProtocolRole, "telnet:server", 0.9f);
    // Without state we cannot tell the greeting from session output; a short segment that ends in a
    // blank line or starts with negotiation is how servers send the pre-login banner.
    const std::string_view text = asText(payload, payload.size());
    const bool bannerShaped = sawIac || (payload.size() <= kMaxTelnetPlainSegment && text.ends_with("\r\n\r\n"));
    if (!lineDone || !bannerShaped)
        return;
    const std::string_view banner(line.data(), lineLength);
    // Prompts are not banners.
    if (banner.ends_with(':') || banner.ends_with(": ") || banner.ends_with("$ ") || banner.ends_with("# "))
        return;
    std::string value = sanitizeText(banner);
    if (value.size() < 3)
        return;
    add(facts, "telnet", Attribute::ServerBanner, std::move(value), 0.7f);
    if (!sawIac)
        add(facts, "telnet", Attribute::ProtocolRole, "telnet:server", 0.7f);
}

void decodeServiceBanner(const PayloadContext& context, FactList& facts)
{
    const auto& packet = context.packet;
    const std::uint16_t port = context.toService ? packet.dstPort : packet.srcPort;
    switch (port) {
    case 22:
        decodeSshBanner(context, facts);
        break;
    case 21:
        decodeFtpBanner(context, facts);
        break;
    case 23:
        decodeTelnetBanner(context, facts);
        break;
    default:
        break;
    }
}

} // namespace mieruka::protocols
