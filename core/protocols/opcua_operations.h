// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operation.h"

namespace mieruka::protocols {

/// OPC UA binary (UA TCP) service requests on TCP 4840, and on any TCP port where
/// looksLikeOpcUa() (opcua.h) is true. A MSG chunk's body starts with the request's
/// *_Encoding_DefaultBinary node id, which tells request from response: one operation per
/// request chunk, protocol "opcua", code = that node id (e.g. 673 → Write "WriteRequest").
/// OPN (OpenSecureChannelRequest) and CLO are Session operations. Several UA TCP messages in
/// one segment are all read; encrypted bodies yield nothing (or only the OPN/CLO framing).
void decodeOpcUaOperations(const PayloadContext& context, OperationList& operations);

} // namespace mieruka::protocols
