// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/content_group.h"

#include <algorithm>

namespace mieruka::detect {

void ContentGroup::add(std::string_view bytes, bool nocase, Link link)
{
    const std::uint32_t pattern = m_automaton.add(bytes, nocase);
    if (pattern >= m_pending.size())
        m_pending.resize(pattern + 1);
    m_pending[pattern].push_back(link);
}

void ContentGroup::build()
{
    m_automaton.build();
    const std::size_t patterns = m_automaton.patternCount();
    m_pending.resize(patterns);
    m_linkBegin.assign(patterns + 1, 0);
    m_windowedBegin.assign(patterns, 0);
    m_patternMaxEnd.assign(patterns, 0);
    m_links.clear();
    m_scanLimit = 0;
    auto isUnbounded = [](const Link& link) { return link.maxEnd == kUnbounded && link.minEnd == 0; };
    for (std::size_t p = 0; p < patterns; ++p) {
        auto& links = m_pending[p];
        std::stable_partition(links.begin(), links.end(), isUnbounded);
        m_linkBegin[p] = static_cast<std::uint32_t>(m_links.size());
        for (const Link& link : links) {
            if (!isUnbounded(link))
                m_patternMaxEnd[p] = std::max(m_patternMaxEnd[p], link.maxEnd);
            m_scanLimit = std::max<std::size_t>(m_scanLimit, link.maxEnd);
        }
        const auto unbounded = std::count_if(links.begin(), links.end(), isUnbounded);
        m_windowedBegin[p] = m_linkBegin[p] + static_cast<std::uint32_t>(unbounded);
        m_links.insert(m_links.end(), links.begin(), links.end());
    }
    m_linkBegin[patterns] = static_cast<std::uint32_t>(m_links.size());
    m_pending.clear();
    m_pending.shrink_to_fit();
    m_patternStamp.assign(patterns, 0);
    m_stamp = 0;
}

} // namespace mieruka::detect
