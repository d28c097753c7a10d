// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_capture.h"

#include "capture/source/live_ring_source.h"
#include "core/ingest/shared_packet_source.h"
#include "core/store/survey_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>

namespace mieruka::live {

namespace protocol = capture::protocol;

namespace {

QString stopReasonText(protocol::StopReason reason)
{
    switch (reason) {
    case protocol::StopReason::Requested: return QCoreApplication::translate("live", "stopped by the user");
    case protocol::StopReason::Duration: return QCoreApplication::translate("live", "the set duration was reached");
    case protocol::StopReason::SizeLimit: return QCoreApplication::translate("live", "the set size was reached");
    case protocol::StopReason::PacketLimit: return QCoreApplication::translate("live", "the set packet count was reached");
    case protocol::StopReason::Error: return QCoreApplication::translate("live", "stopped by an error");
    }
    return {};
}

} // namespace

QStringList LiveCaptureSettings::helperArguments() const
{
    QStringList arguments;
    for (const QString& name : interfaces)
        arguments << QStringLiteral("-i") << name;
    if (!filter.trimmed().isEmpty())
        arguments << QStringLiteral("-f") << filter.trimmed();
    if (snapLength > 0)
        arguments << QStringLiteral("-s") << QString::number(snapLength);
    if (!promiscuous)
        arguments << QStringLiteral("--no-promisc");
    if (durationSeconds > 0)
        arguments << QStringLiteral("--duration") << QString::number(durationSeconds);
    if (maxSizeMegabytes > 0)
        arguments << QStringLiteral("--max-size") << QString::number(maxSizeMegabytes);
    if (ringFileMegabytes > 0)
        arguments << QStringLiteral("--ring-size") << QString::number(ringFileMegabytes);
    arguments << QStringLiteral("--survey") << QDir::toNativeSeparators(surveyPath);
    return arguments;
}

LiveCapture::LiveCapture(QObject* parent) : QObject(parent)
{
    connect(&m_helper, &CaptureHelperProcess::fileOpened, this, [this](const QString& path) {
        m_files << path;
        m_totals.files = static_cast<int>(m_files.size());
        if (m_source)
            m_source->addFile(path.toStdString());
    });
    connect(&m_helper, &CaptureHelperProcess::fileClosed, this, [this](const QString& path, quint64, quint64) {
        if (m_source)
            m_source->closeFile(path.toStdString());
    });
    connect(&m_helper, &CaptureHelperProcess::statsReceived, this, [this](const protocol::Stats& stats) {
        Totals totals;
        for (const auto& iface : stats.interfaces) {
            totals.packets += iface.packets;
            totals.bytes += iface.bytes;
            totals.kernelDrops += iface.kernelDrops;
            totals.interfaceDrops += iface.interfaceDrops;
        }
        totals.files = m_totals.files;
        m_totals = totals;
        emit statsReceived(stats);
    });
    connect(&m_helper, &CaptureHelperProcess::helperError, this, [this](const protocol::Error& error) {
        m_failure = QString::fromStdString(error.message);
        emit problem(m_failure, QString::fromStdString(error.fix));
    });
    connect(&m_helper, &CaptureHelperProcess::stopped, this, [this](const protocol::Stopped& stopped) {
        m_stopReason = stopReasonText(stopped.reason);
    });
    connect(&m_helper, &CaptureHelperProcess::exited, this, [this](bool cleanly, const QString& detail) {
        if (!cleanly && m_failure.isEmpty()) {
            m_failure = detail;
            emit problem(detail, {});
        }
        // Whatever the helper wrote is complete now: drain it, then the import ends.
        if (m_source)
            m_source->finish();
        m_helperDone = true;
        finishIfDone();
    });
}

LiveCapture::~LiveCapture()
{
    // Nothing may reach this half-destroyed object, or its owner, while the helper goes away.
    disconnect(&m_helper, nullptr, this, nullptr);
    if (m_active)
        cancel();
    if (m_import.joinable())
        m_import.join();
}

bool LiveCapture::start(const LiveCaptureSettings& settings, QString& error)
{
    if (m_active) {
        error = QCoreApplication::translate("live", "A capture is already running.");
        return false;
    }
    m_files.clear();
    m_totals = {};
    m_stopReason.clear();
    m_failure.clear();
    m_result = {};
    m_helperDone = m_importDone = false;
    m_imported = 0;
    m_source = std::make_shared<capture::LiveRingSource>();
    if (!m_helper.start(settings.helperArguments(), error)) {
        m_source.reset();
        return false;
    }
    m_active = true;
    m_clock.start();
    const std::string surveyPath = QDir::toNativeSeparators(settings.surveyPath).toStdString();
    const ingest::ImportOptions options = settings.importOptions;
    auto source = std::make_unique<ingest::SharedPacketSource>(m_source);
    m_import = std::jthread([this, surveyPath, options, source = std::move(source)](std::stop_token stop) mutable {
        ingest::ImportResult result;
        try {
            store::SurveyStore store(surveyPath, true);
            ingest::Importer importer(store, {}, options);
            result = importer.runLive(std::move(source), [this](const ingest::ImportProgress& progress) {
                m_imported = progress.packets;
                const qint64 now = m_clock.elapsed();
                if (now - m_lastCommitSignalMs < 900)
                    return;
                m_lastCommitSignalMs = now;
                QMetaObject::invokeMethod(this, [this] { emit surveyCommitted(); }, Qt::QueuedConnection);
            }, stop);
        } catch (const std::exception& failure) {
            result.status = ingest::ImportResult::Status::Failed;
            result.problems.push_back(failure.what());
        }
        QMetaObject::invokeMethod(this, [this, result] { onImportFinished(result); }, Qt::QueuedConnection);
    });
    return true;
}

void LiveCapture::stop()
{
    m_helper.requestStop();
}

void LiveCapture::cancel()
{
    m_import.request_stop();
    m_helper.kill();
    if (m_source)
        m_source->finish();
}

LiveCapture::Totals LiveCapture::totals() const
{
    Totals totals = m_totals;
    totals.imported = m_imported;
    totals.seconds = m_active ? m_clock.elapsed() / 1000.0 : m_finishedSeconds;
    return totals;
}

void LiveCapture::onImportFinished(const ingest::ImportResult& result)
{
    m_result = result;
    m_importDone = true;
    if (m_import.joinable())
        m_import.join();
    // An import that ends by itself (a corrupt ring file, a full disk) must not leave the helper running.
    if (!m_helperDone)
        m_helper.requestStop();
    finishIfDone();
}

void LiveCapture::finishIfDone()
{
    if (!m_active || !m_helperDone || !m_importDone)
        return;
    m_finishedSeconds = m_clock.elapsed() / 1000.0;
    m_active = false;
    m_source.reset();
    const bool ok = m_failure.isEmpty() && m_result.status == ingest::ImportResult::Status::Completed;
    if (!m_failure.isEmpty() && m_stopReason.isEmpty())
        m_stopReason = m_failure;
    emit surveyCommitted();
    emit finished(ok, m_result, m_stopReason);
}

} // namespace mieruka::live
