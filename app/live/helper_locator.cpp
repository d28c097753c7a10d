// SPDX-License-Identifier: GPL-3.0-or-later
#include "helper_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace mieruka::live {

namespace {

QString executableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("mieruka-capture.exe");
#else
    return QStringLiteral("mieruka-capture");
#endif
}

QStringList candidates()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("MIERUKA_CAPTURE_HELPER");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment}; // an explicit choice is never silently replaced by another helper
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << QDir(appDir).filePath(executableName());
    paths << QDir(appDir).filePath(QStringLiteral("../") + QStringLiteral(MIERUKA_HELPER_INSTALL_DIR) + QLatin1Char('/')
                                   + executableName());
    paths << QDir(appDir).filePath(QStringLiteral("../lib/mieruka/") + executableName());
    // The build tree's helper only for programs run from that build tree (tests, development):
    // an installed program must never execute a file at a path chosen when it was compiled.
    const QString buildDir = QDir(QStringLiteral(MIERUKA_BUILD_DIR)).canonicalPath();
    if (!buildDir.isEmpty() && QDir(appDir).canonicalPath().startsWith(buildDir + QLatin1Char('/')))
        paths << QStringLiteral(MIERUKA_HELPER_BUILD_PATH);
    return paths;
}

} // namespace

QString captureHelperPath()
{
    for (const QString& path : candidates()) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString missingHelperMessage()
{
    // The package installs the helper 0750 root:mieruka-capture: present but not ours to run.
    for (const QString& path : candidates()) {
        const QFileInfo info(path);
        if (info.isFile() && !info.isExecutable())
            return QCoreApplication::translate("live", "You may not run the capture helper %1. Ask an administrator to "
                                                       "add you to its group (sudo adduser %2 %3), then log in again.")
                .arg(info.absoluteFilePath(), qEnvironmentVariable("USER", QStringLiteral("USER")), info.group());
    }
    return QCoreApplication::translate("live", "The capture helper mieruka-capture was not found (looked in: %1). "
                                               "Reinstall Mieruka or set MIERUKA_CAPTURE_HELPER.")
        .arg(candidates().join(QStringLiteral(", ")));
}

} // namespace mieruka::live
