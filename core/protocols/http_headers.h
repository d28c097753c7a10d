// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

namespace mieruka::protocols {

/// HTTP/1.x headers (TCP 80, 8080, 8000, both sides). Only a segment that starts a message (a
/// request line or a status line) is read, up to the blank line. Request: User-Agent → UserAgent,
/// "Authorization: Basic" → SecurityFinding "http_basic_auth_sent"; response: Server →
/// ServerBanner, "WWW-Authenticate: Basic" → SecurityFinding "http_basic_auth". About the sender.
void decodeHttpHeaders(const PayloadContext& context, FactList& facts);

} // namespace mieruka::protocols
