// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// UDP header; the payload is bounded by the UDP length.
void decodeUdp(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
