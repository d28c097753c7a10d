// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/live/live_capture.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mieruka::gui {

/// The strip above the pages while capturing: what is captured, how fast, and drops in red —
/// a lossy capture must never look like a clean one.
class LiveCaptureBar : public QWidget {
    Q_OBJECT
public:
    explicit LiveCaptureBar(QWidget* parent = nullptr);

    void setInterfaces(const QStringList& interfaces) { m_interfaces = interfaces; }
    void showTotals(const live::LiveCapture::Totals& totals);
    void setStopping();
    QString statusText() const;
    QString dropText() const;

signals:
    void stopRequested();

private:
    QStringList m_interfaces;
    QLabel* m_status = nullptr;
    QLabel* m_drops = nullptr;
    QPushButton* m_stop = nullptr;
    quint64 m_lastBytes = 0;
    double m_lastSeconds = 0;
};

} // namespace mieruka::gui
