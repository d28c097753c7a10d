// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_snapshot.h"

#include "core/detect/detection_input.h"
#include "core/detect/survey_detector.h"
#include "core/store/survey_store.h"

#include <string>

namespace mieruka::survey {

/// The detectors' view of a survey, read from its store and ledger.
detect::DetectionInput detectionInput(store::SurveyStore& store, const SurveySnapshot& snapshot);

/// Runs the survey-wide detectors and replaces the survey's survey-wide alerts with theirs.
/// `baselineSurvey`: another survey file that is all learning period (empty: none). Throws
/// store::StoreError when a survey cannot be read.
detect::SurveyDetection detectAndStore(store::SurveyStore& store, const detect::DetectionOptions& options,
                                       const std::string& baselineSurvey = {});

} // namespace mieruka::survey
