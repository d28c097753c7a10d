// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// BACnet/IP (UDP 47808): BVLC + NPDU + APDU. Learns the device instance, vendor id from I-Am,
/// and the Device object's vendor-name, model-name, firmware-revision,
/// application-software-version, object-name, location, description and vendor-identifier from
/// ReadProperty and ReadPropertyMultiple replies. Messages from a remote BACnet network (NPDU
/// SNET present) are skipped: the IP sender is then only the router. Forwarded-NPDUs are about
/// the originating B/IP address (Subject::Explicit).
void decodeBacnet(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
