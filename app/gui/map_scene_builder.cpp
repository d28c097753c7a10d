// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_scene_builder.h"

#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace mieruka::gui {

namespace {

constexpr qreal Margin = 24;

QFont sceneFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(pixels); // scene units are Graphviz points
    font.setBold(bold);
    return font;
}

/// Labels come from packets: one line, no control characters, a bounded length.
QString plainText(const QString& text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), 64));
    for (const QChar c : text) {
        if (out.size() >= 64)
            break;
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) ? QLatin1Char(' ') : c;
    }
    return out;
}

QPainterPath edgePath(const std::vector<map::MapPoint>& points)
{
    QPainterPath path;
    if (points.empty())
        return path;
    path.moveTo(points.front().x, points.front().y);
    if ((points.size() - 1) % 3 == 0) {
        for (std::size_t i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, points[i + 2].x, points[i + 2].y);
    } else {
        for (std::size_t i = 1; i < points.size(); ++i)
            path.lineTo(points[i].x, points[i].y);
    }
    return path;
}

} // namespace

QColor MapSceneBuilder::roleColour(const QString& role)
{
    if (role == QLatin1String("plc") || role == QLatin1String("ot_server") || role == QLatin1String("rtu"))
        return QColor(0xf4, 0xa2, 0x61); // controllers: orange
    if (role == QLatin1String("hmi") || role == QLatin1String("engineering") || role == QLatin1String("scada")
        || role == QLatin1String("ot_client"))
        return QColor(0xe9, 0xc4, 0x6a); // operator and engineering stations: yellow
    if (role == QLatin1String("router") || role == QLatin1String("gateway") || role == QLatin1String("switch"))
        return QColor(0x8e, 0xca, 0xe6); // network: blue
    if (role == QLatin1String("internet"))
        return QColor(0xd6, 0x8f, 0xd6);
    if (role == QLatin1String("broadcast"))
        return QColor(0xcc, 0xcc, 0xcc);
    if (role == QLatin1String("server") || role == QLatin1String("it_server"))
        return QColor(0x90, 0xd0, 0xa0);
    return QColor(0xe8, 0xe8, 0xe8);
}

QString MapSceneBuilder::roleBadge(const QString& role)
{
    if (role == QLatin1String("internet"))
        return QStringLiteral("WAN");
    if (role == QLatin1String("broadcast"))
        return QStringLiteral("*");
    if (role.isEmpty() || role == QLatin1String("unknown"))
        return QStringLiteral("?");
    return role.left(2).toUpper();
}

QColor MapSceneBuilder::edgeColour(map::EdgeClass edgeClass)
{
    switch (edgeClass) {
    case map::EdgeClass::Ot: return QColor(0xd9, 0x5f, 0x0e);
    case map::EdgeClass::It: return QColor(0x31, 0x82, 0xbd);
    case map::EdgeClass::Internet: return QColor(0x88, 0x41, 0x9d);
    case map::EdgeClass::Broadcast: return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

qreal MapSceneBuilder::edgeWidth(quint64 bytes)
{
    return std::clamp(0.5 + 0.6 * std::log10(static_cast<double>(bytes) + 1.0), 0.5, 8.0);
}

MapSceneItems MapSceneBuilder::build(QGraphicsScene* scene, const map::LayoutResult& layout,
                                     const QHash<QString, QString>& labels, const QHash<QString, QString>& roles)
{
    scene->clear();
    MapSceneItems items;
    if (!layout.ok)
        return items;

    for (const map::ClusterPlacement& cluster : layout.clusters) {
        const QRectF rect(cluster.box.x, cluster.box.y, cluster.box.width, cluster.box.height);
        auto* box = scene->addRect(rect, QPen(QColor(0xb0, 0xb8, 0xc8), 1, Qt::DashLine), QColor(0xf3, 0xf6, 0xfb));
        box->setZValue(-10);
        auto* title = new QGraphicsSimpleTextItem(plainText(QString::fromStdString(cluster.cluster)), box);
        title->setFont(sceneFont(9));
        title->setBrush(QColor(0x60, 0x68, 0x78));
        title->setPos(rect.topLeft() + QPointF(4, 2));
        items.clusters.push_back(box);
    }

    for (const map::EdgePlacement& edge : layout.edges) {
        QPen pen(edgeColour(edge.edgeClass), edgeWidth(edge.bytes));
        pen.setCapStyle(Qt::RoundCap);
        if (edge.edgeClass == map::EdgeClass::Broadcast)
            pen.setStyle(Qt::DotLine);
        auto* item = scene->addPath(edgePath(edge.points), pen);
        item->setZValue(-5);
        items.edges.push_back(MapSceneItems::Edge{QString::fromStdString(edge.a), QString::fromStdString(edge.b), item});
    }

    for (const map::NodePlacement& node : layout.nodes) {
        const QString id = QString::fromStdString(node.id);
        const QString role = roles.value(id);
        const QRectF rect(-node.width / 2, -node.height / 2, node.width, node.height);
        QPainterPath shape;
        shape.addRoundedRect(rect, 6, 6);
        auto* item = scene->addPath(shape, QPen(roleColour(role).darker(160), 1), roleColour(role));
        item->setPos(node.x, node.y);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(NodeIdKey, id);
        item->setCursor(Qt::PointingHandCursor);

        auto* label = new QGraphicsSimpleTextItem(plainText(labels.value(id, id)), item); // plain text, never HTML
        label->setFont(sceneFont(10));
        QRectF text = label->boundingRect();
        const qreal room = std::max<qreal>(node.width - 8, 8);
        if (text.width() > room)
            label->setScale(room / text.width());
        text = label->mapRectToParent(label->boundingRect());
        label->setPos(-text.width() / 2, -text.height() / 2);

        auto* badge = scene->addEllipse(QRectF(-8, -8, 16, 16), QPen(Qt::white, 1), roleColour(role).darker(140));
        badge->setParentItem(item);
        badge->setPos(rect.topLeft() + QPointF(2, 2));
        auto* glyph = new QGraphicsSimpleTextItem(roleBadge(role), badge);
        glyph->setFont(sceneFont(7, true));
        glyph->setBrush(Qt::white);
        if (const qreal wide = glyph->boundingRect().width(); wide > 13)
            glyph->setScale(13 / wide);
        const QRectF g = glyph->mapRectToParent(glyph->boundingRect());
        glyph->setPos(-g.width() / 2, -g.height() / 2);

        items.nodes.insert(id, item);
    }

    scene->setSceneRect(QRectF(layout.bounds.x, layout.bounds.y, layout.bounds.width, layout.bounds.height)
                            .adjusted(-Margin, -Margin, Margin, Margin));
    return items;
}

} // namespace mieruka::gui
