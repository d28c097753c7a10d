// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// Modbus/TCP requests (register on TCP 502): one Operation per MBAP PDU sent to the server.
/// `code` is the function code; for FC 8 Diagnostics it is (8 << 16) | sub-function, for
/// FC 43 (43 << 16) | MEI type, for FC 90 Schneider UMAS (90 << 16) | UMAS function.
/// Responses (context.toService false) yield nothing.
void decodeModbusOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
