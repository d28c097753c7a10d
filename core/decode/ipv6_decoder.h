// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// IPv6 header and extension header chain; pushes an IpLayer.
void decodeIpv6(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
