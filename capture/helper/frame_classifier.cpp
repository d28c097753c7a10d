// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/helper/frame_classifier.h"

#include <algorithm>

namespace mieruka::capture::helper {
namespace {

constexpr std::size_t kMacSize = 6;

std::uint64_t macValue(std::span<const std::uint8_t> mac)
{
    std::uint64_t value = 0;
    for (const std::uint8_t byte : mac)
        value = (value << 8) | byte;
    return value;
}

} // namespace

void FrameClassifier::classify(std::span<const std::uint8_t> frame)
{
    if (frame.size() < 2 * kMacSize)
        return;
    const auto dst = frame.subspan(0, kMacSize);
    const auto src = frame.subspan(kMacSize, kMacSize);
    const auto isOwn = [&](std::span<const std::uint8_t> mac) {
        return m_ownMac && std::equal(mac.begin(), mac.end(), m_ownMac->begin());
    };
    if (isOwn(src) || isOwn(dst)) {
        ++m_own;
    } else if ((dst[0] & 0x01u) != 0) { // the I/G bit: multicast, broadcast included
        ++m_group;
    } else {
        ++m_foreign;
        if (m_pairs.size() < kMaxPairs)
            m_pairs.emplace(macValue(src), macValue(dst));
    }
}

void FrameClassifier::fill(protocol::InterfaceStats& stats) const
{
    stats.classified = true;
    stats.ownFrames = m_own;
    stats.groupFrames = m_group;
    stats.foreignUnicastFrames = m_foreign;
    stats.foreignPairs = static_cast<std::uint32_t>(m_pairs.size());
}

} // namespace mieruka::capture::helper
