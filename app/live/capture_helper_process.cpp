// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_helper_process.h"

#include "helper_locator.h"

#include <QCoreApplication>

#include <span>

namespace mieruka::live {

namespace protocol = capture::protocol;

namespace {
// The helper's stderr is only for people; keep the end of it for the message when it dies.
constexpr qsizetype kStderrKept = 4096;
} // namespace

CaptureHelperProcess::CaptureHelperProcess(QObject* parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &CaptureHelperProcess::readStatus);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > kStderrKept)
            m_stderrTail = m_stderrTail.right(kStderrKept);
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readStatus();
        const bool clean = status == QProcess::NormalExit && exitCode == 0 && m_sawStopped;
        QString detail;
        if (!clean) {
            detail = QString::fromUtf8(m_stderrTail).trimmed();
            if (detail.isEmpty())
                detail = status == QProcess::CrashExit
                    ? QCoreApplication::translate("live", "the capture helper crashed")
                    : QCoreApplication::translate("live", "the capture helper exited with code %1").arg(exitCode);
        }
        emit exited(clean, detail);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit exited(false, QCoreApplication::translate("live", "%1 could not be started: %2")
                                   .arg(m_process.program(), m_process.errorString()));
    });
}

CaptureHelperProcess::~CaptureHelperProcess()
{
    disconnect(&m_process, nullptr, this, nullptr); // no signals from a helper that is being destroyed
    if (m_process.state() != QProcess::NotRunning) {
        requestStop();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool CaptureHelperProcess::start(const QStringList& arguments, QString& error)
{
    const QString helper = captureHelperPath();
    if (helper.isEmpty()) {
        error = missingHelperMessage();
        return false;
    }
    m_reader = {};
    m_stderrTail.clear();
    m_sawStopped = false;
    m_process.start(helper, QStringList{QStringLiteral("capture")} + arguments);
    if (!m_process.waitForStarted(10000)) {
        error = QCoreApplication::translate("live", "%1 could not be started: %2").arg(helper, m_process.errorString());
        return false;
    }
    return true;
}

void CaptureHelperProcess::requestStop()
{
    if (m_process.state() != QProcess::Running)
        return;
    m_process.write("stop\n");
    m_process.closeWriteChannel();
}

void CaptureHelperProcess::kill()
{
    m_process.kill();
}

bool CaptureHelperProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void CaptureHelperProcess::readStatus()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    if (bytes.isEmpty() || m_reader.failed())
        return;
    m_reader.feed(std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    while (auto message = m_reader.next())
        dispatch(*message);
    if (m_reader.failed()) {
        protocol::Error error;
        error.code = protocol::ErrorCode::Other;
        error.message = "unreadable status from the capture helper: " + m_reader.error();
        emit helperError(error);
        requestStop();
    }
}

void CaptureHelperProcess::dispatch(const protocol::Message& message)
{
    auto text = [](const std::string& value) { return QString::fromStdString(value); };
    if (const auto* started = std::get_if<protocol::Started>(&message))
        emit this->started(*started);
    else if (const auto* opened = std::get_if<protocol::FileOpened>(&message))
        emit fileOpened(text(opened->path));
    else if (const auto* closed = std::get_if<protocol::FileClosed>(&message))
        emit fileClosed(text(closed->path), closed->packets, closed->bytes);
    else if (const auto* removed = std::get_if<protocol::FileRemoved>(&message))
        emit fileRemoved(text(removed->path));
    else if (const auto* stats = std::get_if<protocol::Stats>(&message))
        emit statsReceived(*stats);
    else if (const auto* error = std::get_if<protocol::Error>(&message))
        emit helperError(*error);
    else if (const auto* stopped = std::get_if<protocol::Stopped>(&message)) {
        m_sawStopped = true;
        emit this->stopped(*stopped);
    }
}

} // namespace mieruka::live
