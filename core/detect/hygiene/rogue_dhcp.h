// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// More than one host answering DHCP. A server is the udp/67 side of a 67↔68 conversation
/// that sent at least one packet (a relay agent counts for the segment it answers on;
/// relay-to-server traffic is 67↔67 and ignored). The legitimate servers are those that
/// answered during the learning period (context.window over context.baseline; all of a
/// baseline survey); when none did, the one that sent the most replies. Every other server
/// of the current survey is rogue — provided at least two servers are known in all. One alert
/// per rogue server (src), rule "dhcp_server", fields legitimate, replies, clients. High.
/// The bindings carry no VLAN, so the whole capture is taken as one broadcast domain; servers
/// of separate VLANs are told apart only by having all answered in the learning period.
class RogueDhcp {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
