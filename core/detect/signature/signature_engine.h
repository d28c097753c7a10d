// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decoded_packet.h"
#include "core/detect/signature/rule_prefilter.h"
#include "core/detect/signature/rule_variables.h"
#include "core/detect/signature/signature_rule.h"
#include "core/detect/signature/threshold_table.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mieruka::detect {

/// One rule that fired on a frame. The rule lives as long as the engine.
struct SignatureHit {
    const SignatureRule* rule;
};

/// What loading a rules text did: how many rules were taken, and every rule that was not, with
/// its line, the reason (naming the unsupported keyword, protocol or action) and its text.
struct RuleLoadReport {
    std::size_t loaded = 0;
    struct Problem {
        std::size_t line;
        std::string reason;
        std::string text; ///< the rule as read (continuations joined), cut to kMaxProblemText
    };
    std::vector<Problem> unsupported;

    static constexpr std::size_t kMaxProblemText = 512;
};

/// A Suricata/Snort-subset signature engine over single decoded frames (no stream reassembly,
/// no application-layer buffers): rule headers, content/pcre/dsize/flow tests and rate limits,
/// as documented in resources/rules/README.md. Load rules, finalize, then inspect every frame.
/// inspect() allocates nothing once the engine is finalized (the caller's `hits` aside). Not
/// thread-safe: one engine per import thread.
class SignatureEngine {
public:
    SignatureEngine();
    ~SignatureEngine();
    SignatureEngine(const SignatureEngine&) = delete;
    SignatureEngine& operator=(const SignatureEngine&) = delete;

    /// Parses every rule in `rulesText` (comments, blank lines and '\' continuations allowed).
    /// Never throws on bad rules: each refused rule is reported and loading goes on. A sid
    /// already loaded is reported and the first rule kept. `sourceName` names the text in rules
    /// and problems.
    RuleLoadReport addRules(std::string_view rulesText, std::string_view sourceName);
    /// Sets an address or port variable ($HOME_NET, $EXTERNAL_NET, ...); affects rules added
    /// after the call.
    void setVariable(std::string_view name, std::string_view value);
    /// Builds the prefilter. inspect() does it itself when rules were added since.
    void finalize();
    std::size_t ruleCount() const { return m_rules.size(); }
    /// Whether some rule can fire on a frame without payload (no content to find, and a dsize
    /// that admits 0): if none can, such frames need not be inspected at all.
    bool matchesEmptyPayloads() const;
    const SignatureRule& rule(std::size_t index) const { return *m_rules[index]; }

    /// Appends to `hits` the rules that fire on `packet` (in load order). Frames without an IP
    /// layer never match.
    void inspect(const decode::DecodedPacket& packet, SignatureFlowState flow, std::int64_t timestampNs,
                 std::vector<SignatureHit>& hits);

    struct Statistics {
        std::size_t contentGroups = 0;     ///< protocol/port groups with an automaton
        std::size_t prefilterPatterns = 0; ///< summed over the groups
        std::size_t automatonStates = 0;
        std::size_t automatonBytes = 0;
        std::size_t groupedRules = 0;   ///< rules without a prefilter content
        std::size_t thresholdEntries = 0;
        std::uint64_t thresholdEvictions = 0;
    };
    Statistics statistics() const;

private:
    bool matches(const SignatureRule& rule, const decode::DecodedPacket& packet, const decode::IpLayer& ip,
                 std::span<const std::uint8_t> payload, SignatureFlowState flow) const;
    bool passesRateLimits(std::uint32_t index, const decode::IpLayer& ip, std::int64_t timestampNs);

    RuleVariables m_variables;
    std::vector<std::unique_ptr<SignatureRule>> m_rules;
    std::unordered_map<std::uint32_t, std::size_t> m_bySid;
    RulePrefilter m_prefilter;
    ThresholdTable m_thresholds;
    std::vector<std::uint32_t> m_candidates;
    bool m_finalized = false;
};

} // namespace mieruka::detect
