// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/map/map_layout.h"

#include <QColor>
#include <QHash>
#include <QString>

#include <vector>

class QGraphicsItem;
class QGraphicsPathItem;
class QGraphicsScene;

namespace mieruka::gui {

/// The items of one drawn map, owned by the scene.
struct MapSceneItems {
    struct Edge {
        QString a, b;
        QGraphicsPathItem* item = nullptr;
    };
    QHash<QString, QGraphicsItem*> nodes;  ///< by node id (host key, or the folded ids)
    std::vector<Edge> edges;
    std::vector<QGraphicsItem*> clusters;
};

/// Draws a laid-out map into a scene: subnet boxes behind, edges (width by log(bytes),
/// colour by class), then nodes as rounded boxes coloured by role with a role badge and
/// a plain-text label. Node items are selectable and carry their id in data(NodeIdKey).
class MapSceneBuilder {
public:
    static constexpr int NodeIdKey = 0;

    /// Clears `scene` and fills it. `labels` gives the text of every node id (plain text).
    static MapSceneItems build(QGraphicsScene* scene, const map::LayoutResult& layout,
                               const QHash<QString, QString>& labels, const QHash<QString, QString>& roles);

    static QColor roleColour(const QString& role);
    static QString roleBadge(const QString& role);  ///< one or two letters, not translated (an icon)
    static QColor edgeColour(map::EdgeClass edgeClass);
    static qreal edgeWidth(quint64 bytes);
};

} // namespace mieruka::gui
