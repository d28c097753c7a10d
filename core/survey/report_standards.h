// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace mieruka::survey {

/// The requirements a finding speaks to: IEC 62443-3-3 system requirements ("SR 5.1") and
/// sections of the METI factory system cyber-physical security guideline Ver 1.0 ("3.2.2").
struct FindingStandards {
    std::vector<std::string_view> iec62443;
    std::vector<std::string_view> meti;
};

/// Looks a finding id up in the table (docs/report.md shows it); unknown ids map to nothing.
FindingStandards findingStandards(std::string_view findingId);

} // namespace mieruka::survey
