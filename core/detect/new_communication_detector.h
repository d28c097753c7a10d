// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"

namespace mieruka::detect {

/// A client → server pair with a protocol and service port that did not occur during the
/// learning period, unless the learning period already showed it as routine: a known host
/// using a service the server already offered — for an industrial protocol only when the
/// client is a known industrial client (it spoke one in the learning period, or is an
/// engineering workstation, HMI or SCADA server). A short learning period cannot show every
/// pair an engineering workstation visits once a shift; it does show who engineers and who is
/// engineered. What stays new: a new device, a service a server never offered (an office PC
/// opening SMB on the historian), an IT host speaking an industrial protocol.
/// Announcements to broadcast/multicast groups and ARP are not communications between two
/// hosts and are left out (scan and arp_spoofing judge those); internet peers are folded into
/// one "external" peer so a browsing PC does not raise an alert per web site; dynamic server
/// ports (≥ 49152, e.g. DCOM/OPC Classic callbacks) count as one service.
class NewCommunicationDetector {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
