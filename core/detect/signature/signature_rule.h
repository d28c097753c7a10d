// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/address_set.h"
#include "core/detect/signature/content_match.h"
#include "core/detect/signature/pcre_pattern.h"
#include "core/detect/signature/port_set.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mieruka::detect {

/// What the caller knows of the frame's flow: direction relative to the side that opened it,
/// and whether the TCP handshake was seen.
struct SignatureFlowState {
    bool toServer = true;
    bool established = false;
};

/// The transports a rule applies to, as bits (`ip` sets all of them; `icmp` covers ICMPv6 too).
namespace rule_protocol {
inline constexpr std::uint8_t kTcp = 0x01;
inline constexpr std::uint8_t kUdp = 0x02;
inline constexpr std::uint8_t kIcmp = 0x04;
inline constexpr std::uint8_t kOther = 0x08; ///< any other IP payload, or no transport decoded
inline constexpr std::uint8_t kAll = 0x0f;
} // namespace rule_protocol

/// `flow:` — direction and handshake state the frame must have.
struct FlowRequirement {
    enum class Direction : std::uint8_t { Any, ToServer, ToClient };
    enum class State : std::uint8_t { Any, Established, NotEstablished };
    Direction direction = Direction::Any;
    State state = State::Any;
    bool matches(SignatureFlowState flow) const;
};

/// `dsize:` — a test on the payload length.
struct SizeTest {
    enum class Op : std::uint8_t { Equal, Less, Greater, Between };
    Op op = Op::Equal;
    std::uint32_t low = 0;
    std::uint32_t high = 0; ///< only for Between (exclusive at both ends, as Suricata has it)
    bool matches(std::size_t size) const;
};

/// `pcre:` — an expression over the payload, relative to the previous match with /R.
struct PcreMatch {
    std::unique_ptr<PcrePattern> pattern;
    bool relative = false;
    bool negated = false;
};

/// A rule's payload tests in the order written; matched with relative semantics.
using PayloadItem = std::variant<ContentMatch, PcreMatch>;

/// `threshold:` / `detection_filter:` — how often a rule that matched may alert.
struct RateLimit {
    enum class Kind : std::uint8_t { Limit, Threshold, Both, DetectionFilter };
    enum class Track : std::uint8_t { BySource, ByDestination, ByRule };
    Kind kind = Kind::Limit;
    Track track = Track::BySource;
    std::uint32_t count = 1;
    std::uint32_t seconds = 60;
};

/// One parsed rule: identity and text for alerts, header and options for matching. Immutable
/// once loaded; SignatureHit points at it for the engine's lifetime.
struct SignatureRule {
    // Identity, as the alert reports it.
    std::uint32_t sid = 0;
    std::uint32_t rev = 0;
    std::string msg;
    std::string classtype;
    std::vector<std::string> references; ///< as written after "reference:", e.g. "url,modbus.org/…"
    std::optional<std::uint32_t> priority;
    std::string action;                  ///< as written; every accepted action alerts
    std::string source;                  ///< the rule file (or embedded set) it came from
    std::size_t line = 0;                ///< first line of the rule in that file

    /// "info", "low", "medium", "high" or "critical": from priority when given, else from the
    /// classtype (see resources/rules/README.md for the table).
    std::string_view severity() const;

    // Header.
    std::uint8_t protocols = rule_protocol::kAll;
    AddressSet sourceAddresses;
    PortSet sourcePorts;
    AddressSet destinationAddresses;
    PortSet destinationPorts;
    bool bidirectional = false; ///< "<>": either way round

    // Options.
    FlowRequirement flow;
    std::optional<SizeTest> dsize;
    std::vector<PayloadItem> items;
    std::optional<RateLimit> threshold;
    std::optional<RateLimit> detectionFilter;

    // Derived when the rule is parsed.
    int prefilterItem = -1;          ///< index in items of the content the prefilter looks for; -1: none
    std::uint32_t relativeAfter = 0; ///< bit i: some item after i is relative (backtracking over i matters)
    std::vector<std::uint8_t> fixedItems; ///< positive contents pinned to one offset (depth == length)

    static constexpr std::size_t kMaxItems = 32;
};

/// Severity for a classtype name alone ("medium" for names not in the table).
std::string_view severityOfClasstype(std::string_view classtype);

} // namespace mieruka::detect
