// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <string>

class QPainter;

namespace mieruka::render {

/// The 16 × 16 terminal matrix of one IPv4 /24: a cell per last octet (row = high nibble,
/// column = low nibble), filled with the role colour of the host holding that address, a red
/// corner for an end-of-life OS, and a legend of the roles present.
class ReportMatrix {
public:
    using RoleName = std::function<QString(const QString& role)>;

    static QColor roleColour(const QString& role);
    /// "192.168.10.0/24" → "192.168.10."; empty when `subnet` is not an IPv4 /24.
    static std::string prefixOf(const std::string& subnet);
    /// Hosts holding an address in the /24 `subnet`.
    static int hostCount(const survey::SurveySnapshot& snapshot, const std::string& subnet);

    static void draw(QPainter& painter, const QRectF& area, const survey::SurveySnapshot& snapshot,
                     const std::string& subnet, const QFont& font, const RoleName& roleName, const QString& eolLabel);
};

} // namespace mieruka::render
