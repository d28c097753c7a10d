// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// ICMP / ICMPv6: type and code go to srcPort/dstPort; the rest (including any quoted
/// header of an error message) is payload.
void decodeIcmp(DecodeContext& context, net::ByteReader reader);
void decodeIcmpv6(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
