// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_map.h"

#include "map_graph_builder.h"
#include "workspace_selection.h"

#include "core/map/map_layout.h"

#include <QAbstractGraphicsShapeItem>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace mieruka::gui {

/// One layout run: graphs built on the UI thread, the union laid out on a worker, read back on
/// the UI thread after the worker finished (the queued QThread::finished orders the accesses).
struct DiffMap::Job {
    int generation = 0;
    std::array<map::MapGraph, 2> sides;
    map::MapGraph unionGraph;
    map::LayoutResult result;
    std::map<std::string, std::string> afterToUnion, unionToAfter; ///< re-addressed devices
};

namespace {

using Pair = std::pair<std::string, std::string>;

Pair pairOf(const std::string& a, const std::string& b)
{
    return a < b ? Pair{a, b} : Pair{b, a};
}

/// Both sides' nodes and edges once each: the layout every side is drawn on.
std::string renamed(const std::map<std::string, std::string>& names, const std::string& id)
{
    const auto found = names.find(id);
    return found == names.end() ? id : found->second;
}

/// The later side with re-addressed devices under their earlier ids.
map::MapGraph underUnionIds(map::MapGraph graph, const std::map<std::string, std::string>& afterToUnion)
{
    for (map::MapNode& node : graph.nodes)
        node.id = renamed(afterToUnion, node.id);
    for (map::MapEdge& edge : graph.edges) {
        edge.a = renamed(afterToUnion, edge.a);
        edge.b = renamed(afterToUnion, edge.b);
    }
    return graph;
}

map::MapGraph unionOf(const std::array<map::MapGraph, 2>& sides)
{
    map::MapGraph graph;
    std::map<std::string, std::size_t> nodes;
    std::map<Pair, std::size_t> edges;
    for (const map::MapGraph& side : sides) {
        for (const map::MapNode& node : side.nodes) {
            if (const auto [it, added] = nodes.emplace(node.id, graph.nodes.size()); added)
                graph.nodes.push_back(node);
            else
                graph.nodes[it->second].bytes = std::max(graph.nodes[it->second].bytes, node.bytes);
        }
        for (const map::MapEdge& edge : side.edges) {
            if (const auto [it, added] = edges.emplace(pairOf(edge.a, edge.b), graph.edges.size()); added)
                graph.edges.push_back(edge);
            else
                graph.edges[it->second].bytes = std::max(graph.edges[it->second].bytes, edge.bytes);
        }
    }
    return graph;
}

bool isFolded(const QString& id)
{
    return id == QLatin1String(MapGraphBuilder::InternetId.data(), MapGraphBuilder::InternetId.size())
           || id == QLatin1String(MapGraphBuilder::BroadcastId.data(), MapGraphBuilder::BroadcastId.size());
}

} // namespace

DiffMap::DiffMap(WorkspaceSelection* selection, QWidget* parent) : QWidget(parent), m_selection(selection)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString titles[] = {tr("Before"), tr("After")};
    for (int side = 0; side < 2; ++side) {
        auto* title = new QLabel(titles[side], this);
        title->setTextFormat(Qt::PlainText);
        m_scenes[side] = new QGraphicsScene(this);
        m_views[side] = new QGraphicsView(m_scenes[side], this);
        m_views[side]->setObjectName(side == Before ? QStringLiteral("diffMapBefore") : QStringLiteral("diffMapAfter"));
        m_views[side]->setAccessibleName(side == Before ? tr("Network map before") : tr("Network map after"));
        m_views[side]->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_views[side]->setDragMode(QGraphicsView::ScrollHandDrag);
        layout->addWidget(title, 0, side);
        layout->addWidget(m_views[side], 1, side);
        connect(m_scenes[side], &QGraphicsScene::selectionChanged, this, [this, side] { sceneSelectionChanged(side); });
    }
    // Panning one side pans the other: the same place shows the same hosts.
    for (int side = 0; side < 2; ++side) {
        QGraphicsView* other = m_views[1 - side];
        connect(m_views[side]->horizontalScrollBar(), &QScrollBar::valueChanged, other->horizontalScrollBar(),
                &QScrollBar::setValue);
        connect(m_views[side]->verticalScrollBar(), &QScrollBar::valueChanged, other->verticalScrollBar(),
                &QScrollBar::setValue);
    }
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
    connect(selection, &WorkspaceSelection::hostChanged, this, &DiffMap::hostChanged);
}

DiffMap::~DiffMap()
{
    for (QGraphicsScene* scene : m_scenes)
        disconnect(scene, nullptr, this, nullptr);
    // Layouts are bounded (MapLayout::MaxNodes), so waiting here is short.
    m_workers.waitForAll();
}

void DiffMap::setData(WorkspaceDataPtr before, WorkspaceDataPtr after, const QHash<QString, DiffKind>& beforeMarks,
                      const QHash<QString, DiffKind>& afterMarks, const QHash<QString, QString>& movedHosts)
{
    const int generation = ++m_generation;
    m_marks = {beforeMarks, afterMarks};
    if (!before || !after) {
        m_pending = false;
        for (int side = 0; side < 2; ++side) {
            m_items[side] = {};
            const QSignalBlocker blocker(m_scenes[side]);
            m_scenes[side]->clear();
        }
        m_status->clear();
        return;
    }
    auto job = std::make_shared<Job>();
    job->generation = generation;
    job->sides = {MapGraphBuilder::build(*before, {}), MapGraphBuilder::build(*after, {})};
    for (map::MapGraph& graph : job->sides) {
        for (map::MapNode& node : graph.nodes) {
            if (node.id == MapGraphBuilder::InternetId)
                node.label = tr("Internet").toStdString();
            else if (node.id == MapGraphBuilder::BroadcastId)
                node.label = tr("Broadcast / multicast").toStdString();
        }
    }
    for (auto it = movedHosts.cbegin(); it != movedHosts.cend(); ++it) {
        job->afterToUnion[it.key().toStdString()] = it.value().toStdString();
        job->unionToAfter[it.value().toStdString()] = it.key().toStdString();
    }
    job->unionGraph = unionOf({job->sides[0], underUnionIds(job->sides[1], job->afterToUnion)});
    m_pending = true;
    m_status->setText(tr("Laying out %n host(s)…", "", int(job->unionGraph.nodes.size())));
    // Graphviz runs off the UI thread; MapLayout serialises concurrent runs itself.
    m_workers.start(this, [job] { job->result = map::MapLayout::compute(job->unionGraph); }, [this, job] { layoutDone(job); });
}

