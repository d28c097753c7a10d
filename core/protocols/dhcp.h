// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// DHCPv4 / BOOTP (UDP 67 server, 68 client). Client requests yield the client's hostname, option 55
/// fingerprint, vendor class, client id and FQDN; server OFFER/ACK yield "dhcp:server" and the
/// hostname the server binds to the leased address (Subject::Explicit, aboutIp = yiaddr,
/// aboutMac = chaddr).
void decodeDhcp(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
