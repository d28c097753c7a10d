// SPDX-License-Identifier: GPL-3.0-or-later
#include "interface_probe.h"

namespace mieruka::live {

namespace protocol = capture::protocol;

namespace {
constexpr int kMaxProbed = 16;  // the helper's limit of interfaces per run
constexpr int kProbeIntervalMs = 500;
} // namespace

InterfaceProbe::InterfaceProbe(QObject* parent) : QObject(parent)
{
    connect(&m_helper, &CaptureHelperProcess::statsReceived, this, &InterfaceProbe::addStats);
    connect(&m_helper, &CaptureHelperProcess::helperError, this, [this](const protocol::Error& error) {
        emit failed(QString::fromStdString(error.message), QString::fromStdString(error.fix));
    });
    connect(&m_helper, &CaptureHelperProcess::exited, this, [this](bool cleanly, const QString& detail) {
        if (!cleanly && !detail.isEmpty())
            emit failed(detail, {});
    });
}

bool InterfaceProbe::start(const QStringList& interfaces, QString& error)
{
    m_readings.clear();
    m_lastTimeNs = 0;
    QStringList arguments;
    for (const QString& name : interfaces.mid(0, kMaxProbed))
        arguments << QStringLiteral("-i") << name;
    arguments << QStringLiteral("--probe") << QStringLiteral("--status-interval") << QString::number(kProbeIntervalMs);
    return m_helper.start(arguments, error);
}

void InterfaceProbe::stop()
{
    m_helper.requestStop();
}

void InterfaceProbe::addStats(const protocol::Stats& stats)
{
    const double seconds = m_lastTimeNs ? double(stats.timeNs - m_lastTimeNs) / 1e9 : 0;
    m_lastTimeNs = stats.timeNs;
    for (const auto& iface : stats.interfaces) {
        Reading& reading = m_readings[QString::fromStdString(iface.name)];
        if (seconds > 0) {
            const double rate = double(iface.packets - std::min(iface.packets, reading.total.packets)) / seconds;
            reading.packetsPerSecond.append(rate);
            while (reading.packetsPerSecond.size() > kHistory)
                reading.packetsPerSecond.removeFirst();
        }
        reading.total = iface;
        reading.verdict = protocol::judgeMirror(iface);
    }
    emit updated();
}

} // namespace mieruka::live
