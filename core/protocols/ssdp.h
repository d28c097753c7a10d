// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include <optional>
#include <string>
#include <string_view>

namespace mieruka::protocols {

/// SSDP (UDP 1900, both sides: NOTIFY and M-SEARCH go to 1900, M-SEARCH responses come from it).
/// NOTIFY / 200 responses: SERVER → SystemDescription (+ OsName), NT/ST device URN → DeviceType;
/// M-SEARCH: USER-AGENT → UserAgent. All about the sender.
void decodeSsdp(const PayloadContext& context, FactList& facts);

/// "Linux/3.14 UPnP/1.0 x/1" → "Linux 3.14"; "Microsoft-Windows/10.0 UPnP/1.0" → "Windows 10.0";
/// nullopt when the first product token is not a known operating system.
std::optional<std::string> osFromProductTokens(std::string_view server);

} // namespace mieruka::protocols
