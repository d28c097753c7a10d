// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_loader.h"

#include "capture/source/capture_source_factory.h"
#include "core/ingest/period_import.h"
#include "core/store/survey_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mieruka::gui {

namespace {

std::string native(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

} // namespace

DiffResult DiffLoader::load(const DiffSide& before, const DiffSide& after, const QString& scratchDir)
{
    DiffResult result;
    result.before = loadSide(before, QDir(scratchDir).filePath(QStringLiteral("before.mieruka")), result.error);
    if (result.before)
        result.after = loadSide(after, QDir(scratchDir).filePath(QStringLiteral("after.mieruka")), result.error);
    if (!result.before || !result.after) {
        result.before.reset();
        result.after.reset();
        return result;
    }
    emit progress(tr("Comparing…"));
    result.diff = survey::diffSurveys(result.before->snapshot, result.after->snapshot);
    return result;
}

WorkspaceDataPtr DiffLoader::loadSide(const DiffSide& side, const QString& scratchPath, QString& error)
{
    const QString name = QFileInfo(side.surveyPath).fileName();
    if (!QFile::exists(side.surveyPath)) {
        error = tr("%1: no such survey file").arg(side.surveyPath);
        return nullptr;
    }
    try {
        store::SurveyStore source(native(side.surveyPath), false);
        if (side.period.isEmpty()) {
            emit progress(tr("Reading %1…").arg(name));
            return WorkspaceData::load(source, side.surveyPath);
        }
        const auto period = ingest::findPeriod(source, side.period.toStdString());
        if (!period) {
            error = tr("%1: no period \"%2\"").arg(side.surveyPath, side.period);
            return nullptr;
        }
        // A survey keeps no packets: a period's facts come from its capture files, read again.
        emit progress(tr("Reading period %1 of %2 from its capture files…").arg(side.period, name));
        QFile::remove(scratchPath);
        store::SurveyStore target(native(scratchPath), true);
        std::string problem;
        if (!ingest::importPeriod(source, *period, target, &capture::openCaptureSource, {}, problem)) {
            error = QString::fromStdString(problem);
            return nullptr;
        }
        return WorkspaceData::load(target, scratchPath);
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
        return nullptr;
    }
}

} // namespace mieruka::gui
