// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/content_group.h"
#include "core/detect/signature/signature_rule.h"

#include <array>
#include <map>
#include <tuple>
#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace mieruka::detect {

/// Picks the rules worth evaluating for one frame. Rules are grouped by protocol and by their
/// destination ports (else source ports, else "any port"), as other engines do: a frame meets
/// only the rules of its protocol's any-port group and of its own ports' groups. In each group,
/// rules with a prefilter content are found by one Aho–Corasick pass (ContentGroup); rules
/// without one (pcre-only, dsize-only, header-only) are simply listed. Not thread-safe.
class RulePrefilter {
public:
    RulePrefilter();
    ~RulePrefilter();
    RulePrefilter(RulePrefilter&&) noexcept;
    RulePrefilter& operator=(RulePrefilter&&) noexcept;

    /// Indexes `rules` (a rule's index is its position). Rules stay owned by the caller.
    void build(std::span<const SignatureRule* const> rules);

    /// Appends each candidate rule index once (unsorted). Allocates nothing once `out` has
    /// capacity for every rule.
    void collect(std::uint8_t protocolBit, std::uint16_t sourcePort, std::uint16_t destinationPort,
                 std::span<const std::uint8_t> payload, std::vector<std::uint32_t>& out);

    /// Whether a frame of this protocol with an empty payload can match anything at all.
    bool hasPayloadFreeRules(std::uint8_t protocolBit) const { return m_payloadFree[indexOf(protocolBit)]; }

    struct Statistics {
        std::size_t contentGroups = 0;
        std::size_t patterns = 0;
        std::size_t states = 0;
        std::size_t automatonBytes = 0;
        std::size_t payloadFreeRules = 0;
    };
    const Statistics& statistics() const { return m_statistics; }

    /// Ports a rule may list before it goes into the any-port group instead.
    static constexpr std::size_t kMaxIndexedPorts = 64;

private:
    using PortIndex = std::vector<std::pair<std::uint16_t, std::uint32_t>>; ///< sorted by port
    struct Group {                       ///< one per transport
        std::uint32_t anyContent = 0;    ///< index into m_contentGroups
        PortIndex contentByDestination;  ///< port → index into m_contentGroups
        PortIndex contentBySource;
        std::vector<std::uint32_t> anyPort; ///< rules without a prefilter content
        PortIndex byDestination;            ///< port → rule
        PortIndex bySource;
    };

    static std::size_t indexOf(std::uint8_t protocolBit)
    {
        switch (protocolBit) {
        case rule_protocol::kTcp: return 0;
        case rule_protocol::kUdp: return 1;
        case rule_protocol::kIcmp: return 2;
        default: return 3;
        }
    }
    void add(const SignatureRule& rule, std::uint32_t index);
    void mark(std::uint32_t rule, std::vector<std::uint32_t>& out)
    {
        if (m_ruleStamp[rule] != m_stamp) {
            m_ruleStamp[rule] = m_stamp;
            out.push_back(rule);
        }
    }

    std::array<Group, 4> m_groups;
    std::vector<std::unique_ptr<ContentGroup>> m_contentGroups;
    std::map<std::tuple<std::size_t, bool, std::uint16_t>, std::uint32_t> m_groupOfPort; ///< while building
    std::array<bool, 4> m_payloadFree{};
    std::vector<std::uint32_t> m_ruleStamp;
    std::uint32_t m_stamp = 0;
    Statistics m_statistics;
};

} // namespace mieruka::detect
