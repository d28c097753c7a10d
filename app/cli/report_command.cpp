// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_command.h"

#include "app/render/report_renderer.h"
#include "core/store/survey_store.h"
#include "core/survey/report_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTranslator>

#include <cstdio>

namespace mieruka::cli {

namespace {

void printError(const QString& line)
{
    std::fprintf(stderr, "report: %s\n", qPrintable(line));
}

/// The site, customer and consultant: given on the command line (and then kept in the survey
/// for the next export), or as the survey remembers them.
survey::ReportParties parties(store::SurveyStore& store, const QCommandLineParser& parser,
                              const QCommandLineOption& site, const QCommandLineOption& customer,
                              const QCommandLineOption& consultant)
{
    auto field = [&](const QCommandLineOption& option, const std::string& key) {
        if (parser.isSet(option))
            store.setMeta(key, parser.value(option).toStdString());
        return store.meta(key).value_or(std::string());
    };
    return {field(site, "report.site"), field(customer, "report.customer"), field(consultant, "report.consultant")};
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the PDF assessment report of a survey (docs/report.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SURVEY"), QCoreApplication::translate("cli", "The survey file (*.mieruka)."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("cli", "The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QCoreApplication::translate("cli", "Language of the report: ja or en (default en)."),
                                            QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption diffOption(QStringLiteral("diff"),
                                        QCoreApplication::translate("cli", "An earlier survey: add what changed since it."),
                                        QStringLiteral("OTHER"));
    const QCommandLineOption redactOption(QStringLiteral("redact"),
                                          QCoreApplication::translate("cli", "Pseudonymise addresses and names (for sharing)."));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            QCoreApplication::translate("cli", "Comma-separated section ids (default: all)."),
                                            QStringLiteral("IDS"));
    const QCommandLineOption siteOption(QStringLiteral("site"), QCoreApplication::translate("cli", "Site name (kept in the survey)."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption customerOption(QStringLiteral("customer"),
                                            QCoreApplication::translate("cli", "Customer (kept in the survey)."), QStringLiteral("TEXT"));
    const QCommandLineOption consultantOption(QStringLiteral("consultant"),
                                              QCoreApplication::translate("cli", "Consultant (kept in the survey)."),
                                              QStringLiteral("TEXT"));
    parser.addOptions({outputOption, languageOption, diffOption, redactOption, sectionsOption, siteOption, customerOption,
                       consultantOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString language = parser.value(languageOption);
    if (positional.size() != 1 || !parser.isSet(outputOption) || (language != QStringLiteral("ja") && language != QStringLiteral("en"))) {
        printError(QStringLiteral("give SURVEY, -o FILE.pdf and --lang ja|en (see --help)"));
        return 2;
    }
    const QString surveyPath = positional.front();
    if (!QFile::exists(surveyPath)) {
        printError(QStringLiteral("%1: no such survey file").arg(surveyPath));
        return 1;
    }
    QTranslator translator;
    if (language != QStringLiteral("en")) {
        if (!translator.load(QStringLiteral(":/i18n/mieruka_%1.qm").arg(language))) {
            printError(QStringLiteral("no %1 translation in this build").arg(language));
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
    }
    survey::ReportOptions options;
    options.redact = parser.isSet(redactOption);
    for (const QString& id : parser.value(sectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.sections.push_back(id.trimmed().toStdString());
    QString error;
    try {
        store::SurveyStore store(QDir::toNativeSeparators(surveyPath).toStdString(), false);
        const auto snapshot = survey::SurveySnapshot::load(store);
        std::optional<survey::SurveyDiff> diff;
        if (parser.isSet(diffOption)) {
            store::SurveyStore other(QDir::toNativeSeparators(parser.value(diffOption)).toStdString(), false);
            diff = survey::diffSurveys(survey::SurveySnapshot::load(other), snapshot);
            diff->before.name = QFileInfo(parser.value(diffOption)).fileName().toStdString();
            diff->after.name = QFileInfo(surveyPath).fileName().toStdString();
        }
        const auto model = survey::buildReportModel(snapshot, store.series(analysis::SeriesRecord::Kind::Protocol),
                                                    parties(store, parser, siteOption, customerOption, consultantOption),
                                                    options, diff);
        render::ReportDocument::Settings settings;
        settings.language = language;
        if (!render::ReportRenderer::writePdf(model, parser.value(outputOption), settings, error)) {
            printError(error);
            return 1;
        }
    } catch (const std::exception& failure) {
        printError(QString::fromStdString(failure.what()));
        return 1;
    }
    std::printf("Wrote %s\n", qPrintable(parser.value(outputOption)));
    return 0;
}

} // namespace mieruka::cli
