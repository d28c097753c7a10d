// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/signature_rule.h"

#include <array>
#include <utility>

namespace mieruka::detect {

namespace {

// Our own grouping of the classtype names community rule sets use. A successful compromise is
// critical; an attempt at control or denial of service is high (what a PLC stop or a firmware
// download is); reconnaissance and policy matters are medium; decoding notes are low.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> kClasstypeSeverity{{
    {"successful-admin", "critical"},
    {"successful-user", "critical"},
    {"successful-dos", "critical"},
    {"trojan-activity", "critical"},
    {"shellcode-detect", "critical"},
    {"exploit-kit", "critical"},
    {"command-and-control", "critical"},
    {"domain-c2", "critical"},
    {"targeted-activity", "critical"},
    {"attempted-admin", "high"},
    {"attempted-user", "high"},
    {"unsuccessful-user", "high"},
    {"attempted-dos", "high"},
    {"denial-of-service", "high"},
    {"web-application-attack", "high"},
    {"successful-recon-largescale", "high"},
    {"credential-theft", "high"},
    {"client-side-exploit", "high"},
    {"attempted-recon", "medium"},
    {"successful-recon-limited", "medium"},
    {"bad-unknown", "medium"},
    {"policy-violation", "medium"},
    {"suspicious-filename-detect", "medium"},
    {"suspicious-login", "medium"},
    {"system-call-detect", "medium"},
    {"rpc-portmap-decode", "medium"},
    {"misc-attack", "medium"},
    {"network-scan", "medium"},
    {"default-login-attempt", "medium"},
    {"string-detect", "medium"},
    {"unusual-client-port-connection", "medium"},
    {"non-standard-protocol", "medium"},
    {"social-engineering", "medium"},
    {"coin-mining", "medium"},
    {"protocol-command-decode", "low"},
    {"misc-activity", "low"},
    {"unknown", "low"},
    {"icmp-event", "low"},
    {"tcp-connection", "low"},
    {"web-application-activity", "low"},
    {"inappropriate-content", "low"},
    {"not-suspicious", "info"},
}};

} // namespace

std::string_view severityOfClasstype(std::string_view classtype)
{
    for (const auto& [name, severity] : kClasstypeSeverity)
        if (name == classtype)
            return severity;
    return "medium"; // a rule author asked for an alert; without more, neither raise nor bury it
}

std::string_view SignatureRule::severity() const
{
    if (priority) {
        switch (*priority) {
        case 1: return "high";
        case 2: return "medium";
        case 3: return "low";
        default: return "info";
        }
    }
    return severityOfClasstype(classtype);
}

bool FlowRequirement::matches(SignatureFlowState flow) const
{
    if (direction == Direction::ToServer && !flow.toServer)
        return false;
    if (direction == Direction::ToClient && flow.toServer)
        return false;
    if (state == State::Established && !flow.established)
        return false;
    if (state == State::NotEstablished && flow.established)
        return false;
    return true;
}

bool SizeTest::matches(std::size_t size) const
{
    switch (op) {
    case Op::Equal: return size == low;
    case Op::Less: return size < low;
    case Op::Greater: return size > low;
    case Op::Between: return size > low && size < high;
    }
    return false;
}

} // namespace mieruka::detect
