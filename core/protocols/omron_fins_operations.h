// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// OMRON FINS requests (ICF response bit clear) on UDP 9600, and FINS/TCP on TCP 9600 (16-byte
/// "FINS" header, command 2 = frame send; several frames in one segment are all read).
/// One operation per command frame, protocol "fins", code = MRC << 8 | SRC, e.g. 0x0402 →
/// Control "Controller STOP". Responses yield nothing.
void decodeOmronFinsOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
