// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/analysis/evidence_collector.h"
#include "core/decode/decoded_packet.h"
#include "core/net/mac_address.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace mieruka::detect {

/// Counts broadcast and multicast frames per destination and capture second. A switching loop
/// repeats the same frames thousands of times a second, which per-minute series would blur;
/// the count is per destination so a busy multicast I/O stream does not add to a loop's.
/// Memory is bounded by the destinations of one second.
class BroadcastStormMonitor {
public:
    explicit BroadcastStormMonitor(std::uint64_t framesPerSecond) : m_threshold(framesPerSecond) {}

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const analysis::FrameRef& frame);
    /// Storm seconds found since the last call (the current second is judged once it ends, or
    /// with final = true).
    std::vector<analysis::AlertRecord> take(bool final = false);

private:
    struct Bucket {
        std::uint64_t frames = 0;
        net::MacAddress firstSource;
        std::uint64_t fromFirstSource = 0;
        std::int64_t firstNs = 0, lastNs = 0;
        analysis::FrameRef frame;
    };

    void closeSecond();

    std::uint64_t m_threshold;
    std::int64_t m_second = 0;
    bool m_open = false;
    std::unordered_map<std::uint64_t, Bucket> m_buckets; ///< by destination MAC (toU64)
    std::vector<analysis::AlertRecord> m_alerts;
};

} // namespace mieruka::detect
