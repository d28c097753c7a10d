// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// MELSEC SLMP / MC protocol, 3E and 4E binary frames (no fixed port: register it on the usual
/// TCP/UDP 5000, 5001, 5007, 5010, 1025; the subheader is checked, not the port). Roles from the
/// subheader; model name and code from a Read Type Name (0x0101) response, recognised without
/// the request by its exact shape. ASCII-mode frames are ignored.
void decodeSlmp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
