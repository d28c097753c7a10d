// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// SMB session setup (TCP 139/445, either direction). SMB1 Session Setup AndX NativeOS and
/// NativeLanMan strings, and NTLMSSP messages inside SMB1/SMB2 session setup security blobs:
/// the CHALLENGE's target info (computer and domain names) and the version structure. Every
/// SMB1 message except a client's Negotiate adds SecurityFinding "smbv1" about its sender.
void decodeSmbSession(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
