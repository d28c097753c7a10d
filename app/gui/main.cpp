// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless_run.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

int main(int argc, char* argv[])
{
    const bool headless = mieruka::gui::noDisplayAvailable();
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Mieruka"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mieruka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIERUKA_VERSION));

    // Language: the system's, unless the user chose one in the Language menu.
    const QString chosen = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    const QLocale locale = chosen == QStringLiteral("system") ? QLocale::system() : QLocale(chosen);
    QTranslator appTranslator, qtTranslator;
    if (appTranslator.load(locale, QStringLiteral("mieruka"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Passive OT network assessment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption surveyOption(QStringLiteral("survey"), QCoreApplication::translate("main", "Survey file to open or create."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("main", "Without a display: folder for the exports (default ./out)."),
                                       QStringLiteral("DIR"), QStringLiteral("out"));
    parser.addOptions({surveyOption, outOption});
    parser.addPositionalArgument(QStringLiteral("CAPTURE"), QCoreApplication::translate("main", "Capture files or folders to import."),
                                 QStringLiteral("[CAPTURE...]"));
    parser.process(*app);
    const QStringList captures = parser.positionalArguments();

    if (headless) {
        const QString survey = parser.isSet(surveyOption) ? parser.value(surveyOption)
                                                          : QDir(parser.value(outOption)).filePath(QStringLiteral("survey.mieruka"));
        if (captures.isEmpty() && !parser.isSet(surveyOption)) {
            std::fputs("mieruka: no display; give capture files and/or --survey FILE to write exports\n", stderr);
            return 2;
        }
        QDir().mkpath(parser.value(outOption));
        return mieruka::gui::runHeadless(survey, captures, parser.value(outOption));
    }

    mieruka::gui::MainWindow window;
    window.show();
    if (parser.isSet(surveyOption) || !captures.isEmpty()) {
        const QString survey = parser.isSet(surveyOption) ? parser.value(surveyOption)
                                                          : QDir(parser.value(outOption)).filePath(QStringLiteral("survey.mieruka"));
        QDir().mkpath(QFileInfo(survey).absolutePath());
        window.openSurvey(survey, captures);
    }
    return app->exec();
}
