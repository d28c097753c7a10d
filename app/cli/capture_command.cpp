// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_command.h"

#include "detection_arguments.h"

#include "app/live/live_capture.h"
#include "capture/source/capture_filter_check.h"
#include "core/store/survey_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace mieruka::cli {

namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupts.fetch_add(1);
}

void printError(const QString& line)
{
    std::fprintf(stderr, "capture: %s\n", qPrintable(line));
}

bool parseLimit(const QCommandLineParser& parser, const QCommandLineOption& option, int& value, QString& error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        error = QStringLiteral("--%1: not a non-negative whole number: %2").arg(option.names().constLast(), parser.value(option));
        return false;
    }
    return true;
}

/// The survey path as the helper insists on it: absolute, no symlinks, ending in .mieruka; created if missing.
bool prepareSurvey(const QString& given, QString& canonical, QString& error)
{
    if (!given.endsWith(QStringLiteral(".mieruka"))) {
        error = QStringLiteral("%1: a survey file name must end in .mieruka").arg(given);
        return false;
    }
    try {
        store::SurveyStore create(QDir::toNativeSeparators(given).toStdString(), true);
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
        return false;
    }
    canonical = QFileInfo(given).canonicalFilePath();
    return !canonical.isEmpty();
}

void printStatus(const live::LiveCapture::Totals& totals)
{
    const double mbits = totals.seconds > 0 ? totals.bytes * 8.0 / totals.seconds / 1e6 : 0;
    std::fprintf(stderr, "capture: %6.0f s  %llu packets (%.1f Mbit/s avg)  %llu in the survey  %d file(s)%s\n",
                 totals.seconds, static_cast<unsigned long long>(totals.packets), mbits,
                 static_cast<unsigned long long>(totals.imported), totals.files,
                 totals.kernelDrops + totals.interfaceDrops > 0
                     ? qPrintable(QStringLiteral("  DROPPED: %1 by the kernel, %2 by the interface")
                                      .arg(totals.kernelDrops)
                                      .arg(totals.interfaceDrops))
                     : "");
}

} // namespace

int runCapture(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Capture live from network interfaces (e.g. a switch mirror port) into a survey.\n"
               "The mieruka-capture helper holds the capture rights and writes pcapng ring files\n"
               "into the folder SURVEY.captures next to the survey; they are imported as they grow.\n"
               "Ctrl+C stops cleanly (everything captured is imported); a second Ctrl+C aborts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("capture"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption interfaceOption({QStringLiteral("i"), QStringLiteral("interface")},
                                             QCoreApplication::translate("cli", "Interface to capture on (repeat for several); "
                                                                                "see 'mieruka-cli interfaces'."),
                                             QStringLiteral("IF"));
    const QCommandLineOption filterOption({QStringLiteral("f"), QStringLiteral("filter")},
                                          QCoreApplication::translate("cli", "BPF capture filter (tcpdump syntax)."),
                                          QStringLiteral("BPF"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QCoreApplication::translate("cli", "Stop after this many seconds."), QStringLiteral("S"));
    const QCommandLineOption sizeOption(QStringLiteral("max-size"),
                                        QCoreApplication::translate("cli", "Stop after writing this many MB."), QStringLiteral("MB"));
    const QCommandLineOption ringOption(QStringLiteral("ring-size"),
                                        QCoreApplication::translate("cli", "Size of one ring file in MB (default 100)."),
                                        QStringLiteral("MB"));
    const QCommandLineOption snapOption(QStringLiteral("snaplen"),
                                        QCoreApplication::translate("cli", "Bytes kept per frame (default 262144)."),
                                        QStringLiteral("N"));
    const QCommandLineOption noPromiscOption(QStringLiteral("no-promisc"),
                                             QCoreApplication::translate("cli", "Do not put the interface in promiscuous mode."));
    const QCommandLineOption surveyOption(QStringLiteral("survey"),
                                          QCoreApplication::translate("cli", "Survey file (*.mieruka); created if missing."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QCoreApplication::translate("cli", "No status output while capturing."));
    parser.addOptions({interfaceOption, filterOption, durationOption, sizeOption, ringOption, snapOption, noPromiscOption,
                       surveyOption, quietOption});
    const DetectionArguments detection;
    detection.addTo(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.isSet(interfaceOption) || !parser.isSet(surveyOption)) {
        printError(QStringLiteral("give --interface IF and --survey FILE (see --help)"));
        return 2;
    }
    live::LiveCaptureSettings settings;
    settings.interfaces = parser.values(interfaceOption);
    settings.filter = parser.value(filterOption);
    settings.promiscuous = !parser.isSet(noPromiscOption);
    QString error;
    if (!parseLimit(parser, durationOption, settings.durationSeconds, error) || !parseLimit(parser, sizeOption, settings.maxSizeMegabytes, error)
        || !parseLimit(parser, ringOption, settings.ringFileMegabytes, error) || !parseLimit(parser, snapOption, settings.snapLength, error)
        || !detection.apply(parser, settings.importOptions, error)) {
        printError(error);
        return 2;
    }
    if (!settings.filter.isEmpty()) {
        const std::string filterError = capture::captureFilterError(settings.filter.toStdString());
        if (!filterError.empty()) {
            printError(QStringLiteral("bad capture filter \"%1\": %2").arg(settings.filter, QString::fromStdString(filterError)));
            return 2;
        }
    }
    if (!prepareSurvey(parser.value(surveyOption), settings.surveyPath, error)) {
        printError(error);
        return 1;
    }

    live::LiveCapture capture;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&capture, &live::LiveCapture::problem, [](const QString& message, const QString& fix) {
        printError(message);
        if (!fix.isEmpty())
            printError(QStringLiteral("fix: %1").arg(fix));
    });
    QObject::connect(&capture, &live::LiveCapture::finished,
                     [&](bool success, const ingest::ImportResult& result, const QString& reason) {
                         ok = success;
                         const auto totals = capture.totals();
                         std::printf("Captured %llu packets into %s in %d ring file(s)%s; %llu frames imported.\n",
                                     static_cast<unsigned long long>(totals.packets), qPrintable(settings.surveyPath),
                                     totals.files, reason.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(reason)),
                                     static_cast<unsigned long long>(result.packetsImported));
                         std::printf("Dropped: %llu by the kernel, %llu by the interface.\n",
                                     static_cast<unsigned long long>(totals.kernelDrops),
                                     static_cast<unsigned long long>(totals.interfaceDrops));
                         for (const auto& problem : result.problems)
                             printError(QString::fromStdString(problem));
                         loop.quit();
                     });
    if (!capture.start(settings, error)) {
        printError(error);
        return 1;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    int handledInterrupts = 0;
    QTimer poll;
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const int interrupts = g_interrupts.load();
        if (interrupts > handledInterrupts) {
            handledInterrupts = interrupts;
            if (interrupts == 1)
                capture.stop();
            else
                capture.cancel();
        }
        if (++ticks % 10 == 0 && !parser.isSet(quietOption))
            printStatus(capture.totals());
    });
    poll.start(100);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return ok ? 0 : 1;
}

} // namespace mieruka::cli
