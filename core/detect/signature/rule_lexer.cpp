// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/rule_lexer.h"
#include "core/detect/signature/text_join.h"

#include "core/net/hex_digit.h"

namespace mieruka::detect::rule_lexer {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<LogicalLine> splitLines(std::string_view text)
{
    std::vector<LogicalLine> lines;
    LogicalLine pending;
    bool continuing = false;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::string_view trimmed = trim(line);
        if (!continuing) {
            if (trimmed.empty() || trimmed.front() == '#')
                continue;
            pending = LogicalLine{number, {}};
        }
        const bool continues = !trimmed.empty() && trimmed.back() == '\\';
        pending.text += continues ? trimmed.substr(0, trimmed.size() - 1) : trimmed;
        if (continues) {
            pending.text += ' ';
            continuing = true;
            continue;
        }
        continuing = false;
        lines.push_back(std::move(pending));
    }
    if (continuing && !trim(pending.text).empty())
        lines.push_back(std::move(pending)); // a file ending in '\' still gives its last rule
    return lines;
}

std::optional<SplitRule> splitRule(std::string_view text, std::string& error)
{
    text = trim(text);
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos || text.back() != ')') {
        error = "not a rule: expected 'action protocol source port -> destination port (options)'";
        return std::nullopt;
    }
    SplitRule rule;
    // Header words; a bracketed list may hold spaces ("[1.2.3.4, 5.6.7.8]").
    const std::string_view header = text.substr(0, open);
    std::string word;
    int brackets = 0;
    for (char c : header) {
        if (c == '[')
            ++brackets;
        else if (c == ']')
            --brackets;
        if (isSpace(c) && brackets <= 0) {
            if (!word.empty())
                rule.header.push_back(std::move(word));
            word.clear();
            continue;
        }
        if (!isSpace(c))
            word += c;
    }
    if (!word.empty())
        rule.header.push_back(std::move(word));

    const std::string_view body = text.substr(open + 1, text.size() - open - 2);
    std::size_t i = 0;
    while (i < body.size()) {
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i >= body.size())
            break;
        Option option;
        const std::size_t keywordStart = i;
        while (i < body.size() && body[i] != ':' && body[i] != ';')
            ++i;
        option.keyword = std::string(trim(body.substr(keywordStart, i - keywordStart)));
        if (i < body.size() && body[i] == ':') {
            option.hasValue = true;
            ++i;
            const std::size_t valueStart = i;
            bool quoted = false;
            while (i < body.size()) {
                const char c = body[i];
                if (c == '\\' && i + 1 < body.size()) {
                    i += 2;
                    continue;
                }
                if (c == '"')
                    quoted = !quoted;
                else if (c == ';' && !quoted)
                    break;
                ++i;
            }
            if (quoted) {
                error = joinText({"unterminated quote in option '", option.keyword, "'"});
                return std::nullopt;
            }
            option.value = std::string(trim(body.substr(valueStart, i - valueStart)));
        }
        if (option.keyword.empty()) {
            error = "empty option";
            return std::nullopt;
        }
        if (i < body.size())
            ++i; // the ';'
        rule.options.push_back(std::move(option));
    }
    return rule;
}

std::string unquote(std::string_view value)
{
    value = trim(value);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            const char next = value[i + 1];
            if (next == '"' || next == ';' || next == '\\' || next == ':' || next == '|') {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<std::string> decodeContent(std::string_view quoted, std::string& error)
{
    quoted = trim(quoted);
    if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"') {
        error = "content must be a quoted string";
        return std::nullopt;
    }
    const std::string_view text = quoted.substr(1, quoted.size() - 2);
    std::string bytes;
    bool hex = false;
    int pendingNibble = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '|') {
            if (hex && pendingNibble >= 0) {
                error = "odd number of hex digits in content";
                return std::nullopt;
            }
            hex = !hex;
            continue;
        }
        if (hex) {
            if (c == ' ' || c == '\t')
                continue;
            const int value = net::hexDigitValue(c);
            if (value < 0) {
                error = joinText({"bad hex digit '", std::string_view(&c, 1), "' in content"});
                return std::nullopt;
            }
            if (pendingNibble < 0) {
                pendingNibble = value;
            } else {
                bytes += static_cast<char>(pendingNibble << 4 | value);
                pendingNibble = -1;
            }
            continue;
        }
        if (c == '\\') {
            const char next = i + 1 < text.size() ? text[i + 1] : '\0';
            if (next != '"' && next != ';' && next != '\\' && next != ':' && next != '|') {
                error = joinText({"bad escape '\\", std::string_view(&next, 1),
                                  "' in content (write other bytes as |hex|)"});
                return std::nullopt;
            }
            bytes += next;
            ++i;
            continue;
        }
        if (c == '"' || c == ';') {
            error = joinText({"unescaped '", std::string_view(&c, 1), "' in content"});
            return std::nullopt;
        }
        bytes += c;
    }
    if (hex) {
        error = "unterminated |hex| in content";
        return std::nullopt;
    }
    if (bytes.empty()) {
        error = "empty content";
        return std::nullopt;
    }
    return bytes;
}

std::vector<std::string_view> splitCommas(std::string_view text)
{
    std::vector<std::string_view> parts;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] == '"')
            quoted = !quoted;
        if (i == text.size() || (text[i] == ',' && !quoted)) {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace mieruka::detect::rule_lexer
