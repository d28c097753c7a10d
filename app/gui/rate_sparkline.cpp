// SPDX-License-Identifier: GPL-3.0-or-later
#include "rate_sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mieruka::gui {

RateSparkline::RateSparkline(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(100, 22);
}

void RateSparkline::setSamples(const QList<double>& samples)
{
    m_samples = samples;
    update();
}

void RateSparkline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -48, -2);
    painter.fillRect(rect(), palette().base());
    if (m_samples.size() >= 2) {
        const double peak = std::max(1.0, *std::max_element(m_samples.begin(), m_samples.end()));
        QPainterPath path;
        for (qsizetype i = 0; i < m_samples.size(); ++i) {
            const QPointF point(area.left() + area.width() * double(i) / double(m_samples.size() - 1),
                                area.bottom() - area.height() * m_samples[i] / peak);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
        painter.drawPath(path);
    }
    const double last = m_samples.isEmpty() ? 0 : m_samples.last();
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(area.right() + 4, 0, 44, height()), Qt::AlignVCenter | Qt::AlignRight,
                     last >= 10000 ? QStringLiteral("%1k").arg(qRound(last / 1000)) : QString::number(qRound(last)));
}

} // namespace mieruka::gui
