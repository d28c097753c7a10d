// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"
#include "payload_context.h"

namespace mieruka::protocols {

/// DNP3 over TCP/UDP 20000: one operation per application request (function code below 0x81,
/// CONFIRM excepted) found in the link frames of the payload. Link CRCs are stripped, not
/// verified; only complete frames and first transport segments are read. Responses, unsolicited
/// responses and link-only frames yield nothing. Bounded: at most 256 frames per payload.
void decodeDnp3Operations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
