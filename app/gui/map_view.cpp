// SPDX-License-Identifier: GPL-3.0-or-later
#include "map_view.h"

#include "ledger_model.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QThread>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <set>

namespace mieruka::gui {

/// One layout run: built on the UI thread, computed on a worker, read back on the UI thread
/// after the worker finished (the queued QThread::finished orders the accesses).
struct MapView::Job {
    int generation = 0;
    map::MapGraph graph;
    map::LayoutResult result;
};

namespace {

constexpr qreal DimmedNode = 0.2;
constexpr qreal DimmedEdge = 0.08;

} // namespace

MapView::MapView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_subnet = new QComboBox(this);
    m_subnet->setObjectName(QStringLiteral("mapSubnet"));
    m_subnet->setAccessibleName(tr("Network (/24)"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("mapProtocol"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("mapRole"));
    m_role->setAccessibleName(tr("Role"));
    for (QComboBox* combo : {m_subnet, m_protocol, m_role}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &MapView::comboChanged);
        bar->addWidget(combo);
    }
    auto* fit = new QPushButton(tr("Fit"), this);
    fit->setObjectName(QStringLiteral("mapFit"));
    connect(fit, &QPushButton::clicked, this, &MapView::fitToView);
    auto* png = new QPushButton(tr("Export PNG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportDialog(false); });
    auto* svg = new QPushButton(tr("Export SVG…"), this);
    connect(svg, &QPushButton::clicked, this, [this] { exportDialog(true); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setTextFormat(Qt::PlainText);
    bar->addWidget(fit);
    bar->addWidget(png);
    bar->addWidget(svg);
    bar->addWidget(m_status, 1);

    m_scene = new QGraphicsScene(this);
    m_view = new QGraphicsView(m_scene, this);
    m_view->setObjectName(QStringLiteral("mapView"));
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag); // drag pans; a click still selects a node
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->viewport()->installEventFilter(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MapView::sceneSelectionChanged);
    connect(selection, &WorkspaceSelection::hostChanged, this, &MapView::hostChanged);
    connect(selection, &WorkspaceSelection::filterChanged, this, [this] {
        syncFilterCombos();
        relayout();
    });
    fillChoices();
}

MapView::~MapView()
{
    // The scene is deleted with the widget's children, after our members: it must not call back.
    disconnect(m_scene, nullptr, this, nullptr);
    // Layouts are bounded (MapLayout::MaxNodes), so waiting here is short.
    m_workers.waitForAll();
}

void MapView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_fitAfterLayout = true;
    fillChoices();
    relayout();
}

MapFilter MapView::currentFilter() const
{
    MapFilter filter;
    const WorkspaceSelection::Filter& shared = selection()->filter();
    filter.subnet = shared.subnet;
    filter.protocol = shared.protocol;
    filter.fromNs = shared.fromNs;
    filter.toNs = shared.toNs;
    filter.role = m_role->currentData().toString();
    return filter;
}

void MapView::fillChoices()
{
    m_syncing = true;
    const QString role = m_role->currentData().toString();
    for (QComboBox* combo : {m_subnet, m_protocol, m_role})
        combo->clear();
    m_subnet->addItem(tr("All networks"), QString());
    m_protocol->addItem(tr("All protocols"), QString());
    m_role->addItem(tr("All roles"), QString());
    if (m_data) {
        for (const QString& subnet : MapGraphBuilder::subnets(*m_data))
            m_subnet->addItem(subnet, subnet);
        for (const QString& protocol : MapGraphBuilder::protocols(*m_data))
            m_protocol->addItem(protocol, protocol);
        for (const QString& value : MapGraphBuilder::roles(*m_data))
            m_role->addItem(LedgerModel::roleText(value.toStdString()), value);
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
    m_syncing = false;
    syncFilterCombos();
}

void MapView::syncFilterCombos()
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    const WorkspaceSelection::Filter& filter = selection()->filter();
    // A value set elsewhere that this survey lacks is still shown, so the filter stays visible.
    for (auto [combo, value] : {std::pair{m_subnet, filter.subnet}, std::pair{m_protocol, filter.protocol}}) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
    m_syncing = wasSyncing;
}

void MapView::comboChanged()
{
    if (m_syncing)
        return;
    WorkspaceSelection::Filter filter = selection()->filter();
    filter.subnet = m_subnet->currentData().toString();
    filter.protocol = m_protocol->currentData().toString();
    if (filter == selection()->filter())
        relayout(); // the role changed: a choice of the map alone
    else
        selection()->setFilter(filter); // filterChanged relayouts
}

void MapView::relayout()
{
    const int generation = ++m_generation;
    if (!m_data) {
        m_pending = false;
        m_items = {};
        m_layout = {};
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
        m_status->clear();
        return;
    }
    auto job = std::make_shared<Job>();
    job->generation = generation;
    job->graph = MapGraphBuilder::build(*m_data, currentFilter());
    // The folded nodes get their words here, before the layout sizes the boxes.
    for (map::MapNode& node : job->graph.nodes) {
        if (node.id == MapGraphBuilder::InternetId)
            node.label = tr("Internet").toStdString();
        else if (node.id == MapGraphBuilder::BroadcastId)
            node.label = tr("Broadcast / multicast").toStdString();
    }
    m_pending = true;
    m_status->setText(tr("Laying out %n host(s)…", "", static_cast<int>(job->graph.nodes.size())));

    // Graphviz runs off the UI thread; MapLayout serialises concurrent runs itself.
    m_workers.start(this, [job] { job->result = map::MapLayout::compute(job->graph); }, [this, job] { layoutDone(job); });
}

void MapView::layoutDone(const std::shared_ptr<Job>& job)
{
    if (job->generation != m_generation)
        return; // a newer layout is on its way
    m_pending = false;
    m_layout = std::move(job->result);
    QHash<QString, QString> labels, roles;
    for (const map::MapNode& node : job->graph.nodes) {
        const QString id = QString::fromStdString(node.id);
        roles.insert(id, QString::fromStdString(node.role));
        labels.insert(id, QString::fromStdString(node.label));
    }
    m_highlighted.clear();
    m_items = {}; // the scene is cleared next: no stale item may be touched meanwhile
    {
        const QSignalBlocker blocker(m_scene);
        m_items = MapSceneBuilder::build(m_scene, m_layout, labels, roles);
    }

    if (!m_layout.ok)
        m_status->setText(tr("The map could not be laid out."));
    else if (m_layout.omittedNodes > 0)
        m_status->setText(tr("%n quiet host(s) not drawn (the map shows the busiest %1).", "",
                             static_cast<int>(m_layout.omittedNodes))
                              .arg(m_layout.nodes.size()));
    else if (m_layout.nodes.empty())
        m_status->setText(tr("No hosts match the filter."));
    else
        m_status->clear();

    if (m_fitAfterLayout) {
        m_fitAfterLayout = false;
        m_autoFit = true;
        fitToView();
    }
    hostChanged(selection()->host());
}

bool MapView::waitForLayout(int ms)
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

int MapView::nodeCount() const { return static_cast<int>(m_items.nodes.size()); }

int MapView::edgeCount() const { return static_cast<int>(m_items.edges.size()); }

bool MapView::hasNode(const QString& hostKey) const { return m_items.nodes.contains(hostKey); }

QPointF MapView::nodeCenter(const QString& hostKey) const
{
    const QGraphicsItem* item = m_items.nodes.value(hostKey);
    return item ? item->scenePos() : QPointF();
}

qreal MapView::nodeOpacity(const QString& hostKey) const
{
    const QGraphicsItem* item = m_items.nodes.value(hostKey);
    return item ? item->opacity() : -1;
}

void MapView::selectNode(const QString& hostKey)
{
    QGraphicsItem* item = m_items.nodes.value(hostKey);
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
}

void MapView::sceneSelectionChanged()
{
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    if (selected.isEmpty()) {
        highlight({});
        return;
    }
    const QString id = selected.front()->data(MapSceneBuilder::NodeIdKey).toString();
    highlight(id);
    // The folded Internet and Broadcast nodes are not hosts: they light up here only.
    if (id != QLatin1String(MapGraphBuilder::InternetId.data(), MapGraphBuilder::InternetId.size())
        && id != QLatin1String(MapGraphBuilder::BroadcastId.data(), MapGraphBuilder::BroadcastId.size()))
        selection()->selectHost(id);
}

void MapView::hostChanged(const QString& hostKey)
{
    QGraphicsItem* item = m_items.nodes.value(hostKey);
    const QSignalBlocker blocker(m_scene);
    m_scene->clearSelection();
    if (item) {
        item->setSelected(true);
        m_view->centerOn(item);
    }
    highlight(item ? hostKey : QString());
}

void MapView::highlight(const QString& nodeId)
{
    m_highlighted = m_items.nodes.contains(nodeId) ? nodeId : QString();
    std::set<QString> lit;
    if (!m_highlighted.isEmpty()) {
        lit.insert(m_highlighted);
        for (const MapSceneItems::Edge& edge : m_items.edges) {
            if (edge.a == m_highlighted)
                lit.insert(edge.b);
            else if (edge.b == m_highlighted)
                lit.insert(edge.a);
        }
    }
    for (auto it = m_items.nodes.cbegin(); it != m_items.nodes.cend(); ++it)
        it.value()->setOpacity(lit.empty() || lit.count(it.key()) != 0 ? 1.0 : DimmedNode);
    for (const MapSceneItems::Edge& edge : m_items.edges) {
        const bool on = m_highlighted.isEmpty() || edge.a == m_highlighted || edge.b == m_highlighted;
        edge.item->setOpacity(on ? 1.0 : DimmedEdge);
    }
}

void MapView::showEvent(QShowEvent* event)
{
    WorkspaceView::showEvent(event);
    if (m_autoFit)
        fitToView();
}

void MapView::resizeEvent(QResizeEvent* event)
{
    WorkspaceView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void MapView::fitToView()
{
    if (!m_scene->sceneRect().isEmpty())
        m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

bool MapView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        const qreal factor = std::pow(1.0015, wheel->angleDelta().y());
        const qreal scale = m_view->transform().m11() * factor;
        m_autoFit = false;
        if (scale > 0.02 && scale < 20)
            m_view->scale(factor, factor);
        return true;
    }
    return WorkspaceView::eventFilter(watched, event);
}

bool MapView::exportSvg(const QString& path) const
{
    const QRectF source = m_scene->sceneRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Network map"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return QFileInfo(path).size() > 0;
}

bool MapView::exportPng(const QString& path) const
{
    const QRectF source = m_scene->sceneRect();
    if (source.isEmpty())
        return false;
    // Twice the scene size for sharp text, capped so a huge map stays a sane file.
    const qreal scale = std::min<qreal>(2.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    return image.save(path, "PNG");
}

void MapView::exportDialog(bool svg)
{
    const QString path = svg ? QFileDialog::getSaveFileName(this, tr("Export map as SVG"), QString(), tr("SVG image (*.svg)"))
                             : QFileDialog::getSaveFileName(this, tr("Export map as PNG"), QString(), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? exportSvg(path) : exportPng(path);
    m_status->setText(ok ? tr("Map saved to %1").arg(path) : tr("Could not save the map to %1").arg(path));
}

} // namespace mieruka::gui
