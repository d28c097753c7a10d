// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// BSD loopback (LINKTYPE_NULL, host byte order) and OpenBSD loop (LINKTYPE_LOOP, network order).
void decodeNull(DecodeContext& context, net::ByteReader reader);
void decodeLoop(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
