// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts_command.h"
#include "analyze_command.h"
#include "capture_command.h"
#include "diff_command.h"
#include "export_packets_command.h"
#include "interfaces_command.h"
#include "report_command.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void printUsage(std::FILE* stream)
{
    std::fputs("Usage: mieruka-cli COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  analyze [CAPTURE...] [--survey FILE] [--json FILE|-] [--assets-csv FILE] [--html FILE]\n"
               "          Import pcap/pcapng/.gz files or folders into a survey and export it.\n"
               "  alerts SURVEY\n"
               "          List the survey's alerts, one tab-separated line each.\n"
               "  capture --interface IF [--filter BPF] [--duration S] --survey FILE\n"
               "          Capture live (through the mieruka-capture helper) into a survey.\n"
               "  interfaces [--json]\n"
               "          List the network interfaces live capture can use.\n"
               "  diff A [B] [--period NAME]... [--json FILE|-] [--csv FILE]\n"
               "          What changed between two surveys or two periods of one survey.\n"
               "  report SURVEY -o FILE.pdf [--lang ja|en] [--diff OTHER] [--redact]\n"
               "          Write the PDF assessment report.\n"
               "  export-packets SURVEY --alert ID -o FILE [--window SECONDS] [--all-hosts] [--limit N]\n"
               "          Write the frames behind an alert, read again from the captures, as a pcap file.\n"
               "\n"
               "Options:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n"
               "\n"
               "Run 'mieruka-cli COMMAND --help' for the options of a command.\n",
               stream);
}

} // namespace

int main(int argc, char* argv[])
{
    // Drawing a report needs fonts, which need a GUI application; no display is involved.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mieruka-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIERUKA_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QStringLiteral("-h") || arguments.at(1) == QStringLiteral("--help")) {
        printUsage(arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? 2 : 0;
    }
    const QString command = arguments.at(1);
    if (command == QStringLiteral("-v") || command == QStringLiteral("--version")) {
        std::printf("mieruka-cli %s\n", MIERUKA_VERSION);
        return 0;
    }
    if (command == QStringLiteral("analyze"))
        return mieruka::cli::runAnalyze(arguments.mid(0, 1) + arguments.mid(1));
    if (command == QStringLiteral("alerts"))
        return mieruka::cli::runAlerts(arguments);
    if (command == QStringLiteral("capture"))
        return mieruka::cli::runCapture(arguments);
    if (command == QStringLiteral("interfaces"))
        return mieruka::cli::runInterfaces(arguments);
    if (command == QStringLiteral("diff"))
        return mieruka::cli::runDiff(arguments);
    if (command == QStringLiteral("report"))
        return mieruka::cli::runReport(arguments);
    if (command == QStringLiteral("export-packets"))
        return mieruka::cli::runExportPackets(arguments);
    std::fprintf(stderr, "mieruka-cli: unknown command '%s'\n", command.toLocal8Bit().constData());
    printUsage(stderr);
    return 2;
}
