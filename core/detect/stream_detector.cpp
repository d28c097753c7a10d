// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream_detector.h"

#include <iterator>

namespace mieruka::detect {

StreamDetector::StreamDetector(const DetectionOptions& options, const std::vector<SignatureMonitor::RuleFile>& extraRules)
    : m_storms(options.isEnabled(AlertType::BroadcastStorm)), m_sweeps(options.isEnabled(AlertType::Scan)),
      m_stormMonitor(options.stormFramesPerSecond), m_sweepMonitor(options.arpSweepTargets, options.arpSweepSeconds)
{
    if (options.isEnabled(AlertType::Signature)) {
        m_signatures = std::make_unique<SignatureMonitor>(extraRules);
        m_emptyPayloads = m_signatures->matchesEmptyPayloads();
    }
}

std::vector<std::string> StreamDetector::ruleReport() const
{
    return m_signatures ? m_signatures->loadReport() : std::vector<std::string>{};
}

void StreamDetector::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                               const analysis::FrameRef& frame, const analysis::FlowSample& flow)
{
    if (m_storms)
        m_stormMonitor.addPacket(packet, timestampNs, frame);
    if (m_sweeps)
        m_sweepMonitor.addPacket(packet, timestampNs, frame);
    if (m_signatures)
        m_signatures->addPacket(packet, timestampNs, frame, flow);
}

std::vector<analysis::AlertRecord> StreamDetector::take(bool final)
{
    auto alerts = m_stormMonitor.take(final);
    auto sweeps = m_sweepMonitor.take();
    alerts.insert(alerts.end(), std::make_move_iterator(sweeps.begin()), std::make_move_iterator(sweeps.end()));
    if (m_signatures) {
        auto hits = m_signatures->take();
        alerts.insert(alerts.end(), std::make_move_iterator(hits.begin()), std::make_move_iterator(hits.end()));
    }
    return alerts;
}

} // namespace mieruka::detect
