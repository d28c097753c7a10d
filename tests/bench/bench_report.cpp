// SPDX-License-Identifier: GPL-3.0-or-later
// How long the PDF report of a large survey takes (issue 8: 5,000 hosts in ≤ 10 s): writes a
// synthetic survey through the real store, then times loading it, building the report model
// and writing the PDF — what `mieruka-cli report` does.
// Usage: bench_report [HOSTS] [CONVERSATIONS] [MINUTES]     (QT_QPA_PLATFORM=offscreen)
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include "app/render/report_renderer.h"
#include "core/survey/report_model.h"
#include "tests/bench/synthetic_survey.h"

#include <cstdio>
#include <cstdlib>

using namespace mieruka;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const int hosts = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int conversations = argc > 2 ? std::atoi(argv[2]) : 50000;
    const int minutes = argc > 3 ? std::atoi(argv[3]) : 60;
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("large.mieruka")).toStdString();
    {
        store::SurveyStore store(path);
        bench::writeSyntheticSurvey(store, hosts, conversations, minutes);
    }
    QElapsedTimer clock;
    clock.start();
    store::SurveyStore store(path, false);
    const auto snapshot = survey::SurveySnapshot::load(store);
    const auto series = store.series(analysis::SeriesRecord::Kind::Protocol);
    const double loadSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const auto model = survey::buildReportModel(snapshot, series, {"Synthetic plant", "", ""}, {});
    const double modelSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    if (!render::ReportRenderer::writePdf(model, pdf, error)) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    const double pdfSeconds = clock.nsecsElapsed() / 1e9;
    std::printf("hosts %d, conversations %d, minutes %d: load %.2f s, model %.2f s, PDF %.2f s, total %.2f s, "
                "%.1f MB\n",
                hosts, conversations, minutes, loadSeconds, modelSeconds, pdfSeconds, loadSeconds + modelSeconds + pdfSeconds,
                QFileInfo(pdf).size() / 1e6);
    return 0;
}
