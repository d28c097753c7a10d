// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// DHCPv6 (UDP 547 server/relay, 546 client). Client messages yield the FQDN (option 39), vendor
/// class (16), option request list (6) and DUID (1); Advertise/Reply yield "dhcpv6:server".
void decodeDhcpv6(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
