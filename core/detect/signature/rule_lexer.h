// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::detect::rule_lexer {

// The text level of the rule language: files into logical rules, a rule into header words and
// `keyword:value;` options, and the escape forms of quoted values. Nothing here knows what a
// keyword means. All of it runs at load time; the rule text is untrusted and only ever indexed
// within its bounds.

/// One rule as the file holds it, continuation lines joined.
struct LogicalLine {
    std::size_t line = 0; ///< 1-based number of its first physical line
    std::string text;
};

/// Splits a rules file: blank lines and '#' comments dropped, a line ending in '\' joined with
/// the next, CR before LF ignored.
std::vector<LogicalLine> splitLines(std::string_view text);

struct Option {
    std::string keyword;
    std::string value; ///< raw, escapes still in place; empty when the option had no ':'
    bool hasValue = false;
};

/// "header (options)" → header words and options; nullopt with `error` when the shape is wrong.
struct SplitRule {
    std::vector<std::string> header;
    std::vector<Option> options;
};
std::optional<SplitRule> splitRule(std::string_view text, std::string& error);

/// "text" → text: surrounding quotes removed and \" \; \\ \: \| unescaped; other escapes kept
/// as written. Unquoted text is only trimmed.
std::string unquote(std::string_view value);

/// A content string ("abc|0d 0a|def") → bytes; nullopt with `error` on bad hex or escapes.
std::optional<std::string> decodeContent(std::string_view quoted, std::string& error);

std::string_view trim(std::string_view text);
/// Splits on commas at the top level (not inside quotes), trimming each part.
std::vector<std::string_view> splitCommas(std::string_view text);

} // namespace mieruka::detect::rule_lexer
