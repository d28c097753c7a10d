// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/signature/aho_corasick.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace mieruka::detect {

/// The prefilter contents of the rules in one protocol/port group: one automaton over them and,
/// per content, the rules it stands for with where in the payload it can end. An occurrence
/// outside every such window is dropped at once, and the scan stops where no window reaches.
/// Not thread-safe.
class ContentGroup {
public:
    static constexpr std::uint32_t kUnbounded = 0xffffffffU;

    struct Link {
        std::uint32_t rule;
        std::uint32_t minEnd; ///< earliest end of the content (0: any)
        std::uint32_t maxEnd; ///< latest end (kUnbounded: any)
    };

    void add(std::string_view bytes, bool nocase, Link link);
    void build();
    bool empty() const { return m_automaton.empty(); }
    const AhoCorasick& automaton() const { return m_automaton; }

    /// Calls mark(rule) for every rule whose content occurs where it can match (possibly more
    /// than once per rule). Allocates nothing.
    template <typename Mark>
    void scan(std::span<const std::uint8_t> payload, Mark&& mark);

private:
    AhoCorasick m_automaton;
    std::vector<std::vector<Link>> m_pending;   ///< per pattern, while building
    std::vector<std::uint32_t> m_linkBegin;     ///< per pattern: unbounded links, then windowed ones
    std::vector<std::uint32_t> m_windowedBegin;
    std::vector<Link> m_links;
    std::vector<std::uint32_t> m_patternMaxEnd; ///< the latest end any windowed link accepts
    std::vector<std::uint32_t> m_patternStamp;  ///< unbounded links already taken in this scan
    std::uint32_t m_stamp = 0;
    std::size_t m_scanLimit = 0;                ///< bytes worth scanning: the latest end of any link
};

template <typename Mark>
void ContentGroup::scan(std::span<const std::uint8_t> payload, Mark&& mark)
{
    if (m_automaton.empty() || payload.empty())
        return;
    if (++m_stamp == 0) { // wrapped: forget the old stamps once
        std::fill(m_patternStamp.begin(), m_patternStamp.end(), 0);
        m_stamp = 1;
    }
    m_automaton.scan(payload.first(std::min(payload.size(), m_scanLimit)), [&](std::uint32_t pattern, std::size_t end) {
        if (m_patternStamp[pattern] != m_stamp) {
            m_patternStamp[pattern] = m_stamp;
            for (std::uint32_t i = m_linkBegin[pattern]; i < m_windowedBegin[pattern]; ++i)
                mark(m_links[i].rule);
        }
        if (end > m_patternMaxEnd[pattern])
            return;
        for (std::uint32_t i = m_windowedBegin[pattern]; i < m_linkBegin[pattern + 1]; ++i) {
            const Link& link = m_links[i];
            if (end <= link.maxEnd && end >= link.minEnd)
                mark(link.rule);
        }
    });
}

} // namespace mieruka::detect
