// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/rule_variables.h"
#include "core/detect/signature/text_join.h"

#include <optional>
#include <string>
#include <string_view>

namespace mieruka::detect::set_expression {

// The grammar rule headers share for addresses and ports:
//   list := item (',' item)*          — the union of the plain items minus the negated ones
//   item := '!'* ( 'any' | '$'NAME | '[' list ']' | leaf )
// A list of negated items only means "everything but those". `Set` provides all(), add(Set),
// complement() and empty(); `Leaf` turns one literal (an address, a port range) into a Set.

constexpr int kMaxNesting = 16; ///< brackets and variables together; deeper text is refused

inline std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

template <typename Set, typename Leaf>
std::optional<Set> parseList(std::string_view text, const RuleVariables& variables, const Leaf& leaf,
                             std::string& error, int depth);

template <typename Set, typename Leaf>
std::optional<Set> parseItem(std::string_view text, const RuleVariables& variables, const Leaf& leaf,
                             std::string& error, int depth)
{
    if (depth > kMaxNesting) {
        error = "nested too deeply (or a variable refers to itself)";
        return std::nullopt;
    }
    text = trim(text);
    if (text.empty()) {
        error = "empty list item";
        return std::nullopt;
    }
    if (text == "any")
        return Set::all();
    if (text.front() == '$') {
        const auto value = variables.find(text.substr(1));
        if (!value) {
            error = joinText({"undefined variable ", text});
            return std::nullopt;
        }
        return parseList<Set>(*value, variables, leaf, error, depth + 1);
    }
    if (text.front() == '[') {
        if (text.back() != ']') {
            error = joinText({"unbalanced '[' in '", text, "'"});
            return std::nullopt;
        }
        return parseList<Set>(text.substr(1, text.size() - 2), variables, leaf, error, depth + 1);
    }
    return leaf(text, error);
}

template <typename Set, typename Leaf>
std::optional<Set> parseList(std::string_view text, const RuleVariables& variables, const Leaf& leaf,
                             std::string& error, int depth)
{
    Set positive;
    Set negative;
    bool anyPositive = false;
    int brackets = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        if (c == '[')
            ++brackets;
        else if (c == ']' && --brackets < 0)
            break;
        if (c != ',' || brackets != 0)
            continue;
        std::string_view part = trim(text.substr(start, i - start));
        start = i + 1;
        bool negated = false;
        while (!part.empty() && part.front() == '!') {
            negated = !negated;
            part = trim(part.substr(1));
        }
        auto item = parseItem<Set>(part, variables, leaf, error, depth);
        if (!item)
            return std::nullopt;
        if (negated) {
            negative.add(*item);
        } else {
            positive.add(*item);
            anyPositive = true;
        }
    }
    if (brackets != 0) {
        error = joinText({"unbalanced brackets in '", text, "'"});
        return std::nullopt;
    }
    if (!anyPositive)
        positive = Set::all();
    // positive minus negative, with only union and complement at hand
    Set result = positive.complement();
    result.add(negative);
    return result.complement();
}

/// Parses a whole header field; a set that matches nothing is an error (e.g. "!any").
template <typename Set, typename Leaf>
std::optional<Set> parse(std::string_view text, const RuleVariables& variables, const Leaf& leaf, std::string& error)
{
    auto set = parseList<Set>(text, variables, leaf, error, 0);
    if (set && set->empty()) {
        error = joinText({"'", text, "' matches nothing"});
        return std::nullopt;
    }
    return set;
}

} // namespace mieruka::detect::set_expression
