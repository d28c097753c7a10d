// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// CC-Link IE Field Basic over UDP 61450 (both ends use the port): cyclic requests (SLMP-style
/// header, command 0x0E70) come from the master, responses from slaves. The request lists the
/// slaves' IP addresses; a response names its vendor and model codes.
void decodeCclinkIefBasic(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
