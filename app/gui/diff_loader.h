// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include "core/survey/survey_diff.h"

#include <QObject>
#include <QString>

namespace mieruka::gui {

/// One side of a comparison: a survey file and one of its periods (empty: the whole survey).
struct DiffSide {
    QString surveyPath;
    QString period;
    bool operator==(const DiffSide&) const = default;
    bool isEmpty() const { return surveyPath.isEmpty(); }
};

/// Everything a comparison loads: both sides as the workspace reads a survey, and their diff.
struct DiffResult {
    WorkspaceDataPtr before, after;
    survey::SurveyDiff diff;
    QString error; ///< one plain-text line naming the file; empty on success
};

/// Loads both sides of a comparison and diffs them. load() blocks and is meant for a worker
/// thread; it reports through the queued progress signal, so the loader itself should live on
/// the UI thread. A period is read again from its capture files into a survey under `scratchDir`
/// (which must outlive the returned data: the loads name those files).
class DiffLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    DiffResult load(const DiffSide& before, const DiffSide& after, const QString& scratchDir);

signals:
    void progress(const QString& text);

private:
    WorkspaceDataPtr loadSide(const DiffSide& side, const QString& scratchPath, QString& error);
};

} // namespace mieruka::gui
