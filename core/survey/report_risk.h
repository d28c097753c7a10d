// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_model.h"

namespace mieruka::survey {

/// The overall risk score 0…100 (formula in report_risk.cpp and docs/report.md).
RiskScore scoreRisk(const std::vector<Finding>& findings, const SurveySnapshot& snapshot);
/// "low" below 25, "medium" below 50, "high" below 75, else "critical".
std::string riskRating(int score);

} // namespace mieruka::survey
