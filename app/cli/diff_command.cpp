// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_command.h"

#include "output_file.h"

#include "app/render/diff_export.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/period_import.h"
#include "core/store/survey_store.h"
#include "core/survey/time_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace mieruka::cli {

namespace {

void printError(const QString& line)
{
    std::fprintf(stderr, "diff: %s\n", qPrintable(line));
}

/// One side of the diff: a whole survey, or one of its periods read again from its captures.
std::optional<survey::SurveySnapshot> loadSide(const QString& surveyPath, const QString& period, const QTemporaryDir& scratch,
                                               const QString& scratchName, QString& error)
{
    if (!QFile::exists(surveyPath)) {
        error = QStringLiteral("%1: no such survey file").arg(surveyPath);
        return std::nullopt;
    }
    try {
        store::SurveyStore source(QDir::toNativeSeparators(surveyPath).toStdString(), false);
        if (period.isEmpty())
            return survey::SurveySnapshot::load(source);
        const auto found = ingest::findPeriod(source, period.toStdString());
        if (!found) {
            QStringList names;
            for (const auto& known : source.periods())
                names << QString::fromStdString(known.name);
            error = QStringLiteral("%1: no period \"%2\" (periods: %3)").arg(surveyPath, period, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        store::SurveyStore target(QDir::toNativeSeparators(scratch.filePath(scratchName)).toStdString(), true);
        std::string problem;
        if (!ingest::importPeriod(source, *found, target, &capture::openCaptureSource, {}, problem)) {
            error = QString::fromStdString(problem);
            return std::nullopt;
        }
        return survey::SurveySnapshot::load(target);
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
        return std::nullopt;
    }
}

} // namespace

int runDiff(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Compare two surveys, or two periods of one survey: devices added, removed and changed,\n"
               "communications added, removed and changed in volume, new alerts (docs/diff-schema.md).\n"
               "Periods are one per import (import-N) or ranges defined in the app; a period is read\n"
               "again from its capture files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("diff"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("A"), QCoreApplication::translate("cli", "The earlier survey."));
    parser.addPositionalArgument(QStringLiteral("B"), QCoreApplication::translate("cli", "The later survey (default: A)."),
                                 QStringLiteral("[B]"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          QCoreApplication::translate("cli", "A period to compare (see --list-periods)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption listOption(QStringLiteral("list-periods"),
                                        QCoreApplication::translate("cli", "List the periods of the survey(s) and stop."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Write the diff as JSON; - for stdout."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QCoreApplication::translate("cli", "Write the diff as CSV, one row per difference."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption factorOption(QStringLiteral("volume-factor"),
                                          QCoreApplication::translate("cli", "Report a communication whose bytes per hour "
                                                                             "changed by this factor (default 3)."),
                                          QStringLiteral("X"));
    parser.addOptions({periodOption, listOption, jsonOption, csvOption, factorOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QStringList surveys = parser.positionalArguments().mid(1);
    const QStringList periods = parser.values(periodOption);
    if (surveys.isEmpty() || surveys.size() > 2 || periods.size() > 2 || (surveys.size() == 1 && periods.size() != 2
                                                                           && !parser.isSet(listOption))) {
        printError(QStringLiteral("give two surveys, or one survey and two --period (see --help)"));
        return 2;
    }
    if (parser.isSet(listOption)) {
        for (const QString& path : surveys) {
            try {
                store::SurveyStore source(QDir::toNativeSeparators(path).toStdString(), false);
                for (const auto& period : source.periods())
                    std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(path), period.name.c_str(),
                                survey::isoTimeNs(period.startNs).c_str(), survey::isoTimeNs(period.endNs).c_str(),
                                period.description.c_str());
            } catch (const std::exception& failure) {
                printError(QString::fromStdString(failure.what()));
                return 1;
            }
        }
        return 0;
    }
    if (surveys.size() == 1)
        surveys << surveys.front();
    survey::DiffOptions options;
    if (parser.isSet(factorOption)) {
        bool ok = false;
        options.volumeFactor = parser.value(factorOption).toDouble(&ok);
        if (!ok || options.volumeFactor <= 1) {
            printError(QStringLiteral("--volume-factor: give a number above 1"));
            return 2;
        }
    }
    render::DiffSides sides{surveys[0], surveys[1], periods.value(0), periods.size() == 2 ? periods[1] : periods.value(0)};
    QTemporaryDir scratch;
    QString error;
    const auto before = loadSide(sides.beforeSurvey, sides.beforePeriod, scratch, QStringLiteral("before.mieruka"), error);
    const auto after = before ? loadSide(sides.afterSurvey, sides.afterPeriod, scratch, QStringLiteral("after.mieruka"), error)
                              : std::nullopt;
    if (!before || !after) {
        printError(error);
        return 1;
    }
    const auto diff = survey::diffSurveys(*before, *after, options);
    if (parser.isSet(jsonOption)
        && !writeOutputFile(parser.value(jsonOption),
                            QJsonDocument(render::DiffExport::json(diff, sides, options)).toJson(QJsonDocument::Indented), error)) {
        printError(error);
        return 1;
    }
    if (parser.isSet(csvOption) && !writeOutputFile(parser.value(csvOption), render::DiffExport::csv(diff), error)) {
        printError(error);
        return 1;
    }
    if (!parser.isSet(jsonOption) || parser.value(jsonOption) != QStringLiteral("-"))
        std::printf("devices: %zu added, %zu removed, %zu changed; communications: %zu added, %zu removed, %zu changed in "
                    "volume; %zu new alerts\n",
                    diff.devicesAdded.size(), diff.devicesRemoved.size(), diff.devicesChanged.size(),
                    diff.communicationsAdded.size(), diff.communicationsRemoved.size(), diff.communicationsChanged.size(),
                    diff.alertsNew.size());
    return 0;
}

} // namespace mieruka::cli
