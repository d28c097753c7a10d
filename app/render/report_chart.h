// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/report_model.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace mieruka::render {

/// Traffic over time as a filled area of bytes per minute, a line of broadcast/multicast
/// frames per minute on its own scale, and the peak minutes marked 1…n. Drawn with QPainter.
class ReportChart {
public:
    struct Labels {
        QString bytesAxis, broadcastAxis, empty;
    };

    static void draw(QPainter& painter, const QRectF& area, const std::vector<survey::TrafficPoint>& traffic,
                     const std::vector<survey::TrafficPoint>& peaks, const QFont& font, const Labels& labels);
};

} // namespace mieruka::render
