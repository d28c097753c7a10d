// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// PPP in HDLC-like framing (optional address/control, 1- or 2-byte protocol).
void decodePpp(DecodeContext& context, net::ByteReader reader);
/// PPPoE session stage (ethertype 0x8864, RFC 2516): 6-byte header, then a PPP protocol field.
void decodePppoeSession(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
