// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_snapshot.h"

#include <string>
#include <vector>

namespace mieruka::survey {

struct DeviceMatch {
    std::vector<int> afterOfBefore; ///< per host of the earlier period: its index in the later one, or -1
    std::vector<int> beforeOfAfter; ///< the reverse
    std::vector<std::string> how;   ///< per later host: "mac", "ip", "ip+identity", or "" when new
};

/// Pairs the hosts of two periods: by MAC first (a re-addressed PLC keeps its MAC); hosts seen
/// only by IP by that IP; then a host whose MAC changed by a shared IP plus an identity both
/// periods state alike (hostname, serial, model or vendor) — a replaced network card.
DeviceMatch matchDevices(const std::vector<LedgerHost>& before, const std::vector<LedgerHost>& after);

} // namespace mieruka::survey
