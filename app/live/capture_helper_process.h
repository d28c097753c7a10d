// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/protocol/frame_reader.h"
#include "capture/protocol/status_message.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace mieruka::live {

/// Runs mieruka-capture and turns its status pipe into signals. The helper is started directly
/// (never through a shell) and stopped by a line on its stdin, so it can close its ring file cleanly.
class CaptureHelperProcess : public QObject {
    Q_OBJECT
public:
    explicit CaptureHelperProcess(QObject* parent = nullptr);
    ~CaptureHelperProcess() override;

    /// Starts `mieruka-capture capture ARGUMENTS`; false with `error` set when it cannot start.
    bool start(const QStringList& arguments, QString& error);
    /// Asks the helper to stop; it finishes its file, sends Stopped and exits.
    void requestStop();
    void kill();
    bool isRunning() const;
    QString program() const { return m_process.program(); }

signals:
    void started(const mieruka::capture::protocol::Started& started);
    void fileOpened(const QString& path);
    void fileClosed(const QString& path, quint64 packets, quint64 bytes);
    void fileRemoved(const QString& path);
    void statsReceived(const mieruka::capture::protocol::Stats& stats);
    void helperError(const mieruka::capture::protocol::Error& error);
    void stopped(const mieruka::capture::protocol::Stopped& stopped);
    /// The process is gone; `detail` is its last stderr lines when it ended abnormally.
    void exited(bool cleanly, const QString& detail);

private:
    void readStatus();
    void dispatch(const capture::protocol::Message& message);

    QProcess m_process;
    capture::protocol::FrameReader m_reader;
    QByteArray m_stderrTail;
    bool m_sawStopped = false;
};

} // namespace mieruka::live
