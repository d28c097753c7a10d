// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_capture_run.h"

#include "netns_fixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace mieruka::test::live {

CliCaptureRun::CliCaptureRun(const NetnsFixture& netns, const QStringList& command)
    : m_netns(netns), m_command(command)
{
}

CliCaptureRun::~CliCaptureRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool CliCaptureRun::start(QString& error)
{
    m_process.start(QStringLiteral("ip"), m_netns.wrap(m_command.constFirst(), m_command.mid(1)));
    if (!m_process.waitForStarted(10000)) {
        error = m_process.errorString();
        return false;
    }
    return true;
}

void CliCaptureRun::readOutput()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    static const QRegularExpression status(QStringLiteral("capture:\\s+\\d+ s\\s+(\\d+) packets"));
    auto matches = status.globalMatch(QString::fromLocal8Bit(m_err));
    while (matches.hasNext())
        m_statusPackets = matches.next().captured(1).toULongLong();
}

bool CliCaptureRun::waitForRingFile(const QString& ringFolder, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        readOutput();
        if (!QDir(ringFolder).entryList({QStringLiteral("*.pcapng")}, QDir::Files).isEmpty())
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(50);
    }
    return false;
}

bool CliCaptureRun::waitForPackets(quint64 packets, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        readOutput();
        if (m_statusPackets >= packets)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(100);
    }
    return false;
}

qint64 CliCaptureRun::helperPid() const
{
    const qint64 cli = m_process.processId();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …"; comm may hold spaces, so split after its closing parenthesis.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == "mieruka-capture" && rest.size() > 1 && rest[1].toLongLong() == cli)
            return pid;
    }
    return 0;
}

int CliCaptureRun::interruptAndWait(int timeoutMs)
{
    readOutput();
    if (m_process.state() != QProcess::NotRunning)
        ::kill(pid_t(m_process.processId()), SIGINT);
    return waitForExit(timeoutMs);
}

int CliCaptureRun::waitForExit(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        m_process.waitForFinished(100);
        readOutput();
    }
    readOutput();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace mieruka::test::live
