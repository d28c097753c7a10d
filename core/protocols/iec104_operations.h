// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"
#include "payload_context.h"

namespace mieruka::protocols {

/// IEC 60870-5-104 over TCP 2404: one operation per APDU in the control direction — command,
/// system and parameter ASDUs sent as activation / deactivation (C_RD_NA_1 also as request),
/// file-transfer ASDUs sent toward the service, and U-format STARTDT / STOPDT activations.
/// Monitor-direction data, confirmations, S-format and TESTFR yield nothing. Bounded: at most
/// 256 APDUs per payload; a cut APDU ends the walk.
void decodeIec104Operations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
