// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include "core/store/survey_store.h"

#include <string>

namespace mieruka::ingest {

/// Fills `target` (an empty survey) with one period of `survey`. A survey keeps no packets, so a
/// period's facts come from reading its capture files again: an import period's own files, or
/// every file overlapping a user's range, restricted to that range. The same pipeline as any
/// import, detections included, so the period says what the whole survey would have said had it
/// held only that period. False with a one-line `error` naming a missing capture file.
bool importPeriod(store::SurveyStore& survey, const store::PeriodRecord& period, store::SurveyStore& target,
                  const SourceOpener& opener, ImportOptions options, std::string& error);

/// The period of `survey` called `name`, or nullopt.
std::optional<store::PeriodRecord> findPeriod(store::SurveyStore& survey, const std::string& name);

} // namespace mieruka::ingest
