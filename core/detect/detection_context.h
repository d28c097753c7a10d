// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_type.h"
#include "detection_input.h"
#include "detection_options.h"

#include "core/analysis/analysis_records.h"

#include <string>
#include <vector>

namespace mieruka::detect {

using AlertList = std::vector<analysis::AlertRecord>;

/// What a survey-wide detector is given: the survey judged, what counts as normal, its settings.
struct DetectionContext {
    const DetectionInput& current;
    const DetectionInput& baseline; ///< the same object as current unless a baseline survey was given
    LearningWindow window;
    const DetectionOptions& options;
};

/// An alert with its identity filled in; detectors add hosts, fields and evidence.
analysis::AlertRecord makeAlert(AlertType type, Severity severity, std::string rule, std::int64_t firstNs,
                                std::int64_t lastNs);
void addField(analysis::AlertRecord& alert, std::string key, std::string value);
void setSource(analysis::AlertRecord& alert, const DetectHost& host);
void setDestination(analysis::AlertRecord& alert, const DetectHost& host);

} // namespace mieruka::detect
