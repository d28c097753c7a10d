// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// IEC 60870-5-104 over TCP 2404: controlling / controlled station roles from STARTDT and from
/// the direction of ASDUs (type id and cause of transmission), and the common address of the
/// controlled station. Only the first APDU of the payload is read.
void decodeIec104(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
