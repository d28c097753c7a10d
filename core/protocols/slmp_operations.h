// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// MELSEC SLMP / MC protocol 3E and 4E binary requests (sub-header 0x5000 / 0x5400; responses
/// 0xD000 / 0xD400 yield nothing) over TCP or UDP. The module's port is configured per
/// installation: register on 1025, 5000, 5001, 5007, 5010 (the usual defaults). One operation
/// per request frame (a TCP segment may carry several), protocol "slmp", code = command << 16 |
/// subcommand, e.g. 0x10020000 → Control "Remote STOP".
void decodeSlmpOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
