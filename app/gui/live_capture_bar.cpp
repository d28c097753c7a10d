// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_capture_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace mieruka::gui {

LiveCaptureBar::LiveCaptureBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_drops = new QLabel(this);
    m_drops->setTextFormat(Qt::PlainText);
    m_stop = new QPushButton(tr("Stop capture"), this);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_drops);
    layout->addWidget(m_stop);
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, QColor(0xe8, 0xf4, 0xea));
    setPalette(shade);
    connect(m_stop, &QPushButton::clicked, this, &LiveCaptureBar::stopRequested);
}

void LiveCaptureBar::showTotals(const live::LiveCapture::Totals& totals)
{
    const QLocale locale;
    const double interval = totals.seconds - m_lastSeconds;
    const double mbits = interval > 0.2 && totals.bytes >= m_lastBytes ? double(totals.bytes - m_lastBytes) * 8 / interval / 1e6 : 0;
    if (interval > 0.2) {
        m_lastBytes = totals.bytes;
        m_lastSeconds = totals.seconds;
    }
    const int seconds = int(totals.seconds);
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_status->setText(tr("● Capturing on %1 — %2 — %3 packets — %4 Mbit/s — %5 in the survey — %n file(s)", nullptr, totals.files)
                          .arg(m_interfaces.join(QStringLiteral(", ")), clock, locale.toString(totals.packets),
                               locale.toString(mbits, 'f', 1), locale.toString(totals.imported)));
    const quint64 dropped = totals.kernelDrops + totals.interfaceDrops;
    if (dropped == 0) {
        m_drops->setText(tr("No packets dropped"));
        m_drops->setStyleSheet(QString());
    } else {
        m_drops->setText(tr("DROPPED: %1 by the kernel, %2 by the interface")
                             .arg(locale.toString(totals.kernelDrops), locale.toString(totals.interfaceDrops)));
        m_drops->setStyleSheet(QStringLiteral("color: white; background: #b00020; font-weight: bold; padding: 2px 6px;"));
    }
}

void LiveCaptureBar::setStopping()
{
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
}

QString LiveCaptureBar::statusText() const
{
    return m_status->text();
}

QString LiveCaptureBar::dropText() const
{
    return m_drops->text();
}

} // namespace mieruka::gui
