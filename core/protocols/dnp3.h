// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// DNP3 over TCP/UDP 20000: the link-layer header of the first frame gives master / outstation
/// roles (DIR bit) and the sender's link address. CRCs are not verified.
void decodeDnp3(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
