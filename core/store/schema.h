// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace mieruka::store {

/// Migration scripts: entry N-1 brings a survey from schema version N-1 to N.
/// Append only; never edit a released entry.
std::span<const std::string_view> schemaMigrations();

} // namespace mieruka::store
