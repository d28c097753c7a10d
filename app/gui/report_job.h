// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include "app/render/report_document.h"
#include "core/survey/report_model.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace mieruka::gui {

/// What the Report page asks for: the loaded survey, the options chosen on the page and, when
/// the report compares periods, an earlier survey file.
struct ReportRequest {
    WorkspaceDataPtr data;
    survey::ReportParties parties;
    survey::ReportOptions options;
    QString compareWith; ///< an earlier survey file, or empty
    render::ReportDocument::Settings settings;
};

/// The report work of the Report page, meant for a worker thread: builds the model (reading the
/// earlier survey when asked) and renders it. Jobs of every page run one at a time, because the
/// renderer's fonts and Graphviz are not to be used from two threads at once. The words come from
/// the translators installed when the job starts (the caller installs the report language's).
class ReportJob {
    Q_DECLARE_TR_FUNCTIONS(mieruka::gui::ReportJob)
public:
    struct Preview {
        QList<QImage> pages;
        QString error; ///< plain text; empty on success
    };

    static Preview preview(const ReportRequest& request, int dpi);
    /// Stores the parties in the survey (the next export says the same), then writes the PDF;
    /// returns the problem as plain text, or empty on success.
    static QString exportPdf(const ReportRequest& request, const QString& path);

private:
    static bool buildModel(const ReportRequest& request, survey::ReportModel& model, QString& error);
};

} // namespace mieruka::gui
