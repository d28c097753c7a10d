// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream_detector.h"

namespace mieruka::detect {

StreamDetector::StreamDetector(const DetectionOptions& options)
    : m_storms(options.isEnabled(AlertType::BroadcastStorm)), m_stormMonitor(options.stormFramesPerSecond)
{
}

void StreamDetector::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                               const analysis::FrameRef& frame, const analysis::FlowSample& flow)
{
    (void)flow;
    if (m_storms)
        m_stormMonitor.addPacket(packet, timestampNs, frame);
}

std::vector<analysis::AlertRecord> StreamDetector::take(bool final)
{
    return m_stormMonitor.take(final);
}

} // namespace mieruka::detect
