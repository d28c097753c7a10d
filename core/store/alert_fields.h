// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mieruka::store {

using AlertFields = std::vector<std::pair<std::string, std::string>>;

/// A flat JSON object of strings, so a survey opened in any SQLite tool reads naturally
/// (`{"operation":"PLC Stop"}`). Control characters are escaped; nothing else is interpreted.
std::string encodeAlertFields(const AlertFields& fields);
/// Reads what encodeAlertFields wrote; anything else yields the pairs read before the first error.
AlertFields decodeAlertFields(std::string_view json);

} // namespace mieruka::store
