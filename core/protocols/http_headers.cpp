// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_headers.h"

#include "sanitize_text.h"

#include "core/net/byte_reader.h"

#include <array>
#include <optional>
#include <string_view>

namespace mieruka::protocols {

namespace {

// Header blocks beyond this are either hostile or carry nothing we use (cookies, caches).
constexpr int kMaxHeaderLines = 64;
constexpr std::size_t kMaxScan = 8192;

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

/// Cuts the next line off `text`; `complete` tells whether it ended in a newline.
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

constexpr std::array<std::string_view, 9> kMethods{"GET", "POST", "HEAD", "PUT", "DELETE",
                                                   "OPTIONS", "PATCH", "CONNECT", "TRACE"};

bool isRequestLine(std::string_view line)
{
    const auto space = line.find(' ');
    if (space == std::string_view::npos)
        return false;
    const auto method = line.substr(0, space);
    bool known = false;
    for (auto candidate : kMethods)
        known = known || method == candidate;
    if (!known)
        return false;
    // "METHOD target HTTP/1.x": the version closes the line.
    const auto version = line.rfind(' ');
    return version > space && line.substr(version + 1).starts_with("HTTP/1.");
}

void add(FactList& facts, Attribute attribute, std::string value, float confidence)
{
    if (value.empty())
        return;
    IdentityFact fact;
    fact.attribute = attribute;
    fact.protocol = "http";
    fact.value = std::move(value);
    fact.confidence = confidence;
    facts.push_back(std::move(fact));
}

} // namespace

void decodeHttpHeaders(const PayloadContext& context, FactList& facts)
{
    const auto payload = context.payload;
    if (payload.size() < 12)
        return;
    const auto first = static_cast<char>(payload[0]);
    if (first < 'A' || first > 'Z')
        return;

    net::ByteReader reader(payload);
    std::string_view text = *reader.chars(std::min(payload.size(), kMaxScan));
    const auto startLine = nextLine(text);
    bool response = false;
    if (startLine->starts_with("HTTP/1.") && startLine->size() >= 12 && (*startLine)[8] == ' ')
        response = true;
    else if (!isRequestLine(*startLine))
        return;

    for (int i = 0; i < kMaxHeaderLines; ++i) {
        bool complete = false;
        const auto line = nextLine(text, &complete);
        // A line without its newline may be cut by the segment end: half a value is worse than none.
        if (!line || line->empty() || !complete)
            break;
        const auto colon = line->find(':');
        if (colon == std::string_view::npos)
            continue;
        const auto name = line->substr(0, colon);
        const auto value = trim(line->substr(colon + 1));
        if (value.empty())
            continue;
        if (response) {
            if (equalsNoCase(name, "Server"))
                add(facts, Attribute::ServerBanner, sanitizeText(value), 0.9f);
            else if (equalsNoCase(name, "WWW-Authenticate") && startsWithNoCase(value, "Basic"))
                add(facts, Attribute::SecurityFinding, "http_basic_auth", 0.95f);
        } else {
            if (equalsNoCase(name, "User-Agent"))
                add(facts, Attribute::UserAgent, sanitizeText(value), 0.9f);
            else if (equalsNoCase(name, "Authorization") && startsWithNoCase(value, "Basic "))
                add(facts, Attribute::SecurityFinding, "http_basic_auth_sent", 0.95f); // never the credential
        }
    }
}

} // namespace mieruka::protocols
