// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mieruka::capture::helper {

/// Reported by --version, in Hello and in each ring file's shb_userappl.
inline constexpr const char* kHelperVersion = "0.6.0";

} // namespace mieruka::capture::helper
