// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// ISO-on-TCP (TCP 102): TPKT + COTP carrying S7comm (0x32) or S7comm-plus (0x72). Learns the
/// module identification (SZL 0x0011) and component identification (SZL 0x001C) from Read SZL
/// replies, and the client / server roles from COTP CR/CC and S7 PDUs. Several TPKTs in one
/// TCP segment are handled (bounded).
void decodeS7comm(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
