// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace mieruka::detect {

/// Median and scaled median absolute deviation: a few outliers in the learning period (a
/// burst, a restart) must not widen the band the way a mean and standard deviation would.
struct RobustSpread {
    double median = 0;
    double mad = 0; ///< scaled by 1.4826 so it estimates σ for normal data
};

RobustSpread robustSpread(std::vector<double> values);
/// The q-quantile (0…1) by nearest rank; 0 for no values.
double quantile(std::vector<double> values, double q);

} // namespace mieruka::detect
