// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// TCP header and options.
void decodeTcp(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
