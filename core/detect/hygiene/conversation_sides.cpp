// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation_sides.h"

#include <utility>

namespace mieruka::detect::hygiene {

ConversationSides ConversationSides::of(const analysis::ConversationRecord& row)
{
    ConversationSides sides;
    const bool lo = row.initiatorIsLo;
    sides.client = lo ? &row.lo : &row.hi;
    sides.server = lo ? &row.hi : &row.lo;
    sides.clientPort = lo ? row.loPort : row.hiPort;
    sides.serverPort = lo ? row.hiPort : row.loPort;
    sides.packetsToServer = lo ? row.packetsLoToHi : row.packetsHiToLo;
    sides.packetsToClient = lo ? row.packetsHiToLo : row.packetsLoToHi;
    sides.bytesToServer = lo ? row.bytesLoToHi : row.bytesHiToLo;
    sides.bytesToClient = lo ? row.bytesHiToLo : row.bytesLoToHi;
    return sides;
}

ConversationSides ConversationSides::ofService(const analysis::ConversationRecord& row)
{
    const ConversationSides sides = of(row);
    return row.hasPorts && sides.clientPort < 1024 && sides.serverPort >= 1024 ? sides.swapped() : sides;
}

ConversationSides ConversationSides::swapped() const
{
    ConversationSides other = *this;
    std::swap(other.client, other.server);
    std::swap(other.clientPort, other.serverPort);
    std::swap(other.packetsToServer, other.packetsToClient);
    std::swap(other.bytesToServer, other.bytesToClient);
    return other;
}

} // namespace mieruka::detect::hygiene
