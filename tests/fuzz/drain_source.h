// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <cstddef>
#include <cstdint>

namespace mieruka::fuzz {

/// Reads every frame a reader hands out, touching each byte so ASan checks the whole view and
/// asking for the messages the importer shows. Stops after `maxFrames` so a small input that
/// claims millions of tiny records cannot turn into a timeout (a gzip bomb is the usual case).
inline std::uint32_t drainSource(ingest::PacketSource& source, std::size_t maxFrames = 100000)
{
    ingest::RawPacket packet;
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < maxFrames && source.next(packet) == ingest::PacketSource::Status::Packet; ++i) {
        for (std::byte b : packet.data)
            sum += static_cast<std::uint8_t>(b);
        sum += packet.originalLength + static_cast<std::uint32_t>(packet.linkType);
    }
    sum += static_cast<std::uint32_t>(source.errorMessage().size() + source.bytesConsumed() + source.bytesTotal());
    for (const auto& file : source.files())
        sum += static_cast<std::uint32_t>(file.warning.size() + file.linkTypes.size());
    return sum;
}

} // namespace mieruka::fuzz
