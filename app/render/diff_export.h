// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_diff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mieruka::render {

/// Where each side of a diff came from, for the export's header.
struct DiffSides {
    QString beforeSurvey, afterSurvey;
    QString beforePeriod, afterPeriod; ///< empty: the whole survey
};

/// The diff as JSON (schema "mieruka-diff/1", docs/diff-schema.md) and as CSV, one row per
/// difference, spreadsheet-safe.
class DiffExport {
public:
    static QJsonObject json(const survey::SurveyDiff& diff, const DiffSides& sides, const survey::DiffOptions& options);
    static QByteArray csv(const survey::SurveyDiff& diff);
};

} // namespace mieruka::render
