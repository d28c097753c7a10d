// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/content_match.h"

#include <algorithm>
#include <cstring>

namespace mieruka::detect {

ContentMatch::Window ContentMatch::window(std::size_t previousEnd, std::size_t payloadSize) const
{
    std::int64_t start = 0;
    std::int64_t end = static_cast<std::int64_t>(payloadSize);
    if (relative()) {
        // A negative distance may reach back before the previous match, never before byte 0.
        start = static_cast<std::int64_t>(previousEnd) + distance.value_or(0);
        if (within)
            end = std::min(end, start + static_cast<std::int64_t>(*within));
        start = std::max<std::int64_t>(start, 0);
    } else {
        start = offset;
        if (depth)
            end = std::min(end, static_cast<std::int64_t>(offset) + static_cast<std::int64_t>(*depth));
    }
    end = std::max(end, start);
    return {static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
}

std::optional<std::size_t> ContentMatch::find(std::span<const std::uint8_t> payload, Window window) const
{
    const std::size_t length = bytes.size();
    if (window.end > payload.size())
        window.end = payload.size();
    if (length == 0 || window.end < window.start || window.end - window.start < length)
        return std::nullopt;
    const auto* pattern = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const std::size_t last = window.end - length; // last start position that still fits
    // Most rule contents sit at a fixed offset or in a short window: a plain loop beats the
    // library calls there.
    if (!nocase && last - window.start < 16 && length <= 16) {
        for (std::size_t position = window.start; position <= last; ++position) {
            std::size_t i = 0;
            while (i < length && payload[position + i] == pattern[i])
                ++i;
            if (i == length)
                return position;
        }
        return std::nullopt;
    }
    if (!nocase) {
        const std::uint8_t first = pattern[0];
        std::size_t position = window.start;
        while (position <= last) {
            const void* hit = std::memchr(payload.data() + position, first, last - position + 1);
            if (!hit)
                return std::nullopt;
            position = static_cast<std::size_t>(static_cast<const std::uint8_t*>(hit) - payload.data());
            if (std::memcmp(payload.data() + position, pattern, length) == 0)
                return position;
            ++position;
        }
        return std::nullopt;
    }
    for (std::size_t position = window.start; position <= last; ++position) {
        std::size_t i = 0;
        while (i < length && kLowerCase[payload[position + i]] == pattern[i])
            ++i;
        if (i == length)
            return position;
    }
    return std::nullopt;
}

} // namespace mieruka::detect
