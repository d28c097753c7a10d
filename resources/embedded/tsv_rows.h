// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace mieruka::resources {

/// The rows of a resources/ table: tab-separated fields, one row per line, empty lines and
/// lines starting with '#' skipped. The views point into `text`.
std::vector<std::vector<std::string_view>> tsvRows(std::string_view text);

} // namespace mieruka::resources
