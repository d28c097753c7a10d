// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/signature_engine.h"

#include "core/detect/signature/payload_matcher.h"
#include "core/detect/signature/rule_lexer.h"
#include "core/detect/signature/rule_parser.h"
#include "core/detect/signature/text_join.h"

#include <algorithm>

namespace mieruka::detect {

namespace {

std::uint8_t protocolBitOf(decode::TransportKind transport)
{
    switch (transport) {
    case decode::TransportKind::Tcp: return rule_protocol::kTcp;
    case decode::TransportKind::Udp: return rule_protocol::kUdp;
    case decode::TransportKind::Icmp:
    case decode::TransportKind::Icmpv6: return rule_protocol::kIcmp;
    default: return rule_protocol::kOther;
    }
}

std::string cut(std::string text)
{
    if (text.size() > RuleLoadReport::kMaxProblemText) {
        text.resize(RuleLoadReport::kMaxProblemText);
        text += "...";
    }
    return text;
}

} // namespace

SignatureEngine::SignatureEngine() = default;
SignatureEngine::~SignatureEngine() = default;

void SignatureEngine::setVariable(std::string_view name, std::string_view value)
{
    m_variables.set(name, value);
}

RuleLoadReport SignatureEngine::addRules(std::string_view rulesText, std::string_view sourceName)
{
    RuleLoadReport report;
    const RuleParser parser(m_variables);
    for (auto& line : rule_lexer::splitLines(rulesText)) {
        auto parsed = parser.parse(line.text);
        if (!parsed.rule) {
            report.unsupported.push_back({line.line, std::move(parsed.error), cut(std::move(line.text))});
            continue;
        }
        const auto [existing, inserted] = m_bySid.try_emplace(parsed.rule->sid, m_rules.size());
        if (!inserted) {
            const SignatureRule& first = *m_rules[existing->second];
            report.unsupported.push_back({line.line,
                                          joinText({"duplicate sid ", std::to_string(first.sid), " (first loaded from ",
                                                    first.source, " line ", std::to_string(first.line), ", kept)"}),
                                          cut(std::move(line.text))});
            continue;
        }
        parsed.rule->source = std::string(sourceName);
        parsed.rule->line = line.line;
        m_rules.push_back(std::move(parsed.rule));
        ++report.loaded;
    }
    m_finalized = false;
    return report;
}

void SignatureEngine::finalize()
{
    std::vector<const SignatureRule*> rules;
    rules.reserve(m_rules.size());
    for (const auto& rule : m_rules)
        rules.push_back(rule.get());
    m_prefilter.build(rules);
    m_candidates.clear();
    m_candidates.reserve(m_rules.size());
    m_finalized = true;
}

SignatureEngine::Statistics SignatureEngine::statistics() const
{
    Statistics statistics;
    const auto& prefilter = m_prefilter.statistics();
    statistics.contentGroups = prefilter.contentGroups;
    statistics.prefilterPatterns = prefilter.patterns;
    statistics.automatonStates = prefilter.states;
    statistics.automatonBytes = prefilter.automatonBytes;
    statistics.groupedRules = prefilter.payloadFreeRules;
    statistics.thresholdEntries = m_thresholds.size();
    statistics.thresholdEvictions = m_thresholds.evictions();
    return statistics;
}

bool SignatureEngine::matches(const SignatureRule& rule, const decode::DecodedPacket& packet, const decode::IpLayer& ip,
                              std::span<const std::uint8_t> payload, SignatureFlowState flow) const
{
    if (rule.dsize && !rule.dsize->matches(payload.size()))
        return false;
    if (!PayloadMatcher::fixedContentsMatch(rule, payload))
        return false;
    if (!rule.flow.matches(flow))
        return false;
    const bool forward = rule.sourcePorts.contains(packet.srcPort) && rule.destinationPorts.contains(packet.dstPort)
        && rule.sourceAddresses.contains(ip.src) && rule.destinationAddresses.contains(ip.dst);
    if (!forward) {
        const bool backward = rule.bidirectional && rule.sourcePorts.contains(packet.dstPort)
            && rule.destinationPorts.contains(packet.srcPort) && rule.sourceAddresses.contains(ip.dst)
            && rule.destinationAddresses.contains(ip.src);
        if (!backward)
            return false;
    }
    return rule.items.empty() || PayloadMatcher::matches(rule, payload);
}

bool SignatureEngine::passesRateLimits(std::uint32_t index, const decode::IpLayer& ip, std::int64_t timestampNs)
{
    const SignatureRule& rule = *m_rules[index];
    auto tracked = [&ip](const RateLimit& limit) -> const net::IpAddress& {
        return limit.track == RateLimit::Track::ByDestination ? ip.dst : ip.src;
    };
    // A detection filter decides whether a match counts at all; a threshold then thins alerts.
    const RateLimit* filter = rule.detectionFilter ? &*rule.detectionFilter : nullptr;
    if (filter && !m_thresholds.allow(index, *filter, tracked(*filter), timestampNs))
        return false;
    const RateLimit* threshold = rule.threshold ? &*rule.threshold : nullptr;
    return !threshold || m_thresholds.allow(index, *threshold, tracked(*threshold), timestampNs);
}

bool SignatureEngine::matchesEmptyPayloads() const
{
    for (const auto& rule : m_rules)
        if (rule->prefilterItem < 0 && (!rule->dsize || rule->dsize->matches(0)))
            return true;
    return false;
}

void SignatureEngine::inspect(const decode::DecodedPacket& packet, SignatureFlowState flow, std::int64_t timestampNs,
                              std::vector<SignatureHit>& hits)
{
    const decode::IpLayer* ip = packet.innerIp();
    if (!ip || m_rules.empty())
        return;
    if (!m_finalized)
        finalize();
    const std::uint8_t protocol = protocolBitOf(packet.transport);
    const std::span<const std::uint8_t> payload(reinterpret_cast<const std::uint8_t*>(packet.payload.data()),
                                                packet.payload.size());
    if (payload.empty() && !m_prefilter.hasPayloadFreeRules(protocol))
        return;
    m_candidates.clear();
    m_prefilter.collect(protocol, packet.srcPort, packet.dstPort, payload, m_candidates);
    if (m_candidates.empty())
        return;
    std::sort(m_candidates.begin(), m_candidates.end());
    for (std::uint32_t index : m_candidates) {
        const SignatureRule& rule = *m_rules[index];
        if ((rule.protocols & protocol) && matches(rule, packet, *ip, payload, flow)
            && passesRateLimits(index, *ip, timestampNs))
            hits.push_back({&rule});
    }
}

} // namespace mieruka::detect