void DiffMap::layoutDone(const std::shared_ptr<Job>& job)
{
    if (job->generation != m_generation)
        return; // a newer layout is on its way
    m_pending = false;
    for (int side = 0; side < 2; ++side)
        drawSide(*job, side);
    if (!job->result.ok)
        m_status->setText(tr("The map could not be laid out."));
    else if (job->result.omittedNodes > 0)
        m_status->setText(tr("%n quiet host(s) not drawn (the map shows the busiest %1).", "", int(job->result.omittedNodes))
                              .arg(job->result.nodes.size()));
    else
        m_status->setText(tr("Hosts common to both periods sit at the same place on both maps."));
    fit();
    hostChanged(m_selection->host());
}

void DiffMap::drawSide(const Job& job, int side)
{
    const map::MapGraph& graph = job.sides[std::size_t(side)];
    QSet<QString> ids;
    QHash<QString, QString> labels, roles;
    for (const map::MapNode& node : graph.nodes) {
        const QString id = QString::fromStdString(node.id);
        ids.insert(id);
        labels.insert(id, QString::fromStdString(node.label));
        roles.insert(id, QString::fromStdString(node.role));
    }
    std::set<Pair> pairs;
    for (const map::MapEdge& edge : graph.edges)
        pairs.insert(pairOf(edge.a, edge.b));
    // The union's layout with this side's nodes and edges only; bounds stay, so positions match.
    map::LayoutResult layout = job.result;
    if (side == 1) { // back to the later side's own ids
        for (map::NodePlacement& node : layout.nodes)
            node.id = renamed(job.unionToAfter, node.id);
        for (map::EdgePlacement& edge : layout.edges) {
            edge.a = renamed(job.unionToAfter, edge.a);
            edge.b = renamed(job.unionToAfter, edge.b);
        }
    }
    std::erase_if(layout.nodes, [&](const map::NodePlacement& node) { return !ids.contains(QString::fromStdString(node.id)); });
    std::erase_if(layout.edges, [&](const map::EdgePlacement& edge) { return pairs.count(pairOf(edge.a, edge.b)) == 0; });
    m_items[side] = {};
    {
        const QSignalBlocker blocker(m_scenes[side]);
        m_items[side] = MapSceneBuilder::build(m_scenes[side], layout, labels, roles);
    }
    for (auto it = m_marks[side].cbegin(); it != m_marks[side].cend(); ++it) {
        auto* item = dynamic_cast<QAbstractGraphicsShapeItem*>(m_items[side].nodes.value(it.key()));
        if (!item)
            continue;
        item->setPen(QPen(DiffModel::kindColour(it.value()), 4));
        if (it.value() == DiffKind::DeviceRemoved)
            item->setBrush(QColor(0xd0, 0xd0, 0xd0));
    }
}

bool DiffMap::waitForLayout(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_pending && !deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_pending)
            QThread::msleep(2);
    }
    return !m_pending;
}

bool DiffMap::hasNode(Side side, const QString& hostKey) const
{
    return m_items[side].nodes.contains(hostKey);
}

QPointF DiffMap::nodeCenter(Side side, const QString& hostKey) const
{
    const QGraphicsItem* item = m_items[side].nodes.value(hostKey);
    return item ? item->scenePos() : QPointF();
}

QColor DiffMap::nodeMark(Side side, const QString& hostKey) const
{
    return hasNode(side, hostKey) && m_marks[side].contains(hostKey) ? DiffModel::kindColour(m_marks[side].value(hostKey))
                                                                     : QColor();
}

void DiffMap::selectNode(Side side, const QString& hostKey)
{
    m_scenes[side]->clearSelection();
    if (QGraphicsItem* item = m_items[side].nodes.value(hostKey))
        item->setSelected(true);
}

void DiffMap::sceneSelectionChanged(int side)
{
    const QList<QGraphicsItem*> selected = m_scenes[side]->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.front()->data(MapSceneBuilder::NodeIdKey).toString();
    if (!isFolded(id))
        m_selection->selectHost(id);
}

void DiffMap::hostChanged(const QString& hostKey)
{
    for (int side = 0; side < 2; ++side) {
        const QSignalBlocker blocker(m_scenes[side]);
        m_scenes[side]->clearSelection();
        if (QGraphicsItem* item = m_items[side].nodes.value(hostKey)) {
            item->setSelected(true);
            m_views[side]->centerOn(item);
        }
    }
}

void DiffMap::fit()
{
    for (QGraphicsView* view : m_views)
        if (!view->sceneRect().isEmpty())
            view->fitInView(view->sceneRect(), Qt::KeepAspectRatio);
}

void DiffMap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fit();
}

void DiffMap::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fit();
}

} // namespace mieruka::gui
