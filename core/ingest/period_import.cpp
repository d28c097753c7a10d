// SPDX-License-Identifier: GPL-3.0-or-later
#include "period_import.h"

#include <filesystem>

namespace mieruka::ingest {

std::optional<store::PeriodRecord> findPeriod(store::SurveyStore& survey, const std::string& name)
{
    for (const auto& period : survey.periods())
        if (period.name == name)
            return period;
    return std::nullopt;
}

bool importPeriod(store::SurveyStore& survey, const store::PeriodRecord& period, store::SurveyStore& target,
                  const SourceOpener& opener, ImportOptions options, std::string& error)
{
    std::vector<std::string> paths;
    for (const auto& capture : survey.captures()) {
        const bool inPeriod = period.importId != 0 ? capture.importId == period.importId
                                                   : capture.packets > 0 && capture.startNs <= period.endNs
                                                         && capture.endNs >= period.startNs;
        if (!inPeriod)
            continue;
        std::error_code missing;
        if (!std::filesystem::is_regular_file(capture.path, missing)) {
            error = capture.path + ": capture file of period " + period.name
                    + " is missing (a period is read again from its capture files)";
            return false;
        }
        paths.push_back(capture.path);
    }
    if (paths.empty()) {
        error = "period " + period.name + " holds no frames";
        return false;
    }
    if (period.importId == 0) {
        options.windowStartNs = period.startNs;
        options.windowEndNs = std::max<std::int64_t>(period.endNs, 1);
    }
    Importer importer(target, opener, options);
    const auto result = importer.run(paths);
    if (result.status != ImportResult::Status::Completed) {
        error = result.problems.empty() ? "period " + period.name + " could not be read" : result.problems.front();
        return false;
    }
    return true;
}

} // namespace mieruka::ingest
