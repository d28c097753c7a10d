// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// Cisco Discovery Protocol v1/v2 over 802.3 LLC/SNAP (registered as an LLC decoder).
/// `context.payload` is either the LLC header on (AA AA 03, OUI 00 00 0C, PID 0x2000) or, as
/// decode::PacketDecoder delivers it, the bytes after SNAP; then the frame must go to
/// 01:00:0c:cc:cc:cc and open with the Device ID TLV. Anything else returns at once.
/// Facts are about Subject::Source.
void decodeCdp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
