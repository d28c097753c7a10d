// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_job.h"

#include "app/render/report_renderer.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_diff.h"

#include <QDir>
#include <QFileInfo>

#include <exception>
#include <mutex>

namespace mieruka::gui {

namespace {

std::mutex& rendererMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::string nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

} // namespace

bool ReportJob::buildModel(const ReportRequest& request, survey::ReportModel& model, QString& error)
{
    if (!request.data) {
        error = tr("No survey is open.");
        return false;
    }
    std::optional<survey::SurveyDiff> diff;
    if (!request.compareWith.isEmpty()) {
        try {
            // Checked first: opening a missing file would create an empty survey there.
            if (!QFileInfo::exists(request.compareWith)) {
                error = tr("%1: no such survey file.").arg(request.compareWith);
                return false;
            }
            store::SurveyStore other(nativePath(request.compareWith), false);
            diff = survey::diffSurveys(survey::SurveySnapshot::load(other), request.data->snapshot);
        } catch (const std::exception& failure) {
            error = tr("Cannot read the earlier survey %1: %2")
                        .arg(request.compareWith, QString::fromStdString(failure.what()));
            return false;
        }
        diff->before.name = QFileInfo(request.compareWith).fileName().toStdString();
        diff->after.name = QFileInfo(request.data->surveyPath).fileName().toStdString();
    }
    model = survey::buildReportModel(request.data->snapshot, request.data->protocolSeries, request.parties,
                                     request.options, diff);
    return true;
}

ReportJob::Preview ReportJob::preview(const ReportRequest& request, int dpi)
{
    Preview result;
    survey::ReportModel model;
    if (!buildModel(request, model, result.error))
        return result;
    const std::lock_guard lock(rendererMutex());
    result.pages = render::ReportRenderer::renderPages(model, request.settings, dpi, &result.error);
    if (result.pages.isEmpty() && result.error.isEmpty())
        result.error = tr("The report has no pages.");
    return result;
}

QString ReportJob::exportPdf(const ReportRequest& request, const QString& path)
{
    if (!request.data)
        return tr("No survey is open.");
    try {
        store::SurveyStore store(nativePath(request.data->surveyPath), false);
        store.setMeta("report.site", request.parties.site);
        store.setMeta("report.customer", request.parties.customer);
        store.setMeta("report.consultant", request.parties.consultant);
    } catch (const std::exception& failure) {
        return tr("Cannot store the report fields in %1: %2")
            .arg(request.data->surveyPath, QString::fromStdString(failure.what()));
    }
    QString error;
    survey::ReportModel model;
    if (!buildModel(request, model, error))
        return error;
    const std::lock_guard lock(rendererMutex());
    if (render::ReportRenderer::writePdf(model, path, request.settings, error))
        return {};
    return error.isEmpty() ? tr("Cannot write %1.").arg(path) : error;
}

} // namespace mieruka::gui
