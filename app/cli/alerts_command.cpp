// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts_command.h"

#include "output_file.h"

#include "core/store/survey_store.h"
#include "core/survey/time_text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace mieruka::cli {

namespace {

void printLine(const QString& line)
{
    std::fprintf(stderr, "mieruka-cli: %s\n", line.toLocal8Bit().constData());
}

/// A field of a tab-separated line: tabs and line breaks inside it would split the columns.
QString field(const std::string& text)
{
    QString value = QString::fromStdString(text);
    for (QChar& c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value.isEmpty() ? QStringLiteral("-") : value;
}

} // namespace

int runAlerts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the alerts of a survey, oldest first, one tab-separated line each:\n"
               "id, type, severity, first time (UTC), source \u2192 destination, protocol, rule, count.\n"
               "The id is what 'mieruka-cli export-packets SURVEY --alert ID' takes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("alerts"), QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SURVEY"), QCoreApplication::translate("cli", "Survey file (*.mieruka)."));
    if (!parser.parse(arguments)) {
        printLine(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // "alerts"
    if (positional.size() != 1) {
        printLine(QStringLiteral("alerts: give exactly one survey file"));
        return 2;
    }
    const QString surveyPath = positional.front();
    if (!QFile::exists(surveyPath)) {
        printLine(QStringLiteral("%1: no such survey file").arg(surveyPath));
        return 1;
    }
    try {
        store::SurveyStore store(QDir::toNativeSeparators(surveyPath).toStdString(), false);
        QByteArray text;
        for (const auto& alert : store.alerts()) {
            const QStringList columns{QString::number(alert.id),
                                      field(alert.type),
                                      field(alert.severity),
                                      QString::fromStdString(survey::isoTimeNs(alert.firstNs)),
                                      field(alert.src) + QStringLiteral(" \u2192 ") + field(alert.dst),
                                      field(alert.protocol),
                                      field(alert.rule),
                                      QString::number(alert.count)};
            text += columns.join(QLatin1Char('\t')).toUtf8() + '\n';
        }
        QString error;
        if (!writeOutputFile(QStringLiteral("-"), text, error)) {
            printLine(error);
            return 1;
        }
    } catch (const store::StoreError& error) {
        printLine(QString::fromStdString(error.what()));
        return 1;
    }
    return 0;
}

} // namespace mieruka::cli
