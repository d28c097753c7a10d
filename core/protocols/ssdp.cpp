// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssdp.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <array>

namespace mieruka::protocols {

namespace {

// SSDP datagrams are a few hundred bytes; more header lines than this is not SSDP.
constexpr int kMaxLines = 48;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsNoCase(text.substr(0, prefix.size()), prefix);
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

/// Cuts the next line off `text` (LF or CRLF); nullopt at the end. `complete` tells whether it
/// ended in a newline.
std::optional<std::string_view> nextLine(std::string_view& text, bool* complete = nullptr)
{
    if (text.empty())
        return std::nullopt;
    const auto newline = text.find('\n');
    if (complete)
        *complete = newline != std::string_view::npos;
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.attribute = attribute;
    fact.protocol = "ssdp";
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

/// "urn:schemas-upnp-org:device:MediaRenderer:1" → "MediaRenderer" (vendor domains too).
std::optional<std::string_view> deviceTypeFromUrn(std::string_view urn)
{
    if (!startsWithNoCase(urn, "urn:"))
        return std::nullopt;
    const auto marker = urn.find(":device:");
    if (marker == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = urn.substr(marker + 8);
    const auto colon = rest.find(':');
    rest = rest.substr(0, colon);
    if (rest.empty())
        return std::nullopt;
    return rest;
}

struct OsPrefix {
    std::string_view product; ///< compared case-insensitively as a prefix of the product token
    std::string_view name;    ///< what we call it
};

// UPnP 1.0 §1.1.3 asks for "OS/version UPnP/1.0 product/version"; these are the OS names seen in
// the first slot. Anything else there ("Unspecified", "Custom", a product name) is not an OS.
constexpr std::array<OsPrefix, 14> kOsPrefixes{{
    {"microsoft-windows-nt", "Windows NT"},
    {"microsoft-windows", "Windows"},
    {"windows nt", "Windows NT"},
    {"windowsnt", "Windows NT"},
    {"windows", "Windows"},
    {"linux", "Linux"},
    {"freebsd", "FreeBSD"},
    {"netbsd", "NetBSD"},
    {"openbsd", "OpenBSD"},
    {"darwin", "Darwin"},
    {"mac os x", "Mac OS X"},
    {"vxworks", "VxWorks"},
    {"android", "Android"},
    {"sunos", "SunOS"},
}};

} // namespace

std::optional<std::string> osFromProductTokens(std::string_view server)
{
    server = trim(server);
    const auto slash = server.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 32)
        return std::nullopt;
    const std::string_view product = trim(server.substr(0, slash));
    if (product.find(',') != std::string_view::npos)
        return std::nullopt;
    std::string_view version = server.substr(slash + 1);
    version = version.substr(0, std::min(version.find_first_of(" ,;("), std::size_t(24)));
    for (const auto& prefix : kOsPrefixes) {
        // Only the whole product name counts: "Linuxbox" is not Linux, "Microsoft-Windows-NT" is
        // matched by its own row before "Microsoft-Windows".
        if (!equalsNoCase(product, prefix.product))
            continue;
        std::string os(prefix.name);
        if (!version.empty()) {
            os.push_back(' ');
            os.append(version);
        }
        return sanitizeText(os, 64);
    }
    return std::nullopt;
}

void decodeSsdp(const PayloadContext& context, FactList& facts)
{
    const auto payload = context.payload;
    if (payload.size() < 8)
        return;
    const auto first = static_cast<char>(payload[0]);
    if (first != 'N' && first != 'M' && first != 'H')
        return;

    net::ByteReader reader(payload);
    const auto all = reader.chars(payload.size());
    std::string_view text = *all;
    const auto requestLine = nextLine(text);
    bool search = false;
    if (startsWithNoCase(*requestLine, "M-SEARCH * HTTP/1."))
        search = true;
    else if (!startsWithNoCase(*requestLine, "NOTIFY * HTTP/1.") && !startsWithNoCase(*requestLine, "HTTP/1."))
        return;

    for (int i = 0; i < kMaxLines; ++i) {
        bool complete = false;
        const auto line = nextLine(text, &complete);
        // A line cut by the snap length would give a shortened value that looks real.
        if (!line || line->empty() || !complete)
            break;
        const auto colon = line->find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view name = trim(line->substr(0, colon));
        const std::string_view value = trim(line->substr(colon + 1));
        if (value.empty())
            continue;
        if (search) {
            // The ST of a search names what the client looks for, not what it is.
            if (equalsNoCase(name, "USER-AGENT"))
                add(facts, Attribute::UserAgent, sanitizeText(value), 0.9f);
            continue;
        }
        if (equalsNoCase(name, "SERVER")) {
            add(facts, Attribute::SystemDescription, sanitizeText(value), 0.9f);
            if (auto os = osFromProductTokens(value))
                add(facts, Attribute::OsName, std::move(*os), 0.7f);
        } else if (equalsNoCase(name, "NT") || equalsNoCase(name, "ST")) {
            if (const auto type = deviceTypeFromUrn(value))
                add(facts, Attribute::DeviceType, sanitizeText(*type, 64), 0.9f);
        }
    }
}

} // namespace mieruka::protocols
