// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/decode/decode_context.h"

#include <cstddef>

namespace mieruka::decode {

/// Ethernet II / 802.3 header (and any VLAN tags and LLC/SNAP after it).
void decodeEthernet(DecodeContext& context, net::ByteReader reader);
/// 802.1Q / 802.1ad / QinQ tags: keeps up to two ids, skips the rest.
void decodeVlan(DecodeContext& context, net::ByteReader reader);
/// An 802.2 LLC header (SNAP with OUI 000000 continues on its ethertype); `length` bounds it.
void decodeLlc(DecodeContext& context, std::size_t length, net::ByteReader reader);

} // namespace mieruka::decode
