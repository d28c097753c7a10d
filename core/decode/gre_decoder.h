// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// GRE version 0 (RFC 2784/2890): optional checksum, key and sequence, then the payload ethertype.
void decodeGre(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
