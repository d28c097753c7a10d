// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mieruka::detect {

/// Multi-pattern search: every occurrence of every pattern in one pass over the text. The
/// automaton runs over ASCII-case-folded bytes (byte values mapped to a compact alphabet, upper
/// and lower case sharing a letter), so nocase patterns cost nothing extra; case-sensitive
/// patterns are confirmed with one compare when the folded match ends. The shallow states (in
/// breadth-first order, up to a memory budget) get full transition rows; deeper states keep
/// their children and failure link, so memory stays bounded whatever the rule set holds.
/// Build once, then scan from any number of calls; scan allocates nothing.
class AhoCorasick {
public:
    /// Adds a pattern (identical pattern + case mode share one id); returns its id.
    std::uint32_t add(std::string_view pattern, bool nocase);
    /// Builds the automaton; call after the last add(), before scan().
    void build(std::size_t denseBudgetBytes = 1u << 20);

    std::size_t patternCount() const { return m_patterns.size(); }
    std::size_t stateCount() const { return m_fail.size(); }
    std::size_t denseStateCount() const { return m_denseStates; }
    std::size_t memoryBytes() const;
    bool empty() const { return m_patterns.empty(); }

    /// Calls onMatch(patternId, end) for every occurrence, `end` one past its last byte, in
    /// order of `end`.
    template <typename OnMatch>
    void scan(std::span<const std::uint8_t> text, OnMatch&& onMatch) const;

private:
    static constexpr std::uint32_t kOutputBit = 0x80000000U; ///< the target state reports matches
    static constexpr std::uint32_t kStateMask = 0x7fffffffU;
    static constexpr std::uint32_t kNone = 0xffffffffU;

    struct Pattern {
        std::uint32_t offset; ///< into m_bytes
        std::uint32_t length;
        bool nocase;
        bool confirm; ///< case-sensitive with letters: compare the bytes when the folded match ends
    };
    struct Child {
        std::uint8_t letter;
        std::uint32_t target; ///< with kOutputBit
    };

    std::uint32_t step(std::uint32_t state, std::uint8_t letter) const;
    bool startsPattern(std::uint32_t first, std::uint32_t second) const
    {
        return m_pairs[first * m_stride + second];
    }
    template <typename OnMatch>
    void report(std::uint32_t state, const std::uint8_t* text, std::size_t end, OnMatch& onMatch) const;

    // Patterns as added.
    std::vector<Pattern> m_patterns;
    std::string m_bytes;
    std::map<std::pair<std::string, bool>, std::uint32_t> m_ids;

    // The automaton.
    std::array<std::uint8_t, 256> m_letter{}; ///< byte → alphabet letter (0: in no pattern)
    std::size_t m_stride = 1;                 ///< alphabet size
    std::size_t m_denseStates = 0;
    std::vector<std::uint32_t> m_dense;       ///< [state * stride + letter] → target | kOutputBit
    std::vector<std::uint32_t> m_childBegin;  ///< sparse states: children in m_children[begin, begin of next)
    std::vector<Child> m_children;
    std::vector<std::uint32_t> m_fail;
    std::vector<std::uint32_t> m_outputBegin; ///< own outputs in m_outputs[begin, begin of next)
    std::vector<std::uint32_t> m_outputs;
    std::vector<std::uint32_t> m_dictionaryLink; ///< nearest suffix state with outputs, or kNone
    // The skip filter in front of the automaton: which pairs of letters begin some pattern (a
    // one-byte pattern begins every pair it heads), and which letters are whole patterns. A byte
    // per pair (alphabet size squared, at most 53 KiB): one load per position.
    std::vector<std::uint8_t> m_pairs;
    std::array<bool, 256> m_singleLetter{};
    std::uint32_t m_shallowEnd = 1; ///< states below this are the root and depth 1 (breadth-first ids)
};

inline std::uint32_t AhoCorasick::step(std::uint32_t state, std::uint8_t letter) const
{
    while (state >= m_denseStates) {
        const std::size_t sparse = state - m_denseStates;
        for (std::uint32_t i = m_childBegin[sparse]; i < m_childBegin[sparse + 1]; ++i)
            if (m_children[i].letter == letter)
                return m_children[i].target;
        state = m_fail[state];
    }
    return m_dense[std::size_t(state) * m_stride + letter];
}

template <typename OnMatch>
void AhoCorasick::report(std::uint32_t state, const std::uint8_t* text, std::size_t end, OnMatch& onMatch) const
{
    for (std::uint32_t s = state; s != kNone; s = m_dictionaryLink[s]) {
        for (std::uint32_t i = m_outputBegin[s]; i < m_outputBegin[s + 1]; ++i) {
            const std::uint32_t id = m_outputs[i];
            const Pattern& pattern = m_patterns[id];
            const std::uint8_t* start = text + end - pattern.length;
            if (pattern.confirm && std::memcmp(start, m_bytes.data() + pattern.offset, pattern.length) != 0)
                continue;
            onMatch(id, end);
        }
    }
}

template <typename OnMatch>
void AhoCorasick::scan(std::span<const std::uint8_t> text, OnMatch&& onMatch) const
{
    if (m_denseStates == 0)
        return;
    const std::uint8_t* data = text.data();
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        // Skipping: a match can only start where two letters begin a pattern. These lookups do
        // not depend on each other and hit one small bit table, unlike the automaton's steps.
        std::uint32_t first = m_letter[data[i]];
        // Four pairs per round, one branch for all of them: most rounds find nothing.
        while (i + 4 < size) {
            const std::uint32_t b = m_letter[data[i + 1]], c = m_letter[data[i + 2]], d = m_letter[data[i + 3]],
                                e = m_letter[data[i + 4]];
            if (startsPattern(first, b) | startsPattern(b, c) | startsPattern(c, d) | startsPattern(d, e))
                break;
            first = e;
            i += 4;
        }
        while (i + 1 < size) {
            const std::uint32_t second = m_letter[data[i + 1]];
            if (startsPattern(first, second))
                break;
            first = second;
            ++i;
        }
        if (i + 1 >= size && !m_singleLetter[first])
            return;
        // The automaton from the root, until nothing is in progress and nothing starts next.
        std::uint32_t state = 0;
        for (; i < size; ++i) {
            const std::uint8_t letter = m_letter[data[i]];
            const std::uint32_t next =
                state < m_denseStates ? m_dense[std::size_t(state) * m_stride + letter] : step(state, letter);
            state = next & kStateMask;
            if (next & kOutputBit)
                report(state, data, i + 1, onMatch);
            if (state < m_shallowEnd && (i + 1 >= size || !startsPattern(letter, m_letter[data[i + 1]]))) {
                ++i;
                break;
            }
        }
    }
}

} // namespace mieruka::detect
