// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// EtherNet/IP + CIP requests (register on TCP 44818 and UDP 44818): encapsulation commands
/// (RegisterSession, ListIdentity…) and the CIP requests inside SendRRData / SendUnitData,
/// unwrapping Unconnected Send, Multiple Service Packet and Execute PCCC.
/// `code`: the encapsulation command, the CIP service code of the classified request, or for
/// PCCC (0x4B << 16) | (CMD << 8) | FNC. Responses yield nothing.
void decodeEnipCipOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
