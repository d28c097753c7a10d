// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/aho_corasick.h"

#include "core/detect/signature/content_match.h"

#include <algorithm>
#include <deque>

namespace mieruka::detect {

std::uint32_t AhoCorasick::add(std::string_view pattern, bool nocase)
{
    std::string key(pattern);
    if (nocase)
        for (char& c : key)
            c = static_cast<char>(kLowerCase[static_cast<std::uint8_t>(c)]);
    const auto [it, inserted] = m_ids.try_emplace({key, nocase}, static_cast<std::uint32_t>(m_patterns.size()));
    if (inserted) {
        // Bytes without letters match the same folded or not: no need to confirm them.
        const bool letters = std::any_of(key.begin(), key.end(), [](char c) {
            return kLowerCase[static_cast<std::uint8_t>(c)] != static_cast<std::uint8_t>(c)
                || (c >= 'a' && c <= 'z');
        });
        const auto offset = static_cast<std::uint32_t>(m_bytes.size());
        m_patterns.push_back({offset, static_cast<std::uint32_t>(key.size()), nocase, !nocase && letters});
        m_bytes += key;
    }
    return it->second;
}

std::size_t AhoCorasick::memoryBytes() const
{
    return m_dense.size() * sizeof(std::uint32_t) + m_children.size() * sizeof(Child) + m_pairs.size()
        + (m_childBegin.size() + m_fail.size() + m_outputBegin.size() + m_outputs.size() + m_dictionaryLink.size())
        * sizeof(std::uint32_t)
        + m_bytes.size() + m_patterns.size() * sizeof(Pattern);
}

void AhoCorasick::build(std::size_t denseBudgetBytes)
{
    // The alphabet: one letter per folded byte value some pattern uses; 0 for all others.
    m_letter.fill(0);
    std::array<bool, 256> used{};
    for (unsigned char c : m_bytes)
        used[kLowerCase[c]] = true;
    std::uint8_t letters = 1;
    for (int b = 0; b < 256; ++b)
        if (used[static_cast<std::size_t>(b)])
            m_letter[static_cast<std::size_t>(b)] = letters++;
    for (int b = 'A'; b <= 'Z'; ++b)
        m_letter[static_cast<std::size_t>(b)] = m_letter[static_cast<std::size_t>(b + 32)];
    m_stride = letters;

    // The trie, in insertion numbering.
    struct Node {
        std::vector<std::pair<std::uint8_t, std::uint32_t>> children;
        std::vector<std::uint32_t> outputs;
    };
    std::vector<Node> trie(1);
    auto childOf = [&trie](std::uint32_t node, std::uint8_t letter) -> std::uint32_t {
        for (const auto& [l, target] : trie[node].children)
            if (l == letter)
                return target;
        return kNone;
    };
    for (std::uint32_t id = 0; id < m_patterns.size(); ++id) {
        const Pattern& pattern = m_patterns[id];
        std::uint32_t node = 0;
        for (std::uint32_t i = 0; i < pattern.length; ++i) {
            const std::uint8_t letter = m_letter[static_cast<std::uint8_t>(m_bytes[pattern.offset + i])];
            std::uint32_t next = childOf(node, letter);
            if (next == kNone) {
                next = static_cast<std::uint32_t>(trie.size());
                trie[node].children.emplace_back(letter, next);
                trie.emplace_back();
            }
            node = next;
        }
        trie[node].outputs.push_back(id);
    }

    // Breadth-first order (shallow states first: they get the dense rows) and failure links.
    std::vector<std::uint32_t> order;
    order.reserve(trie.size());
    std::vector<std::uint32_t> fail(trie.size(), 0);
    std::deque<std::uint32_t> queue{0};
    while (!queue.empty()) {
        const std::uint32_t node = queue.front();
        queue.pop_front();
        order.push_back(node);
        std::sort(trie[node].children.begin(), trie[node].children.end());
        for (const auto& [letter, child] : trie[node].children) {
            std::uint32_t f = fail[node];
            std::uint32_t target = kNone;
            while (node != 0) {
                target = childOf(f, letter);
                if (target != kNone || f == 0)
                    break;
                f = fail[f];
            }
            fail[child] = (node == 0 || target == kNone) ? 0 : target;
            queue.push_back(child);
        }
    }
    std::vector<std::uint32_t> renumber(trie.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        renumber[order[i]] = i;

    const std::size_t states = trie.size();
    m_fail.assign(states, 0);
    m_outputBegin.assign(states + 1, 0);
    m_outputs.clear();
    m_dictionaryLink.assign(states, kNone);
    for (std::uint32_t s = 0; s < states; ++s) {
        const Node& node = trie[order[s]];
        m_fail[s] = renumber[fail[order[s]]];
        m_outputBegin[s] = static_cast<std::uint32_t>(m_outputs.size());
        m_outputs.insert(m_outputs.end(), node.outputs.begin(), node.outputs.end());
    }
    m_outputBegin[states] = static_cast<std::uint32_t>(m_outputs.size());
    auto hasOwnOutputs = [this](std::uint32_t s) { return m_outputBegin[s + 1] > m_outputBegin[s]; };
    for (std::uint32_t s = 1; s < states; ++s) { // a failure target always comes earlier
        const std::uint32_t f = m_fail[s];
        m_dictionaryLink[s] = f != 0 && hasOwnOutputs(f) ? f : m_dictionaryLink[f];
    }
    auto tagged = [&](std::uint32_t s) {
        return s | (hasOwnOutputs(s) || m_dictionaryLink[s] != kNone ? kOutputBit : 0);
    };

    const std::size_t rowBytes = m_stride * sizeof(std::uint32_t);
    m_denseStates = std::clamp<std::size_t>(denseBudgetBytes / rowBytes, 1, states);
    m_dense.assign(m_denseStates * m_stride, 0);
    for (std::uint32_t s = 0; s < m_denseStates; ++s) {
        std::uint32_t* row = &m_dense[s * m_stride];
        if (s != 0)
            std::copy_n(&m_dense[m_fail[s] * m_stride], m_stride, row);
        for (const auto& [letter, child] : trie[order[s]].children)
            row[letter] = tagged(renumber[child]);
    }
    m_childBegin.assign(states - m_denseStates + 1, 0);
    m_children.clear();
    for (std::size_t s = m_denseStates; s < states; ++s) {
        m_childBegin[s - m_denseStates] = static_cast<std::uint32_t>(m_children.size());
        for (const auto& [letter, child] : trie[order[s]].children)
            m_children.push_back({letter, tagged(renumber[child])});
    }
    m_childBegin[states - m_denseStates] = static_cast<std::uint32_t>(m_children.size());

    m_shallowEnd = static_cast<std::uint32_t>(1 + trie[0].children.size());
    m_pairs.assign(m_stride * m_stride, 0);
    m_singleLetter.fill(false);
    auto setPair = [this](std::size_t first, std::size_t second) { m_pairs[first * m_stride + second] = 1; };
    for (const Pattern& pattern : m_patterns) {
        const std::uint8_t first = m_letter[static_cast<std::uint8_t>(m_bytes[pattern.offset])];
        if (pattern.length == 1) {
            m_singleLetter[first] = true;
            for (std::size_t second = 0; second < m_stride; ++second)
                setPair(first, second);
        } else {
            setPair(first, m_letter[static_cast<std::uint8_t>(m_bytes[pattern.offset + 1])]);
        }
    }
}

} // namespace mieruka::detect
