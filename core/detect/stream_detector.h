// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arp_sweep_monitor.h"
#include "broadcast_storm_monitor.h"
#include "detection_options.h"

#include "core/analysis/analysis_records.h"
#include "core/analysis/evidence_collector.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/decoded_packet.h"

#include <vector>

namespace mieruka::detect {

/// The detections that must see every frame while it passes (the survey keeps no payloads):
/// signature rules, broadcast storms and ARP sweeps. Alerts are collected per import chunk.
class StreamDetector {
public:
    explicit StreamDetector(const DetectionOptions& options);

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const analysis::FrameRef& frame,
                   const analysis::FlowSample& flow);
    std::vector<analysis::AlertRecord> take(bool final);

private:
    bool m_storms;
    bool m_sweeps;
    BroadcastStormMonitor m_stormMonitor;
    ArpSweepMonitor m_sweepMonitor;
};

} // namespace mieruka::detect
