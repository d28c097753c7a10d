// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/rule_prefilter.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace mieruka::detect {

namespace {

// Where the rule's prefilter content can end: at the earliest after its offset, at the latest
// by an offset/depth bound carried through relative contents that have a within (kUnbounded
// when unknown).
ContentGroup::Link linkOf(const SignatureRule& rule, std::uint32_t index)
{
    constexpr std::uint32_t unbounded = ContentGroup::kUnbounded;
    std::int64_t bound = -1; // latest end of the previous positive match; -1: unknown
    bool haveBound = true;   // before any item, the "previous end" is 0
    std::int64_t previous = 0;
    for (int i = 0; i <= rule.prefilterItem; ++i) {
        const PayloadItem& item = rule.items[static_cast<std::size_t>(i)];
        const auto* content = std::get_if<ContentMatch>(&item);
        if (!content) {
            if (!std::get<PcreMatch>(item).negated)
                haveBound = false;
            continue;
        }
        if (content->negated)
            continue;
        if (!content->relative())
            bound = content->depth ? static_cast<std::int64_t>(content->offset) + *content->depth : -1;
        else if (content->within && haveBound)
            bound = previous + content->distance.value_or(0) + *content->within;
        else
            bound = -1;
        haveBound = bound >= 0;
        previous = bound;
    }
    const auto& chosen = std::get<ContentMatch>(rule.items[static_cast<std::size_t>(rule.prefilterItem)]);
    // Every occurrence ends at or after its own length: only an offset makes a real bound.
    const std::uint32_t minEnd = chosen.relative() || chosen.offset == 0
        ? 0
        : chosen.offset + static_cast<std::uint32_t>(chosen.bytes.size());
    const std::uint32_t maxEnd =
        bound < 0 ? unbounded : static_cast<std::uint32_t>(std::min<std::int64_t>(bound, unbounded - 1));
    return {index, minEnd, maxEnd};
}

bool needsPayload(const SignatureRule& rule)
{
    return std::any_of(rule.items.begin(), rule.items.end(), [](const PayloadItem& item) {
        const auto* content = std::get_if<ContentMatch>(&item);
        return content ? !content->negated : !std::get<PcreMatch>(item).negated;
    });
}

} // namespace

RulePrefilter::RulePrefilter() = default;
RulePrefilter::~RulePrefilter() = default;
RulePrefilter::RulePrefilter(RulePrefilter&&) noexcept = default;
RulePrefilter& RulePrefilter::operator=(RulePrefilter&&) noexcept = default;

void RulePrefilter::add(const SignatureRule& rule, std::uint32_t index)
{
    const bool prefiltered = rule.prefilterItem >= 0;
    const ContentMatch* content =
        prefiltered ? &std::get<ContentMatch>(rule.items[static_cast<std::size_t>(rule.prefilterItem)]) : nullptr;
    const ContentGroup::Link link = prefiltered ? linkOf(rule, index) : ContentGroup::Link{index, 0, 0};
    if (!prefiltered)
        ++m_statistics.payloadFreeRules;
    for (std::uint8_t bit : {rule_protocol::kTcp, rule_protocol::kUdp, rule_protocol::kIcmp, rule_protocol::kOther}) {
        if (!(rule.protocols & bit))
            continue;
        const std::size_t transport = indexOf(bit);
        Group& group = m_groups[transport];
        if (!prefiltered)
            m_payloadFree[transport] = m_payloadFree[transport] || !needsPayload(rule);
        // Index by the smaller side; a "<>" rule's ports may sit on either side of a frame.
        const bool ported = bit == rule_protocol::kTcp || bit == rule_protocol::kUdp;
        const PortSet* ports = nullptr;
        bool destinationSide = true;
        if (ported && rule.destinationPorts.size() <= kMaxIndexedPorts) {
            ports = &rule.destinationPorts;
        } else if (ported && rule.sourcePorts.size() <= kMaxIndexedPorts) {
            ports = &rule.sourcePorts;
            destinationSide = false;
        }
        if (!ports) {
            if (prefiltered)
                m_contentGroups[group.anyContent]->add(content->bytes, content->nocase, link);
            else
                group.anyPort.push_back(index);
            continue;
        }
        for (const auto& [first, last] : ports->ranges().intervals()) {
            for (std::uint32_t value = first; value <= last; ++value) {
                const auto port = static_cast<std::uint16_t>(value);
                for (bool side : {destinationSide, !destinationSide}) {
                    if (side != destinationSide && !rule.bidirectional)
                        continue;
                    if (!prefiltered) {
                        (side ? group.byDestination : group.bySource).emplace_back(port, index);
                        continue;
                    }
                    const auto [it, created] = m_groupOfPort.try_emplace(
                        {transport, side, port}, static_cast<std::uint32_t>(m_contentGroups.size()));
                    if (created) {
                        (side ? group.contentByDestination : group.contentBySource).emplace_back(port, it->second);
                        m_contentGroups.push_back(std::make_unique<ContentGroup>());
                    }
                    m_contentGroups[it->second]->add(content->bytes, content->nocase, link);
                }
            }
        }
    }
}

