// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/map_layout.h"
#include "core/survey/survey_snapshot.h"

#include <QFont>
#include <QRectF>

#include <QString>

#include <cstddef>
#include <string>
#include <unordered_map>

class QPainter;

namespace mieruka::render {

/// The network map for the report: local hosts grouped by /24, edges between hosts that talked
/// (OT, IT and other traffic in different colours), laid out by core/map and drawn with QPainter.
class ReportMap {
public:
    /// A page holds a readable map of about this many hosts; quieter hosts are left out.
    static constexpr std::size_t kMaxNodes = 120;

    /// Lays out the busiest local hosts (Graphviz; may take a while on a big survey).
    explicit ReportMap(const survey::SurveySnapshot& snapshot);

    bool ok() const { return m_layout.ok; }
    std::size_t omitted() const { return m_omitted; }
    std::size_t nodeCount() const { return m_layout.nodes.size(); }
    void draw(QPainter& painter, const QRectF& area, const QFont& font) const;

private:
    map::LayoutResult m_layout;
    std::unordered_map<std::string, QString> m_roles;
    std::size_t m_omitted = 0;
};

} // namespace mieruka::render
