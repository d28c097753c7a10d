// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// Modbus/TCP (TCP 502). Learns the client / server roles, the unit id, FC 43 / MEI 14 Read
/// Device Identification objects and the FC 17 Report Server ID bytes. Several MBAP PDUs in
/// one TCP segment are handled (bounded).
void decodeModbus(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
