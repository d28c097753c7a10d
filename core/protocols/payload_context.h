// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity_fact.h"

#include "core/decode/decoded_packet.h"

#include <cstdint>
#include <span>

namespace mieruka::protocols {

/// What a protocol decoder sees of one frame. Everything is a view valid only for the call.
struct PayloadContext {
    const decode::DecodedPacket& packet;
    std::span<const std::byte> payload; ///< application bytes (captured part only)
    std::int64_t timestampNs = 0;
    /// The registered (well-known) port is the destination port: a request to the service.
    /// For ethertype/LLC decoders always false.
    bool toService = false;
};

/// A protocol decoder: reads `context.payload` through net::ByteReader (bounds-checked, never
/// throws, never allocates except for the facts it appends) and appends what it learnt to `facts`.
/// Must be cheap when the payload carries nothing of interest (early return).
using PayloadDecoder = void (*)(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
