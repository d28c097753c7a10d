// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mieruka::test::live {

class NetnsFixture;

/// One `mieruka-cli capture` running inside the test namespace, watched through its status
/// lines on stderr and stopped as a user would, with Ctrl+C (SIGINT).
class CliCaptureRun {
public:
    /// `command` is run inside the namespace: the CLI itself, or a wrapper (setpriv, env) and it.
    /// Wrappers must exec, so that the started process ends up being the CLI.
    CliCaptureRun(const NetnsFixture& netns, const QStringList& command);
    ~CliCaptureRun();

    bool start(QString& error);
    /// Waits for the first ring file in `ringFolder` (the helper writes it after Started, with
    /// its capture rights already dropped). False when the CLI ends first or on timeout.
    bool waitForRingFile(const QString& ringFolder, int timeoutMs);
    /// Waits until a status line counts at least `packets` captured.
    bool waitForPackets(quint64 packets, int timeoutMs);
    quint64 statusPackets() const { return m_statusPackets; }
    /// The CLI's mieruka-capture child, 0 when there is none.
    qint64 helperPid() const;
    /// Sends SIGINT and waits for the exit; the exit code, -1 when it crashed or hung.
    int interruptAndWait(int timeoutMs);
    /// Waits for the CLI to end by itself; the exit code, -1 when it crashed or hung.
    int waitForExit(int timeoutMs);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString out() const { return QString::fromLocal8Bit(m_out); }
    QString err() const { return QString::fromLocal8Bit(m_err); }

private:
    void readOutput();

    const NetnsFixture& m_netns;
    QStringList m_command;
    QProcess m_process;
    QByteArray m_out, m_err;
    quint64 m_statusPackets = 0;
};

} // namespace mieruka::test::live
