// SPDX-License-Identifier: GPL-3.0-or-later
#include "ot_command_rules.h"

#include "core/net/ip_address.h"
#include "resources/embedded/embedded_resources.h"
#include "resources/embedded/tsv_rows.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace mieruka::detect {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<std::uint32_t> parseCode(std::string_view text)
{
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
        base = 16;
    }
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

bool inCidr(const net::IpAddress& address, const net::IpAddress& network, int prefix)
{
    if (address.family() != network.family())
        return false;
    const auto& a = address.octets();
    const auto& n = network.octets();
    for (int bit = 0; bit < prefix; ++bit) {
        const auto byte = static_cast<std::size_t>(bit / 8);
        const auto mask = static_cast<std::uint8_t>(0x80u >> (bit % 8));
        if ((a[byte] & mask) != (n[byte] & mask))
            return false;
    }
    return true;
}

bool matchesOperation(std::string_view pattern, const analysis::OperationRecord& operation)
{
    if (pattern == "*" || equalsIgnoringCase(pattern, operation.name))
        return true;
    const auto code = parseCode(pattern);
    return code && *code == operation.code;
}

} // namespace

bool addressPatternMatches(std::string_view pattern, std::string_view ip, std::string_view mac)
{
    if (pattern == "*")
        return true;
    if (equalsIgnoringCase(pattern, mac) || pattern == ip)
        return true;
    const auto slash = pattern.find('/');
    if (slash == std::string_view::npos || ip.empty())
        return false;
    const auto network = net::IpAddress::parse(pattern.substr(0, slash));
    const auto address = net::IpAddress::parse(ip);
    int prefix = -1;
    const auto bits = pattern.substr(slash + 1);
    const auto [end, error] = std::from_chars(bits.data(), bits.data() + bits.size(), prefix);
    if (!network || !address || error != std::errc() || end != bits.data() + bits.size())
        return false;
    const int maxPrefix = network->isV4() ? 32 : 128;
    return prefix >= 0 && prefix <= maxPrefix && inCidr(*address, *network, prefix);
}

OtCommandRules OtCommandRules::parse(std::string_view tsv)
{
    OtCommandRules table;
    std::size_t line = 0;
    for (const auto& row : resources::tsvRows(tsv)) {
        ++line;
        if (row.size() < 8) {
            table.m_problems.push_back({line, "expected 8 tab-separated columns"});
            continue;
        }
        Rule rule;
        rule.line = line;
        if (row[0] != "alert" && row[0] != "allow") {
            table.m_problems.push_back({line, "action must be alert or allow"});
            continue;
        }
        rule.allow = row[0] == "allow";
        rule.src = std::string(row[1]);
        rule.dst = std::string(row[2]);
        rule.protocol = std::string(row[3]);
        rule.operationClass = std::string(row[4]);
        rule.operation = std::string(row[5]);
        if (row[6] != "always" && row[6] != "new") {
            table.m_problems.push_back({line, "when must be always or new"});
            continue;
        }
        rule.onlyNew = row[6] == "new";
        std::string_view severityText = row[7];
        if (!severityText.empty() && severityText.back() == '\r') // edited on Windows
            severityText.remove_suffix(1);
        const auto severity = severityFromName(severityText);
        if (!severity) {
            table.m_problems.push_back({line, "unknown severity"});
            continue;
        }
        rule.severity = *severity;
        table.m_rules.push_back(std::move(rule));
    }
    return table;
}

OtCommandRules OtCommandRules::bundled()
{
    return parse(resources::detect_ot_command_rules_tsv());
}

const OtCommandRules::Rule* OtCommandRules::match(const analysis::OperationRecord& operation) const
{
    for (const auto& rule : m_rules) {
        if ((rule.protocol == "*" || rule.protocol == operation.protocol)
            && (rule.operationClass == "*" || rule.operationClass == operation.operationClass)
            && matchesOperation(rule.operation, operation)
            && addressPatternMatches(rule.src, operation.srcIp, operation.srcMac)
            && addressPatternMatches(rule.dst, operation.dstIp, operation.dstMac))
            return &rule;
    }
    return nullptr;
}

} // namespace mieruka::detect
