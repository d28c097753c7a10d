// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture_helper_process.h"
#include "live_capture_settings.h"

#include "core/ingest/importer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace mieruka::capture {
class LiveRingSource;
}

namespace mieruka::live {

/// One live capture into a survey: the helper writes ring files, an import thread follows them
/// into the survey (committing about once a second), and stopping drains every file before
/// finished() — nothing the helper wrote is left out.
class LiveCapture : public QObject {
    Q_OBJECT
public:
    struct Totals {
        quint64 packets = 0, bytes = 0;          ///< captured by the helper
        quint64 kernelDrops = 0, interfaceDrops = 0;
        quint64 imported = 0;                    ///< frames in the survey so far
        int files = 0;
        double seconds = 0;
    };

    explicit LiveCapture(QObject* parent = nullptr);
    ~LiveCapture() override;

    /// Starts the helper and the import; false with `error` set when either cannot start.
    bool start(const LiveCaptureSettings& settings, QString& error);
    /// Graceful stop: the helper closes its file, the import drains it, then finished().
    void stop();
    /// Hard stop: the helper is killed and the import ends at once (committed data stays).
    void cancel();
    bool isActive() const { return m_active; }
    Totals totals() const;
    const QStringList& ringFiles() const { return m_files; }

signals:
    void statsReceived(const mieruka::capture::protocol::Stats& stats);
    /// The survey holds newer data; emitted at most about once a second.
    void surveyCommitted();
    /// A problem the helper reported, with how to fix it when known (missing capture rights…).
    void problem(const QString& message, const QString& fix);
    void finished(bool ok, const mieruka::ingest::ImportResult& result, const QString& stopReason);

private:
    void onImportFinished(const ingest::ImportResult& result);
    void finishIfDone();

    CaptureHelperProcess m_helper;
    std::shared_ptr<capture::LiveRingSource> m_source;
    std::jthread m_import;
    std::atomic<quint64> m_imported{0};
    std::atomic<qint64> m_lastCommitSignalMs{0};
    QElapsedTimer m_clock;
    QStringList m_files;
    Totals m_totals;
    QString m_stopReason;
    QString m_failure;
    ingest::ImportResult m_result;
    double m_finishedSeconds = 0; ///< how long the capture ran, once it has finished
    bool m_active = false;
    bool m_helperDone = false;
    bool m_importDone = false;
};

} // namespace mieruka::live
