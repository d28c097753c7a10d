// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// OPC UA binary (UA TCP) on TCP 4840, and on any TCP port whose payload starts with
/// HEL/ACK/OPN/MSG/CLO + chunk type: client/server roles from HEL/ACK, SecurityPolicy None
/// from OPN, the server's application description and security modes from a
/// GetEndpointsResponse, the client's application from a CreateSessionRequest. Only what is in
/// this segment is read (no reassembly); encrypted bodies yield nothing.
void decodeOpcUa(const PayloadContext& context, FactList& facts);

/// Cheap test for registering the decoder on ports other than 4840: a UA TCP message header.
bool looksLikeOpcUa(std::span<const std::byte> payload);

} // namespace mieruka::protocols
