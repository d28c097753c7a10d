// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless_run.h"

#include "app/render/html_summary.h"
#include "app/render/json_export.h"
#include "app/render/ledger_csv.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

namespace mieruka::gui {

namespace {

void say(const QString& line)
{
    std::fprintf(stderr, "mieruka: %s\n", line.toLocal8Bit().constData());
}

bool write(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    say(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    return false;
}

} // namespace

bool noDisplayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

int runHeadless(const QString& surveyPath, const QStringList& captures, const QString& outputDir)
{
    if (!QDir().mkpath(outputDir)) {
        say(QStringLiteral("%1: cannot create the output folder").arg(outputDir));
        return 1;
    }
    int exitCode = 0;
    try {
        store::SurveyStore store(QDir::toNativeSeparators(surveyPath).toStdString());
        if (!captures.isEmpty()) {
            std::vector<std::string> paths;
            for (const auto& capture : captures)
                paths.push_back(QDir::toNativeSeparators(capture).toStdString());
            ingest::Importer importer(store, &capture::openCaptureSource);
            const auto result = importer.run(paths);
            for (const auto& line : result.notes)
                say(QString::fromStdString(line));
            for (const auto& line : result.problems)
                say(QString::fromStdString(line));
            if (!result.problems.empty())
                exitCode = 1;
        }
        const auto snapshot = survey::SurveySnapshot::load(store);
        const QDir dir(outputDir);
        const QString csv = dir.filePath(QStringLiteral("assets.csv"));
        const QString json = dir.filePath(QStringLiteral("analysis.json"));
        const QString html = dir.filePath(QStringLiteral("summary.html"));
        const bool ok = write(csv, render::LedgerCsv::build(snapshot)) && write(json, render::JsonExport::toBytes(snapshot))
                        && write(html, render::HtmlSummary::build(snapshot, QCoreApplication::translate("HtmlSummary", "Mieruka survey summary")));
        if (!ok)
            return 1;
        say(QCoreApplication::translate("headless", "no display: wrote %1 hosts, %2 frames to %3 (assets.csv, analysis.json, summary.html; survey %4)")
                .arg(snapshot.hosts.size())
                .arg(snapshot.totals.packets)
                .arg(QDir(outputDir).absolutePath(), QDir(surveyPath).absolutePath()));
    } catch (const std::exception& error) {
        say(QString::fromStdString(error.what()));
        return 1;
    }
    return exitCode;
}

} // namespace mieruka::gui
