// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_model.h"

#include <string_view>

namespace mieruka::survey {

/// Operation classes that only look (read, session set-up, diagnostics); the report lists the rest.
bool isReadOnlyOperationClass(std::string_view operationClass);
/// Classes that change what a controller runs or does (firmware, program, control): they weigh
/// in the risk score on their own.
bool isCriticalOperationClass(std::string_view operationClass);

/// The non-read operations grouped by requester → target, protocol, class and name, ordered by
/// class (firmware, program, control, configuration, time_set, write, then others), then count.
std::vector<OtCommandRow> otCommandRows(const std::vector<analysis::OperationRecord>& operations);

} // namespace mieruka::survey
