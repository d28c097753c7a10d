// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace mieruka::gui {

/// A small packets-per-second line, like a switch port LED with memory: which port is busy.
class RateSparkline : public QWidget {
    Q_OBJECT
public:
    explicit RateSparkline(QWidget* parent = nullptr);

    void setSamples(const QList<double>& samples);
    const QList<double>& samples() const { return m_samples; }
    QSize sizeHint() const override { return {140, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_samples;
};

} // namespace mieruka::gui
