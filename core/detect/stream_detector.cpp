// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream_detector.h"

#include <iterator>

namespace mieruka::detect {

StreamDetector::StreamDetector(const DetectionOptions& options)
    : m_storms(options.isEnabled(AlertType::BroadcastStorm)), m_sweeps(options.isEnabled(AlertType::Scan)),
      m_stormMonitor(options.stormFramesPerSecond), m_sweepMonitor(options.arpSweepTargets, options.arpSweepSeconds)
{
}

void StreamDetector::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                               const analysis::FrameRef& frame, const analysis::FlowSample& flow)
{
    (void)flow;
    if (m_storms)
        m_stormMonitor.addPacket(packet, timestampNs, frame);
    if (m_sweeps)
        m_sweepMonitor.addPacket(packet, timestampNs, frame);
}

std::vector<analysis::AlertRecord> StreamDetector::take(bool final)
{
    auto alerts = m_stormMonitor.take(final);
    auto sweeps = m_sweepMonitor.take();
    alerts.insert(alerts.end(), std::make_move_iterator(sweeps.begin()), std::make_move_iterator(sweeps.end()));
    return alerts;
}

} // namespace mieruka::detect
