// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"
#include "payload_context.h"

namespace mieruka::protocols {

/// BACnet/IP over UDP 47808: one operation per confirmed request (first segment only) or
/// unconfirmed request in a complete BVLC datagram; reinitializeDevice and
/// deviceCommunicationControl carry their state in the name. Network-layer messages, ACKs,
/// errors and announcements / notifications (i-Am, i-Have, COV and event notifications) yield
/// nothing.
void decodeBacnetOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
