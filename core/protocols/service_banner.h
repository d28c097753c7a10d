// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// Cleartext service banners. Each decoder reads one TCP segment, with no stream state.
/// SSH (TCP 22, both sides): "SSH-2.0-…" from the server → ServerBanner, from the client →
/// UserAgent; distribution tokens (Debian, Ubuntu, FreeBSD, Windows…) → OsName 0.6.
void decodeSshBanner(const PayloadContext& context, FactList& facts);

/// FTP control (TCP 21, server side): "220 …" greeting → ServerBanner; "215 <system>" (SYST
/// reply) → OsName 0.5.
void decodeFtpBanner(const PayloadContext& context, FactList& facts);

/// Telnet (TCP 23, server side): IAC negotiation stripped, the first printable line of a
/// pre-login segment → ServerBanner (heuristic, 0.7); ProtocolRole "telnet:server".
void decodeTelnetBanner(const PayloadContext& context, FactList& facts);

/// Dispatches on the well-known port (22, 21, 23) to one of the above.
void decodeServiceBanner(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
