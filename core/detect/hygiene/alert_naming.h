// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/detect/host_index.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace mieruka::detect::hygiene {

/// Lists in alert fields stop here: a hostile capture can name thousands of peers or ports, the
/// counts beside each list stay exact.
constexpr std::size_t kListLimit = 16;

/// Names `address` (IP or MAC text) as the alert's source: the ledger host when the index knows
/// it, else the address itself.
void nameSource(analysis::AlertRecord& alert, const HostIndex& hosts, std::string_view address);
void nameDestination(analysis::AlertRecord& alert, const HostIndex& hosts, std::string_view address);

/// Points the alert at the frame an evidence row was first seen in.
void takeFrame(analysis::AlertRecord& alert, const analysis::EvidenceRecord& row);

/// The first kListLimit values of an ordered range, comma-separated.
template <typename Range>
std::string joinLimited(const Range& values)
{
    std::string text;
    std::size_t taken = 0;
    for (const auto& value : values) {
        if (taken++ == kListLimit)
            break;
        if (!text.empty())
            text += ',';
        if constexpr (std::is_arithmetic_v<std::decay_t<decltype(value)>>)
            text += std::to_string(value);
        else
            text += value;
    }
    return text;
}

} // namespace mieruka::detect::hygiene
