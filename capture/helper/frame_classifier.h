// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/status_message.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <utility>

namespace mieruka::capture::helper {

/// Sorts Ethernet frames into own / group / foreign unicast by their MACs, the evidence the app
/// uses to tell a mirror port from an ordinary one. Used by one capture thread only.
class FrameClassifier {
public:
    static constexpr std::size_t kMaxPairs = 1024;

    /// `ownMac` is the interface's address; without one no frame counts as own.
    explicit FrameClassifier(std::optional<std::array<std::uint8_t, 6>> ownMac) : m_ownMac(ownMac) {}

    /// `frame` holds the captured bytes; a frame too short for both MACs is not counted.
    void classify(std::span<const std::uint8_t> frame);

    /// Copies the counters into `stats` (which gets classified = true).
    void fill(protocol::InterfaceStats& stats) const;

private:
    std::optional<std::array<std::uint8_t, 6>> m_ownMac;
    std::uint64_t m_own = 0, m_group = 0, m_foreign = 0;
    std::set<std::pair<std::uint64_t, std::uint64_t>> m_pairs;
};

} // namespace mieruka::capture::helper
