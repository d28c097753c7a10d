// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey_detector.h"

#include "eol_os_detector.h"
#include "new_communication_detector.h"
#include "new_device_detector.h"
#include "ot_command_detector.h"
#include "silent_device_detector.h"
#include "volume_band_detector.h"
#include "hygiene/hygiene_detectors.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace mieruka::detect {

namespace {

/// A device that falls silent takes its polls with it: those "below band" alerts say nothing
/// the silence does not, so they are counted into it instead of burying the list.
void foldIntoSilence(AlertList& alerts)
{
    const std::string silent(alertTypeName(AlertType::DeviceSilent));
    const std::string volume(alertTypeName(AlertType::VolumeBand));
    constexpr std::int64_t kSlackNs = 120'000'000'000LL; // the band is judged per whole minute
    for (auto& silence : alerts) {
        if (silence.type != silent)
            continue;
        std::size_t folded = 0;
        for (auto& other : alerts) {
            const bool partOfSilence = other.type == volume && other.rule == "below"
                                       && (other.src == silence.src || other.dst == silence.src)
                                       && other.firstNs >= silence.firstNs - kSlackNs && other.firstNs <= silence.lastNs;
            if (partOfSilence) {
                other.type.clear(); // marked; erased below
                ++folded;
            }
        }
        addField(silence, "pairs_below_band", std::to_string(folded));
    }
    std::erase_if(alerts, [](const analysis::AlertRecord& alert) { return alert.type.empty(); });
}

/// Minutes of the learning period that carried traffic: a capture of one burst two days apart
/// from another has a long learning period in time and nothing in it to learn from.
std::int64_t learnedTrafficMinutes(const DetectionInput& input, const LearningWindow& window)
{
    std::set<std::int64_t> minutes;
    for (const auto& row : input.hostSeries)
        if (window.learned((row.minute + 1) * 60'000'000'000LL))
            minutes.insert(row.minute);
    return static_cast<std::int64_t>(minutes.size());
}

} // namespace

LearningWindow SurveyDetector::learningWindow(const DetectionInput& current, bool separateBaseline,
                                              const DetectionOptions& options)
{
    LearningWindow window;
    if (separateBaseline)
        return window;
    std::int64_t until = options.learningUntilNs.value_or(0);
    if (!options.learningUntilNs) {
        const double span = static_cast<double>(current.endNs - current.startNs);
        until = current.startNs + static_cast<std::int64_t>(std::llround(span * options.learningFraction));
    }
    window.baselineUntilNs = until;
    window.detectFromNs = until;
    return window;
}

SurveyDetection SurveyDetector::run(const DetectionInput& current, const DetectionInput* baseline,
                                    const DetectionOptions& options)
{
    SurveyDetection result;
    result.window = learningWindow(current, baseline != nullptr, options);
    const DetectionContext context{current, baseline ? *baseline : current, result.window, options};
    if (!baseline) {
        result.learningNs = std::max<std::int64_t>(0, result.window.baselineUntilNs - current.startNs);
        result.learningTooShort = learnedTrafficMinutes(current, result.window) * 60 < options.minLearningSeconds;
    }
    const bool compare = !result.learningTooShort;
    if (compare && options.isEnabled(AlertType::NewDevice))
        NewDeviceDetector::run(context, result.alerts);
    if (options.isEnabled(AlertType::EolOs))
        EolOsDetector::run(context, result.alerts);
    if (compare && options.isEnabled(AlertType::DeviceSilent))
        SilentDeviceDetector::run(context, result.alerts);
    if (compare && options.isEnabled(AlertType::NewCommunication))
        NewCommunicationDetector::run(context, result.alerts);
    if (compare && options.isEnabled(AlertType::VolumeBand))
        VolumeBandDetector::run(context, result.alerts);
    if (options.isEnabled(AlertType::OtCommand)) {
        const OtCommandRules rules =
            options.otCommandRules.empty() ? OtCommandRules::bundled() : OtCommandRules::parse(options.otCommandRules);
        result.ruleProblems = rules.problems();
        OtCommandDetector::run(context, rules, !compare, result.alerts);
    }
    runHygieneDetectors(context, result.alerts);
    foldIntoSilence(result.alerts);
    return result;
}

} // namespace mieruka::detect
