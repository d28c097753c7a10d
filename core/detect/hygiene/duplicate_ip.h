// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// One IP address used by two or more MACs at the same time: claimed in ARP or sent from
/// ("arp" and "ip" bindings, merged per MAC), with periods that overlap — a device replaced
/// by another, one after the other, is not a conflict. Left out: router MACs (they send for
/// the hosts behind them), virtual router MACs (VRRP/HSRP/GLBP), 0.0.0.0, broadcast and
/// multicast; and, when arp_spoofing is on, the addresses it reports and every claim of an
/// impersonating MAC (spoofing wins). One alert per IP, rule = the IP, src/dst = the first two
/// MACs' hosts, field macs. Medium. NIC teams that send one address from several MACs look the
/// same and are reported too.
class DuplicateIp {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
