// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_packets_command.h"

#include "capture/source/alert_packet_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#ifdef _WIN32
#include <io.h>
#define MIERUKA_ISATTY _isatty
#define MIERUKA_FILENO _fileno
#else
#include <unistd.h>
#define MIERUKA_ISATTY isatty
#define MIERUKA_FILENO fileno
#endif

namespace mieruka::cli {

namespace {

constexpr std::int64_t kNsPerSecond = 1'000'000'000;

void printLine(const QString& line)
{
    std::fprintf(stderr, "mieruka-cli: %s\n", line.toLocal8Bit().constData());
}

void printLine(const std::string& line)
{
    printLine(QString::fromStdString(line));
}

struct Settings {
    QString survey;
    std::int64_t alertId = 0;
    QString output;
    std::int64_t windowNs = 0;
    bool allHosts = false;
    std::uint64_t limit = 100000;
    bool verify = false;
    QString captureDir;
    bool quiet = false;
};

std::optional<Settings> parseSettings(const QStringList& arguments, int& exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the frames behind an alert, read again from the survey's capture files, as a pcap file\n"
               "with nanosecond timestamps for Wireshark: every frame between the alert's hosts from its first\n"
               "to its last occurrence, and its evidence frame. 'mieruka-cli alerts SURVEY' lists the ids."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-packets"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SURVEY"), QCoreApplication::translate("cli", "Survey file (*.mieruka)."));
    const QCommandLineOption alertOption(QStringLiteral("alert"), QCoreApplication::translate("cli", "The alert's id."),
                                         QStringLiteral("ID"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("cli", "The pcap file to write; - for stdout."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QCoreApplication::translate("cli", "Widen the alert's time span by this much "
                                                                             "on both sides (default 0)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption allHostsOption(QStringLiteral("all-hosts"),
                                            QCoreApplication::translate("cli", "Every frame in the time span, "
                                                                               "not only the alert's hosts'."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QCoreApplication::translate("cli", "Write at most N frames (default 100000)."),
                                         QStringLiteral("N"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"),
                                          QCoreApplication::translate("cli", "Check each capture file's SHA-256 against "
                                                                             "the survey (slow), not only its size."));
    const QCommandLineOption captureDirOption(QStringLiteral("capture-dir"),
                                              QCoreApplication::translate("cli", "Look here, by file name, for capture files "
                                                                                 "no longer where they were imported from."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QCoreApplication::translate("cli", "No summary line."));
    parser.addOptions({alertOption, outputOption, windowOption, allHostsOption, limitOption, verifyOption,
                       captureDirOption, quietOption});
    exitCode = 2;
    if (!parser.parse(arguments)) {
        printLine(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        exitCode = 0;
        return std::nullopt;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "export-packets"
    auto usage = [](const QString& text) {
        printLine(QStringLiteral("export-packets: ") + text);
        return std::nullopt;
    };
    if (positional.size() != 1)
        return usage(QStringLiteral("give exactly one survey file"));
    Settings settings;
    settings.survey = positional.front();
    bool valid = false;
    settings.alertId = parser.value(alertOption).toLongLong(&valid);
    if (!parser.isSet(alertOption) || !valid)
        return usage(QStringLiteral("--alert ID is required (a number; 'mieruka-cli alerts SURVEY' lists them)"));
    settings.output = parser.value(outputOption);
    if (settings.output.isEmpty())
        return usage(QStringLiteral("-o FILE is required (- for standard output)"));
    if (settings.output == QStringLiteral("-") && MIERUKA_ISATTY(MIERUKA_FILENO(stdout)))
        return usage(QStringLiteral("standard output is a terminal; give -o FILE or pipe it (-o - | wireshark -k -i -)"));
    if (parser.isSet(windowOption)) {
        const double seconds = parser.value(windowOption).toDouble(&valid);
        // A billion seconds (31 years) is more than any capture spans and keeps the sum in range.
        if (!valid || !std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
            return usage(QStringLiteral("--window: expected seconds, 0 or more"));
        settings.windowNs = std::llround(seconds * double(kNsPerSecond));
    }
    if (parser.isSet(limitOption)) {
        settings.limit = parser.value(limitOption).toULongLong(&valid);
        if (!valid || settings.limit == 0)
            return usage(QStringLiteral("--limit: expected a positive number"));
    }
    settings.allHosts = parser.isSet(allHostsOption);
    settings.verify = parser.isSet(verifyOption);
    settings.captureDir = parser.value(captureDirOption);
    settings.quiet = parser.isSet(quietOption);
    exitCode = 0;
    return settings;
}

std::string native(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

} // namespace

int runExportPackets(const QStringList& arguments)
{
    int exitCode = 0;
    const auto settings = parseSettings(arguments, exitCode);
    if (!settings)
        return exitCode;
    capture::AlertPacketExport::Options options;
    options.windowNs = settings->windowNs;
    options.allHosts = settings->allHosts;
    options.limit = settings->limit;
    options.verify = settings->verify;
    options.captureDir = settings->captureDir.isEmpty() ? std::string() : native(settings->captureDir);
    options.output = native(settings->output);
    const auto result = capture::AlertPacketExport(native(settings->survey), settings->alertId, options).run();
    for (const auto& message : result.messages)
        printLine(message.text);
    if (result.written && !settings->quiet)
        printLine(QStringLiteral("%1: %2 frame(s) of alert %3 (%4, %5, %6 capture file(s) read)")
                      .arg(settings->output == QStringLiteral("-") ? QStringLiteral("standard output") : settings->output)
                      .arg(result.framesWritten)
                      .arg(settings->alertId)
                      .arg(QString::fromStdString(result.hostsText), QString::fromStdString(result.spanText))
                      .arg(result.filesRead));
    if (result.badRequest)
        return 2;
    return result.ok ? 0 : 1;
}

} // namespace mieruka::cli
