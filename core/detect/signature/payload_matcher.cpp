// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/payload_matcher.h"

namespace mieruka::detect {

namespace {

struct Search {
    const SignatureRule& rule;
    std::span<const std::uint8_t> payload;
    int budget = PayloadMatcher::kStepBudget;

    bool from(std::size_t index, std::size_t previousEnd);
    bool content(const ContentMatch& item, std::size_t index, std::size_t previousEnd);
    bool pcre(const PcreMatch& item, std::size_t index, std::size_t previousEnd);
};

bool Search::from(std::size_t index, std::size_t previousEnd)
{
    if (index == rule.items.size())
        return true;
    if (--budget < 0)
        return false;
    const PayloadItem& item = rule.items[index];
    if (const auto* contentItem = std::get_if<ContentMatch>(&item))
        return content(*contentItem, index, previousEnd);
    return pcre(std::get<PcreMatch>(item), index, previousEnd);
}

bool Search::content(const ContentMatch& item, std::size_t index, std::size_t previousEnd)
{
    ContentMatch::Window window = item.window(previousEnd, payload.size());
    if (item.negated) {
        if (item.find(payload, window))
            return false;
        return from(index + 1, previousEnd);
    }
    const bool laterDependsOnThis = (rule.relativeAfter >> index) & 1U;
    while (const auto position = item.find(payload, window)) {
        if (from(index + 1, *position + item.bytes.size()))
            return true;
        if (!laterDependsOnThis || budget < 0)
            return false;
        window.start = *position + 1;
    }
    return false;
}

bool Search::pcre(const PcreMatch& item, std::size_t index, std::size_t previousEnd)
{
    // Relative: the subject starts where the previous match ended, so ^ anchors there.
    const std::size_t base = item.relative ? std::min(previousEnd, payload.size()) : 0;
    const auto match = item.pattern->find(payload.subspan(base));
    if (item.negated)
        return match ? false : from(index + 1, previousEnd);
    if (!match)
        return false;
    return from(index + 1, base + match->end);
}

} // namespace

bool PayloadMatcher::fixedContentsMatch(const SignatureRule& rule, std::span<const std::uint8_t> payload)
{
    for (std::uint8_t index : rule.fixedItems) {
        const auto& content = std::get<ContentMatch>(rule.items[index]);
        const std::size_t length = content.bytes.size();
        if (content.offset > payload.size() || payload.size() - content.offset < length)
            return false;
        const std::uint8_t* bytes = payload.data() + content.offset;
        const auto* pattern = reinterpret_cast<const std::uint8_t*>(content.bytes.data());
        for (std::size_t i = 0; i < length; ++i)
            if ((content.nocase ? kLowerCase[bytes[i]] : bytes[i]) != pattern[i])
                return false;
    }
    return true;
}

bool PayloadMatcher::matches(const SignatureRule& rule, std::span<const std::uint8_t> payload)
{
    Search search{rule, payload};
    return search.from(0, 0);
}

} // namespace mieruka::detect
