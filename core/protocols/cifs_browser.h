// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// CIFS browser announcements: NetBIOS datagram (UDP 138) carrying an SMB mailslot write to
/// \MAILSLOT\BROWSE. Host/LocalMaster/Domain announcements yield the server name, Windows version,
/// server type bits, comment and workgroup of the announcing host.
void decodeCifsBrowser(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
