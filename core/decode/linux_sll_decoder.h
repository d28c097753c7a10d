// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// Linux "cooked" capture headers: SLL (16 bytes) and SLL2 (20 bytes).
void decodeLinuxSll(DecodeContext& context, net::ByteReader reader);
void decodeLinuxSll2(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
