// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arp_sweep_monitor.h"
#include "broadcast_storm_monitor.h"
#include "detection_options.h"
#include "signature_monitor.h"

#include "core/analysis/analysis_records.h"
#include "core/analysis/evidence_collector.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/decoded_packet.h"

#include <memory>
#include <string>
#include <vector>

namespace mieruka::detect {

/// The detections that must see every frame while it passes (the survey keeps no payloads):
/// signature rules, broadcast storms and ARP sweeps. Alerts are collected per import chunk.
class StreamDetector {
public:
    StreamDetector(const DetectionOptions& options, const std::vector<SignatureMonitor::RuleFile>& extraRules = {});

    /// Rules of the bundled set and the user's files that could not be used, one line each.
    std::vector<std::string> ruleReport() const;
    /// Whether this frame can matter to any streaming detector (most TCP acknowledgements cannot).
    bool wants(const decode::DecodedPacket& packet) const
    {
        return !packet.payload.empty() || m_emptyPayloads
               || (m_storms && packet.hasEthernet && packet.linkDestination.isMulticast())
               || (m_sweeps && packet.network == decode::NetworkKind::Arp);
    }

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const analysis::FrameRef& frame,
                   const analysis::FlowSample& flow);
    std::vector<analysis::AlertRecord> take(bool final);

private:
    bool m_storms;
    bool m_sweeps;
    std::unique_ptr<SignatureMonitor> m_signatures; ///< null when signatures are switched off
    bool m_emptyPayloads = false; ///< some signature can fire on a frame without payload
    BroadcastStormMonitor m_stormMonitor;
    ArpSweepMonitor m_sweepMonitor;
};

} // namespace mieruka::detect
