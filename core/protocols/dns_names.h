// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// DNS responses (UDP/TCP 53), mDNS (UDP 5353) and LLMNR (UDP/TCP 5355): one wire format, three
/// trust levels. Register on UDP 53 (both sides), TCP 53, UDP 5353, UDP/TCP 5355. Which protocol a
/// message is comes from the source port, so only responses are decoded.
void decodeDnsNames(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
