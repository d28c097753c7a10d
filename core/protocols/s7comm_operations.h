// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// S7comm and S7comm-plus requests (register on TCP 102): TPKT + COTP DT, then an S7 job
/// (ROSCTR 1) or user-data request (ROSCTR 7, type 4), or an S7comm-plus request (opcode 0x31).
/// `code`: job function code; for user data (0x07 << 16) | (group << 8) | sub-function;
/// for S7comm-plus (0x72 << 16) | function code. Acks and responses yield nothing; jobs count in
/// either direction (the PLC sends the "Download block" jobs of a download).
void decodeS7commOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
