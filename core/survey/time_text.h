// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace mieruka::survey {

/// ISO 8601 UTC with nanoseconds, e.g. "2024-03-01T12:00:00.123456789Z". Exact for any int64.
std::string isoTimeNs(std::int64_t nanosecondsSinceEpoch);

} // namespace mieruka::survey
