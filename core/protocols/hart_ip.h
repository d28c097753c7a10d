// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// HART-IP over UDP/TCP 5094: client / server roles from the message header, and the device
/// identity (manufacturer, device type, revisions, device id) from a token-passing PDU carrying
/// a command 0 (Read Unique Identifier) response.
void decodeHartIp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
