// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// SMB1 in use (the protocol of EternalBlue/WannaCry), from security_finding "smbv1" evidence:
/// each host that sent an SMB1 message other than a client's opening Negotiate. A TCP
/// conversation to port 445 or 139 (NetBIOS session) whose two ends both carry that evidence
/// is one alert per (client, server), rule "smbv1"; a host with the evidence but no such
/// conversation is an alert of its own (src only). High.
class Smbv1 {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
