// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace mieruka::detect {

/// One `content` of a rule with its modifiers. Absolute placement is offset/depth (depth counts
/// from offset); relative placement is distance/within, counted from the end of the previous
/// match (within from distance's point, as Suricata does). The two never mix in one content.
struct ContentMatch {
    std::string bytes;        ///< the pattern; lower-cased when nocase
    bool nocase = false;
    bool negated = false;
    bool fastPattern = false; ///< the rule asked for this one to feed the prefilter
    std::uint32_t offset = 0;
    std::optional<std::uint32_t> depth;
    std::optional<std::int32_t> distance;
    std::optional<std::uint32_t> within;

    bool relative() const { return distance.has_value() || within.has_value(); }

    /// The window [start, end) a match must lie in, given where the previous match ended;
    /// `end` is clamped to `payloadSize` and may be <= start (nothing can match).
    struct Window {
        std::size_t start;
        std::size_t end;
    };
    Window window(std::size_t previousEnd, std::size_t payloadSize) const;

    /// First position >= window.start where the pattern lies wholly inside the window.
    std::optional<std::size_t> find(std::span<const std::uint8_t> payload, Window window) const;
};

/// ASCII lower-case of every byte value; other bytes map to themselves.
inline constexpr std::array<std::uint8_t, 256> kLowerCase = [] {
    std::array<std::uint8_t, 256> table{};
    for (int i = 0; i < 256; ++i)
        table[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i >= 'A' && i <= 'Z' ? i + 32 : i);
    return table;
}();

} // namespace mieruka::detect
