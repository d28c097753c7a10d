// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// LLDP (IEEE 802.1AB, ethertype 0x88cc). `context.payload` is the LLDPDU. Emits the sender's
/// system name, description, capabilities, management address, port id and LLDP-MED inventory,
/// all about Subject::Source (the bridge or station that sent the frame).
void decodeLldp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
