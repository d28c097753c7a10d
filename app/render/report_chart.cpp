// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_chart.h"

#include "report_text.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mieruka::render {

void ReportChart::draw(QPainter& painter, const QRectF& area, const std::vector<survey::TrafficPoint>& traffic,
                       const std::vector<survey::TrafficPoint>& peaks, const QFont& font, const Labels& labels)
{
    painter.save();
    painter.setFont(font);
    const QRectF plot = area.adjusted(46, 16, -46, -16);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    painter.drawRect(plot);
    if (traffic.empty()) {
        painter.drawText(plot, Qt::AlignCenter, labels.empty);
        painter.restore();
        return;
    }
    const std::int64_t first = traffic.front().minute;
    const std::int64_t last = std::max(traffic.back().minute, first + 1);
    std::uint64_t maxBytes = 1, maxBroadcast = 1;
    for (const auto& point : traffic) {
        maxBytes = std::max(maxBytes, point.bytes);
        maxBroadcast = std::max(maxBroadcast, point.broadcastPackets);
    }
    const auto xOf = [&](std::int64_t minute) {
        return plot.left() + plot.width() * static_cast<double>(minute - first) / static_cast<double>(last - first);
    };
    const auto yOf = [&](std::uint64_t value, std::uint64_t max) {
        return plot.bottom() - plot.height() * static_cast<double>(value) / static_cast<double>(max);
    };

    // A long survey has more minutes than the page has points: keep each column's maximum so
    // short bursts stay visible.
    const int columns = std::max(1, static_cast<int>(plot.width() * 2));
    std::vector<std::uint64_t> bytes(columns, 0), broadcast(columns, 0);
    std::vector<bool> used(columns, false);
    for (const auto& point : traffic) {
        const int c = std::clamp(static_cast<int>((xOf(point.minute) - plot.left()) * 2), 0, columns - 1);
        bytes[c] = std::max(bytes[c], point.bytes);
        broadcast[c] = std::max(broadcast[c], point.broadcastPackets);
        used[c] = true;
    }
    QPainterPath area_;
    QPainterPath line;
    area_.moveTo(plot.left(), plot.bottom());
    bool started = false;
    for (int c = 0; c < columns; ++c) {
        if (!used[c])
            continue;
        const double x = plot.left() + c / 2.0;
        area_.lineTo(x, yOf(bytes[c], maxBytes));
        const QPointF b(x, yOf(broadcast[c], maxBroadcast));
        started ? line.lineTo(b) : line.moveTo(b);
        started = true;
    }
    area_.lineTo(plot.right(), plot.bottom());
    area_.closeSubpath();
    painter.fillPath(area_, QColor(0x4a, 0x86, 0xc5, 150));
    painter.setPen(QPen(QColor(0xd9, 0x6c, 0x1e), 0.7));
    painter.drawPath(line);

    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), plot.top() - 4, 44, 10), Qt::AlignRight, ReportText::bytes(maxBytes));
    painter.drawText(QRectF(area.left(), plot.bottom() - 8, 44, 10), Qt::AlignRight, QStringLiteral("0"));
    painter.drawText(QRectF(plot.right() + 2, plot.top() - 4, 44, 10), Qt::AlignLeft, ReportText::number(maxBroadcast));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, 120, 10), Qt::AlignLeft, ReportText::minute(first));
    painter.drawText(QRectF(plot.right() - 120, plot.bottom() + 2, 120, 10), Qt::AlignRight, ReportText::minute(last));
    painter.setPen(QColor(0x4a, 0x86, 0xc5));
    painter.drawText(QRectF(plot.left(), area.top(), plot.width() / 2 - 4, 10), Qt::AlignLeft, labels.bytesAxis);
    painter.setPen(QColor(0xd9, 0x6c, 0x1e));
    painter.drawText(QRectF(plot.center().x() + 4, area.top(), plot.width() / 2 - 4, 10), Qt::AlignRight,
                     labels.broadcastAxis);

    // Peaks: a red marker with the rank, matching the peak table under the chart.
    int rank = 1;
    for (const auto& peak : peaks) {
        const QPointF at(xOf(peak.minute), yOf(peak.bytes, maxBytes));
        painter.setPen(QPen(QColor(0xc0, 0x00, 0x00), 0.8));
        painter.setBrush(QColor(0xff, 0xff, 0xff));
        painter.drawEllipse(at, 4, 4);
        painter.drawText(QRectF(at.x() - 4, at.y() - 4, 8, 8), Qt::AlignCenter, QString::number(rank++));
    }
    painter.restore();
}

} // namespace mieruka::render
