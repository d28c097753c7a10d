// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// An OT device of this segment (own MAC, not a router; an OT role or an industrial protocol
/// served or used) exchanging traffic with a public internet address that is neither a device
/// of the segment (own MAC) nor in the device's own /24 (/64). One alert per (device, direction): rule "outbound" when the device
/// opened the conversations, "inbound" when the internet side did. High; critical for inbound
/// traffic that an OT server answered (the service is reachable from the internet, not just
/// probed). Office machines browsing the web are normal and never reported here.
class InternetExposure {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
