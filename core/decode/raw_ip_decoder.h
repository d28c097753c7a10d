// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// Raw IP without a link header; the version nibble picks IPv4 or IPv6.
void decodeRawIp(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
