// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// ARP for Ethernet/IPv4; other hardware/protocol sizes count as MalformedArp.
void decodeArp(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
