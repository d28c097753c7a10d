// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's live capture under load: a MainWindow (offscreen) captures into a survey while its
// views reload about once a second, as a user would watch it. Driven by
// run_live_capture_bench.py, which replays traffic into the interface from the other end of a
// veth pair. Prints "capturing" on stderr once the helper writes, and at the end one JSON line
// on stdout: {"captured", "imported", "kernel_drops", "interface_drops", "seconds"}.
// Usage: bench_live_capture --interface IF --survey FILE.mieruka [--duration S]
//        (QT_QPA_PLATFORM=offscreen; stops when stdin closes or after S seconds)
#include "app/gui/main_window.h"
#include "app/live/live_capture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace mieruka;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the recent-survey list out of the user's settings
    QCommandLineParser parser;
    const QCommandLineOption interfaceOption(QStringLiteral("interface"), QStringLiteral("Interface."), QStringLiteral("IF"));
    const QCommandLineOption surveyOption(QStringLiteral("survey"), QStringLiteral("Survey file."), QStringLiteral("FILE"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), QStringLiteral("Stop after S seconds."),
                                            QStringLiteral("S"));
    parser.addOptions({interfaceOption, surveyOption, durationOption});
    parser.process(app);
    if (!parser.isSet(interfaceOption) || !parser.isSet(surveyOption)) {
        std::fputs("bench_live_capture: give --interface IF and --survey FILE.mieruka\n", stderr);
        return 2;
    }

    gui::MainWindow window;
    window.resize(1200, 750);
    window.show();
    window.openSurvey(QFileInfo(parser.value(surveyOption)).absoluteFilePath());
    live::LiveCaptureSettings settings;
    settings.interfaces = {parser.value(interfaceOption)};
    QString error;
    // The survey's first load runs on the window's worker; a capture is refused until it is done.
    const QDeadlineTimer opening(60000);
    while (!window.startCapture(settings, error)) {
        if (!error.contains(QStringLiteral("running")) || opening.hasExpired()) {
            std::fprintf(stderr, "bench_live_capture: %s\n", qPrintable(error));
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    live::LiveCapture* capture = window.liveCapture();
    // Our own clock: LiveCapture::totals().seconds already reads 0 once finished() is emitted.
    QElapsedTimer clock;
    clock.start();

    int exitCode = 1;
    QObject::connect(capture, &live::LiveCapture::finished, &app,
                     [&](bool ok, const ingest::ImportResult& result, const QString&) {
                         const auto totals = capture->totals();
                         std::printf("{\"captured\": %llu, \"imported\": %llu, \"kernel_drops\": %llu, "
                                     "\"interface_drops\": %llu, \"seconds\": %.3f}\n",
                                     static_cast<unsigned long long>(totals.packets),
                                     static_cast<unsigned long long>(result.packetsImported),
                                     static_cast<unsigned long long>(totals.kernelDrops),
                                     static_cast<unsigned long long>(totals.interfaceDrops), clock.elapsed() / 1000.0);
                         std::fflush(stdout);
                         exitCode = ok ? 0 : 1;
                         QTimer::singleShot(0, &app, &QCoreApplication::quit);
                     });
    QObject::connect(capture, &live::LiveCapture::problem, &app, [](const QString& message, const QString& fix) {
        std::fprintf(stderr, "bench_live_capture: %s %s\n", qPrintable(message), qPrintable(fix));
    });

    bool stopping = false;
    const auto stop = [&] {
        if (!stopping) {
            stopping = true;
            capture->stop();
        }
    };
    QTimer announce;
    QObject::connect(&announce, &QTimer::timeout, &app, [&] {
        if (capture->totals().files > 0) {
            std::fputs("capturing\n", stderr);
            std::fflush(stderr);
            announce.stop();
        }
    });
    announce.start(20);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            stop();
        }
    });
    if (parser.isSet(durationOption))
        QTimer::singleShot(parser.value(durationOption).toInt() * 1000, &app, stop);
    app.exec();
    return exitCode;
}
