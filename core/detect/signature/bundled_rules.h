// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace mieruka::detect {

/// The OT rule set written for Mieruka (resources/rules/mieruka-ot.rules), compiled into the
/// program so it needs no data files.
std::string_view bundledOtRules();

/// The source name to load it under (SignatureEngine::addRules).
inline constexpr std::string_view kBundledOtRulesName = "mieruka-ot.rules";

} // namespace mieruka::detect
