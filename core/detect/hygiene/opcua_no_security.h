// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// An OPC UA server that offers (GetEndpoints: security mode None) or runs (OpenSecureChannel
/// with policy None) unsigned, unencrypted sessions: security_finding
/// "opcua_security_mode_none" / "opcua_security_policy_none". One alert per server (src),
/// rule "opcua_security_none", fields findings and clients (hosts that opened TCP
/// conversations to it on 4840 or labelled opcua). Medium.
class OpcuaNoSecurity {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
