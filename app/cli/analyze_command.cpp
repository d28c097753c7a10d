// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyze_command.h"

#include "detection_arguments.h"
#include "output_file.h"

#include "app/render/html_summary.h"
#include "app/render/json_export.h"
#include "app/render/ledger_csv.h"
#include "app/render/truncation_text.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_detection.h"
#include "core/survey/survey_snapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

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

void printLine(const QString& line)
{
    std::fprintf(stderr, "mieruka-cli: %s\n", line.toLocal8Bit().constData());
}

void printLine(const std::string& line)
{
    printLine(QString::fromStdString(line));
}

std::vector<std::string> toPaths(const QStringList& list)
{
    std::vector<std::string> paths;
    for (const auto& item : list)
        paths.push_back(QDir::toNativeSeparators(item).toStdString());
    return paths;
}

} // namespace

int runAnalyze(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Import capture files into a survey and export what it holds.\n"
               "With no CAPTURE, exports what --survey already holds."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("analyze"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("CAPTURE"),
                                 QCoreApplication::translate("cli", "pcap, pcapng, .gz files or folders of them."),
                                 QStringLiteral("[CAPTURE...]"));
    const QCommandLineOption surveyOption(QStringLiteral("survey"),
                                          QCoreApplication::translate("cli", "Survey file (*.mieruka); created if missing. "
                                                                              "Without it a temporary survey is used."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Write the JSON export (docs/json-schema.md); - for stdout."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("assets-csv"),
                                       QCoreApplication::translate("cli", "Write the asset ledger as CSV (UTF-8 with BOM)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption htmlOption(QStringLiteral("html"),
                                        QCoreApplication::translate("cli", "Write an HTML summary."), QStringLiteral("FILE"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QCoreApplication::translate("cli", "No progress output."));
    const QCommandLineOption chunkOption(QStringLiteral("chunk-packets"),
                                         QCoreApplication::translate("cli", "Commit to the survey at least every N frames "
                                                                            "(default 524288; also every 0.5 s)."),
                                         QStringLiteral("N"));
    const QCommandLineOption operationsOption(QStringLiteral("operations"),
                                              QCoreApplication::translate("cli", "Classify and count every industrial request "
                                                                                 "(the default; kept for older scripts)."));
    const QCommandLineOption noOperationsOption(QStringLiteral("no-operations"),
                                                QCoreApplication::translate("cli", "Do not classify industrial requests "
                                                                                   "(faster import; no ot_command alerts)."));
    parser.addOptions({surveyOption, jsonOption, csvOption, htmlOption, quietOption, chunkOption, operationsOption,
                       noOperationsOption});
    const DetectionArguments detection;
    detection.addTo(parser);
    if (!parser.parse(arguments)) {
        printLine(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QStringList captures = parser.positionalArguments();
    captures.removeFirst(); // "analyze"
    if (captures.isEmpty() && !parser.isSet(surveyOption)) {
        printLine(QStringLiteral("analyze: give capture files, or --survey FILE to export what it holds"));
        return 2;
    }

    QTemporaryDir scratch;
    QString surveyPath = parser.value(surveyOption);
    if (surveyPath.isEmpty()) {
        if (!scratch.isValid()) {
            printLine(QStringLiteral("cannot create a temporary survey (%1)").arg(scratch.errorString()));
            return 1;
        }
        surveyPath = scratch.filePath(QStringLiteral("analysis.mieruka"));
    } else if (captures.isEmpty() && !QFile::exists(surveyPath)) {
        printLine(QStringLiteral("%1: no such survey file").arg(surveyPath));
        return 1;
    }

    ingest::ImportOptions options;
    options.countOperations = !parser.isSet(noOperationsOption);
    QString argumentError;
    if (!detection.apply(parser, options, argumentError)) {
        printLine(argumentError);
        return 2;
    }

    int exitCode = 0;
    try {
        store::SurveyStore store(QDir::toNativeSeparators(surveyPath).toStdString(), !captures.isEmpty());
        if (!captures.isEmpty()) {
            const bool showProgress = !parser.isSet(quietOption) && MIERUKA_ISATTY(MIERUKA_FILENO(stderr));
            QElapsedTimer sincePrint;
            sincePrint.start();
            auto progress = [&](const ingest::ImportProgress& status) {
                if (!showProgress || sincePrint.elapsed() < 250)
                    return;
                sincePrint.restart();
                const double percent = status.bytesTotal ? 100.0 * double(status.bytesDone) / double(status.bytesTotal) : 0.0;
                std::fprintf(stderr, "\r%s %5.1f %%  %llu frames", status.phase.c_str(), percent,
                             static_cast<unsigned long long>(status.packets));
            };
            if (parser.isSet(chunkOption)) {
                bool valid = false;
                const qulonglong chunk = parser.value(chunkOption).toULongLong(&valid);
                if (!valid || chunk == 0) {
                    printLine(QStringLiteral("--chunk-packets: expected a positive number"));
                    return 2;
                }
                options.chunkPackets = chunk;
                options.pollPackets = std::min<std::uint64_t>(options.pollPackets, chunk);
            }
            ingest::Importer importer(store, &capture::openCaptureSource, options);
            const auto result = importer.run(toPaths(captures), progress);
            if (showProgress)
                std::fputs("\r\033[K", stderr);
            for (const auto& note : result.notes)
                printLine(note);
            for (const auto& problem : result.problems)
                printLine(problem);
            const auto truncation = store.truncation();
            if (truncation.any())
                printLine(render::TruncationText::explanation(truncation));
            if (!result.problems.empty() || result.status != ingest::ImportResult::Status::Completed)
                exitCode = 1;
        }

        if (captures.isEmpty() && detection.changesSurveyDetection(parser) && !detection.detectionOff(parser)) {
            const auto result = survey::detectAndStore(store, options.detection, options.baselineSurvey);
            for (const auto& problem : result.ruleProblems)
                printLine(QStringLiteral("OT command rules, row %1: %2").arg(problem.line).arg(QString::fromStdString(problem.reason)));
        }

        const bool wantsOutput = parser.isSet(jsonOption) || parser.isSet(csvOption) || parser.isSet(htmlOption);
        if (!wantsOutput)
            return exitCode;
        const auto snapshot = survey::SurveySnapshot::load(store);
        struct Output {
            const QCommandLineOption& option;
            std::function<QByteArray()> make;
        };
        const Output outputs[] = {
            {jsonOption, [&] { return render::JsonExport::toBytes(snapshot); }},
            {csvOption, [&] { return render::LedgerCsv::build(snapshot); }},
            {htmlOption, [&] { return render::HtmlSummary::build(snapshot, QStringLiteral("Mieruka survey summary")); }},
        };
        for (const auto& output : outputs) {
            if (!parser.isSet(output.option))
                continue;
            QString error;
            if (!writeOutputFile(parser.value(output.option), output.make(), error)) {
                printLine(error);
                exitCode = 1;
            }
        }
    } catch (const store::StoreError& error) {
        printLine(std::string(error.what()));
        return 1;
    }
    return exitCode;
}

} // namespace mieruka::cli
