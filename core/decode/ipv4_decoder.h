// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// IPv4 header (options validated and skipped); pushes an IpLayer.
void decodeIpv4(DecodeContext& context, net::ByteReader reader);

} // namespace mieruka::decode
