// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_worker.h"

#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"

#include <QDir>
#include <QElapsedTimer>

namespace mieruka::gui {

ImportWorker::ImportWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<mieruka::gui::WorkspaceDataPtr>();
}

void ImportWorker::run(const QString& surveyPath, const QStringList& captures)
{
    QStringList problems;
    bool cancelled = false;
    try {
        store::SurveyStore store(QDir::toNativeSeparators(surveyPath).toStdString());
        if (!captures.isEmpty()) {
            std::vector<std::string> paths;
            for (const auto& path : captures)
                paths.push_back(QDir::toNativeSeparators(path).toStdString());
            QElapsedTimer throttle;
            throttle.start();
            int lastPermille = -1;
            auto onProgress = [&](const ingest::ImportProgress& status) {
                const int permille = status.bytesTotal ? int(1000.0 * double(status.bytesDone) / double(status.bytesTotal)) : 0;
                // Throttled like heaptrack's parser: at most every 0.1 % or 100 ms.
                if (permille == lastPermille && throttle.elapsed() < 100)
                    return;
                lastPermille = permille;
                throttle.restart();
                const double rate = status.elapsedSeconds > 0 ? double(status.packets) / status.elapsedSeconds : 0.0;
                const QString phase = status.phase == "hashing"     ? tr("Checking files")
                                      : status.phase == "detecting" ? tr("Running the detectors")
                                                                    : tr("Importing");
                QString text = tr("%1: %2 frames (%3 frames/s)").arg(phase).arg(status.packets).arg(qRound64(rate));
                // The remaining time follows from the bytes still to read at the rate so far.
                if (status.phase == "importing" && status.bytesDone > 0 && status.bytesTotal > status.bytesDone
                    && status.elapsedSeconds > 2) {
                    const double remaining = status.elapsedSeconds * double(status.bytesTotal - status.bytesDone)
                                             / double(status.bytesDone);
                    text += QLatin1Char('\n') + tr("about %1 s left").arg(qRound64(remaining));
                }
                emit progress(permille, text);
            };
            ingest::Importer importer(store, &capture::openCaptureSource);
            const auto result = importer.run(paths, onProgress, m_stop.get_token());
            for (const auto& problem : result.problems)
                problems << QString::fromStdString(problem);
            cancelled = result.status == ingest::ImportResult::Status::Cancelled;
        }
        emit dataReady(WorkspaceData::load(store, surveyPath));
    } catch (const std::exception& error) {
        problems << QString::fromStdString(error.what());
    }
    emit finished(problems, cancelled);
}

} // namespace mieruka::gui
