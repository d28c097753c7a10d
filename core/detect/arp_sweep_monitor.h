// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/analysis/evidence_collector.h"
#include "core/decode/decoded_packet.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace mieruka::detect {

/// A host asking ARP for many addresses in a few seconds is sweeping its segment (nmap -sn,
/// a newcomer mapping the cell). The survey keeps ARP only as a MAC-to-broadcast
/// conversation, without the addresses asked for, so this is judged while the frames pass.
/// Memory: per sender, at most `targets` addresses for the current window; senders are capped.
class ArpSweepMonitor {
public:
    ArpSweepMonitor(std::size_t targets, std::int64_t windowSeconds);

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const analysis::FrameRef& frame);
    std::vector<analysis::AlertRecord> take();

private:
    struct Window {
        std::int64_t startNs = 0;
        std::vector<std::uint32_t> targets; ///< distinct IPv4 targets, at most m_threshold
        bool reported = false;
        analysis::FrameRef frame;
        net::IpAddress senderIp;
    };

    std::size_t m_threshold;
    std::int64_t m_windowNs;
    std::unordered_map<std::uint64_t, Window> m_senders; ///< by sender MAC (toU64)
    std::vector<analysis::AlertRecord> m_alerts;
};

} // namespace mieruka::detect
