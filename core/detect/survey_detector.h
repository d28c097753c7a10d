// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"
#include "ot_command_rules.h"

#include <vector>

namespace mieruka::detect {

struct SurveyDetection {
    AlertList alerts;
    LearningWindow window;
    std::int64_t learningNs = 0;        ///< length of the learning period (0 for a baseline survey: all of it)
    bool learningTooShort = false;      ///< the comparing detectors were skipped
    std::vector<OtCommandRules::Problem> ruleProblems; ///< rows of a user's OT command table that were skipped
};

/// Runs every enabled survey-wide detector. Without a baseline survey the learning period is
/// the first options.learningFraction of the survey (or up to options.learningUntilNs).
class SurveyDetector {
public:
    static SurveyDetection run(const DetectionInput& current, const DetectionInput* baseline,
                               const DetectionOptions& options);
    static LearningWindow learningWindow(const DetectionInput& current, bool separateBaseline,
                                         const DetectionOptions& options);
};

} // namespace mieruka::detect
