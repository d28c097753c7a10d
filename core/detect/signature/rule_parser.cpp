// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/rule_parser.h"
#include "core/detect/signature/text_join.h"

#include "core/detect/signature/rule_lexer.h"
#include "core/detect/signature/rule_option_parser.h"

#include <array>

namespace mieruka::detect {

namespace {

// A passive tool cannot drop or reject anything: those actions alert, as an IDS would.
constexpr std::array<std::string_view, 7> kAlertingActions{"alert", "drop", "sdrop", "reject", "rejectsrc",
                                                           "rejectdst", "rejectboth"};

// Application-layer protocol names other engines accept in the header; they need that engine's
// protocol parser to decide which flows qualify.
constexpr std::array<std::string_view, 40> kAppLayerProtocols{
    "http", "http1", "http2", "ftp", "ftp-data", "tls", "ssl", "smb", "dcerpc", "dns", "ssh", "smtp", "imap",
    "pop3", "modbus", "dnp3", "enip", "cip", "nfs", "ikev2", "krb5", "ntp", "dhcp", "snmp", "sip", "rfb",
    "mqtt", "rdp", "quic", "tftp", "telnet", "websocket", "ldap", "pgsql", "bittorrent-dht", "irc", "s7comm",
    "iec104", "bacnet", "opcua"};

std::optional<std::uint8_t> protocolBits(std::string_view name, std::string& error)
{
    if (name == "tcp" || name == "tcp-pkt")
        return rule_protocol::kTcp;
    if (name == "udp")
        return rule_protocol::kUdp;
    if (name == "icmp") // ICMP and ICMPv6, as other engines read it
        return rule_protocol::kIcmp;
    if (name == "ip")
        return rule_protocol::kAll;
    if (name == "tcp-stream") {
        error = "unsupported protocol 'tcp-stream': frames are inspected one by one, without stream reassembly";
        return std::nullopt;
    }
    for (std::string_view appLayer : kAppLayerProtocols) {
        if (appLayer == name) {
            error = joinText({"unsupported protocol '", name,
                              "': application-layer protocols need a protocol parser; write the rule for tcp/udp "
                              "and the port"});
            return std::nullopt;
        }
    }
    error = joinText({"unknown protocol '", name, "'"});
    return std::nullopt;
}

} // namespace

bool RuleParser::parseHeader(const std::vector<std::string>& words, SignatureRule& rule, std::string& error) const
{
    if (words.size() != 7) {
        error = joinText({"header needs 7 fields (action protocol source port direction destination port), found ",
                          std::to_string(words.size())});
        return false;
    }
    const std::string& action = words[0];
    bool alerting = false;
    for (std::string_view name : kAlertingActions)
        alerting = alerting || name == action;
    if (!alerting) {
        error = action == "pass" ? "unsupported action 'pass': it silences other rules, which a report should not hide"
                                 : joinText({"unsupported action '", action, "'"});
        return false;
    }
    rule.action = action;
    const auto protocols = protocolBits(words[1], error);
    if (!protocols)
        return false;
    rule.protocols = *protocols;
    if (words[4] == "<>") {
        rule.bidirectional = true;
    } else if (words[4] != "->") {
        error = joinText({"bad direction '", words[4], "' (use -> or <>)"});
        return false;
    }
    auto source = AddressSet::parse(words[2], m_variables, error);
    if (!source) {
        error = joinText({"source address: ", error});
        return false;
    }
    auto destination = AddressSet::parse(words[5], m_variables, error);
    if (!destination) {
        error = joinText({"destination address: ", error});
        return false;
    }
    auto sourcePorts = PortSet::parse(words[3], m_variables, error);
    if (!sourcePorts) {
        error = joinText({"source port: ", error});
        return false;
    }
    auto destinationPorts = PortSet::parse(words[6], m_variables, error);
    if (!destinationPorts) {
        error = joinText({"destination port: ", error});
        return false;
    }
    const bool hasPorts = (rule.protocols & (rule_protocol::kTcp | rule_protocol::kUdp)) != 0;
    if ((!hasPorts || rule.protocols == rule_protocol::kAll) && (!sourcePorts->isAny() || !destinationPorts->isAny())) {
        error = joinText({"ports on a '", words[1], "' rule: only tcp and udp rules can test ports"});
        return false;
    }
    rule.sourceAddresses = std::move(*source);
    rule.destinationAddresses = std::move(*destination);
    rule.sourcePorts = std::move(*sourcePorts);
    rule.destinationPorts = std::move(*destinationPorts);
    return true;
}

RuleParser::Result RuleParser::parse(std::string_view text) const
{
    Result result;
    const auto split = rule_lexer::splitRule(text, result.error);
    if (!split)
        return result;
    auto rule = std::make_unique<SignatureRule>();
    if (!parseHeader(split->header, *rule, result.error))
        return result;
    RuleOptionParser options(*rule);
    for (const auto& option : split->options) {
        if (!options.apply(option, result.error))
            return result;
    }
    if (!options.finish(result.error))
        return result;
    result.rule = std::move(rule);
    return result;
}

} // namespace mieruka::detect