void RulePrefilter::build(std::span<const SignatureRule* const> rules)
{
    *this = RulePrefilter();
    for (Group& group : m_groups) {
        group.anyContent = static_cast<std::uint32_t>(m_contentGroups.size());
        m_contentGroups.push_back(std::make_unique<ContentGroup>());
    }
    for (std::uint32_t i = 0; i < rules.size(); ++i)
        add(*rules[i], i);
    m_groupOfPort.clear();
    for (auto& contentGroup : m_contentGroups) {
        contentGroup->build();
        const AhoCorasick& automaton = contentGroup->automaton();
        m_statistics.patterns += automaton.patternCount();
        m_statistics.states += automaton.empty() ? 0 : automaton.stateCount();
        m_statistics.automatonBytes += automaton.memoryBytes();
        m_statistics.contentGroups += automaton.empty() ? 0 : 1;
    }
    for (Group& group : m_groups) {
        for (PortIndex* table :
             {&group.byDestination, &group.bySource, &group.contentByDestination, &group.contentBySource}) {
            std::sort(table->begin(), table->end());
            table->erase(std::unique(table->begin(), table->end()), table->end());
        }
    }
    m_ruleStamp.assign(rules.size(), 0);
}

void RulePrefilter::collect(std::uint8_t protocolBit, std::uint16_t sourcePort, std::uint16_t destinationPort,
                            std::span<const std::uint8_t> payload, std::vector<std::uint32_t>& out)
{
    if (++m_stamp == 0) { // wrapped: forget every old stamp once
        std::fill(m_ruleStamp.begin(), m_ruleStamp.end(), 0);
        m_stamp = 1;
    }
    const Group& group = m_groups[indexOf(protocolBit)];
    auto markRule = [&](std::uint32_t rule) { mark(rule, out); };
    auto scanPortGroup = [&](const PortIndex& table, std::uint16_t port) {
        if (table.empty())
            return;
        auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(port, std::uint32_t(0)));
        if (it != table.end() && it->first == port)
            m_contentGroups[it->second]->scan(payload, markRule);
    };
    if (!payload.empty()) {
        m_contentGroups[group.anyContent]->scan(payload, markRule);
        scanPortGroup(group.contentByDestination, destinationPort);
        scanPortGroup(group.contentBySource, sourcePort);
    }
    for (std::uint32_t rule : group.anyPort)
        mark(rule, out);
    auto byPort = [&](const PortIndex& table, std::uint16_t port) {
        auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(port, std::uint32_t(0)));
        for (; it != table.end() && it->first == port; ++it)
            mark(it->second, out);
    };
    if (!group.byDestination.empty())
        byPort(group.byDestination, destinationPort);
    if (!group.bySource.empty())
        byPort(group.bySource, sourcePort);
}

} // namespace mieruka::detect
