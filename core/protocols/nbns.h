// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// NetBIOS Name Service (UDP 137). Registrations/refreshes name the sender; positive name query
/// responses name the address in their RDATA (Subject::Explicit); node status responses list the
/// responder's names. Unique <00>/<20> names become Hostname, group <00> names Workgroup.
void decodeNbns(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
