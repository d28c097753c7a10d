// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture_helper_process.h"

#include "capture/protocol/mirror_check.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace mieruka::live {

/// Watches interfaces without writing anything (the helper's probe mode), to find the mirror
/// port: packets per second for a sparkline, and whether frames between other hosts arrive.
class InterfaceProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kHistory = 60; ///< rate samples kept per interface

    struct Reading {
        QList<double> packetsPerSecond;              ///< oldest first
        capture::protocol::InterfaceStats total;     ///< since the probe started
        capture::protocol::MirrorVerdict verdict = capture::protocol::MirrorVerdict::NoTraffic;
    };

    explicit InterfaceProbe(QObject* parent = nullptr);

    /// Starts probing `interfaces` (at most 16); false with `error` when the helper cannot start.
    bool start(const QStringList& interfaces, QString& error);
    void stop();
    bool isRunning() const { return m_helper.isRunning(); }
    Reading reading(const QString& interface) const { return m_readings.value(interface); }

signals:
    void updated();
    /// The helper refused (no capture rights, interface gone…); `fix` says what to do when known.
    void failed(const QString& message, const QString& fix);

private:
    void addStats(const capture::protocol::Stats& stats);

    CaptureHelperProcess m_helper;
    QHash<QString, Reading> m_readings;
    std::int64_t m_lastTimeNs = 0;
};

} // namespace mieruka::live
