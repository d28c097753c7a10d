// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// A host probing the network. Every IP conversation row is a contact from its initiator to
/// the responder (and its port) at the row's first time; only new contacts count:
///  * never a broadcast, multicast or x.y.z.255 target, nor an internet address (browsing
///    opens dozens of connections a minute) unless it is a device of this segment;
///  * never a target the host keeps talking to: answered contacts spread over more than
///    the scan window are its usual peers (an HMI polling its PLCs, from the first minute of the
///    capture on);
///  * never a target or port it already contacted in a separate baseline survey.
/// Host sweep: new targets first contacted within options.scanWindowSeconds number at least
/// options.scanHosts (rule "host_sweep", src only). Port scan: new ports of one target within
/// the window number at least options.scanPorts (rule "port_scan", dst = the target). Fields
/// targets / ports (the most in one window), window (seconds), total_targets / total_ports
/// (over every window that met the threshold). Medium. ARP sweeps are not seen: the input
/// holds ARP requests only as MAC-to-broadcast conversations, without their target addresses.
class Scan {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
