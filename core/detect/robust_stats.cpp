// SPDX-License-Identifier: GPL-3.0-or-later
#include "robust_stats.h"

#include <algorithm>
#include <cmath>

namespace mieruka::detect {

namespace {

double medianOf(std::vector<double>& values)
{
    if (values.empty())
        return 0;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
    return (lower + upper) / 2;
}

} // namespace

RobustSpread robustSpread(std::vector<double> values)
{
    RobustSpread spread;
    spread.median = medianOf(values);
    for (double& value : values)
        value = std::fabs(value - spread.median);
    spread.mad = 1.4826 * medianOf(values);
    return spread;
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size())));
    return values[rank == 0 ? 0 : rank - 1];
}

} // namespace mieruka::detect
