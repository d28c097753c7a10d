// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_snapshot.h"

#include <QString>

#include <memory>
#include <vector>

namespace mieruka::gui {

/// What every view of the workspace reads: one immutable load of the survey, shared between
/// the views and replaced as a whole after each import. Host-pair series are not here (they
/// grow with communications × minutes): a view that needs a pair's series reads it from the
/// survey file itself.
struct WorkspaceData {
    QString surveyPath;
    survey::SurveySnapshot snapshot;
    std::vector<analysis::SeriesRecord> protocolSeries; ///< per minute and protocol label
    std::vector<analysis::SeriesRecord> hostSeries;     ///< per minute and host address (IP, or MAC for non-IP)

    /// Reads everything from an open survey (on the caller's thread).
    static std::shared_ptr<const WorkspaceData> load(store::SurveyStore& store, const QString& surveyPath);
};

using WorkspaceDataPtr = std::shared_ptr<const WorkspaceData>;

/// The key the shared selection names a host by: its first IP, else its MAC.
QString hostKey(const survey::LedgerHost& host);
/// The snapshot as a shared pointer that keeps the whole load alive (for models that hold one).
std::shared_ptr<const survey::SurveySnapshot> snapshotOf(const WorkspaceDataPtr& data);

} // namespace mieruka::gui
