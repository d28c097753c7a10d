// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// OMRON FINS over UDP 9600 and FINS/TCP 9600: roles from the ICF response bit, FINS node
/// addresses of both ends, and model / version from a Controller Data Read (0x0501) response.
void decodeOmronFins(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
