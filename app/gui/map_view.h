// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_workers.h"

#include "map_graph_builder.h"
#include "map_scene_builder.h"
#include "workspace_view.h"

#include "core/map/map_layout.h"

#include <QPointF>
#include <QPointer>
#include <QString>

#include <memory>

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QThread;

namespace mieruka::gui {

/// The network map: local hosts (and one Internet and one Broadcast node) laid out by Graphviz
/// on a worker thread, drawn in a zoomable, pannable QGraphicsView. Follows the shared
/// selection (selecting a node selects its host everywhere and dims all but its neighbours)
/// and the shared subnet/protocol filter; a role choice of its own narrows further.
class MapView : public WorkspaceView {
    Q_OBJECT
public:
    explicit MapView(WorkspaceSelection* selection, QWidget* parent = nullptr);
    ~MapView() override;

    void setData(WorkspaceDataPtr data) override;

    /// Runs the event loop until the pending layout is drawn; false on timeout.
    bool waitForLayout(int ms);
    int nodeCount() const;
    int edgeCount() const;
    bool hasNode(const QString& hostKey) const;
    /// Scene position of a node's centre; a null point when it is not drawn.
    QPointF nodeCenter(const QString& hostKey) const;
    /// The node the map highlights (its own selection or the shared one); empty when none.
    QString highlightedNode() const { return m_highlighted; }
    /// Opacity of a node (1 when lit, lower when dimmed); -1 when it is not drawn.
    qreal nodeOpacity(const QString& hostKey) const;
    /// Selects a node as a click would (and so the host in the shared selection).
    void selectNode(const QString& hostKey);
    /// Hosts beyond MapLayout::MaxNodes that were left out of the drawing.
    int omittedNodes() const { return static_cast<int>(m_layout.omittedNodes); }

    bool exportSvg(const QString& path) const;
    bool exportPng(const QString& path) const;

public slots:
    void fitToView();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // A layout that arrives while the page is hidden was fitted to a view of no size: fit again
    // when the page is shown or resized, until the user zooms.
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Job;

    void relayout();
    void layoutDone(const std::shared_ptr<Job>& job);
    void fillChoices();
    void syncFilterCombos();
    void comboChanged();
    void sceneSelectionChanged();
    void hostChanged(const QString& hostKey);
    void highlight(const QString& nodeId);
    void exportDialog(bool svg);
    MapFilter currentFilter() const;

    WorkspaceDataPtr m_data;
    bool m_autoFit = true;
    QComboBox* m_subnet = nullptr;
    QComboBox* m_protocol = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_status = nullptr;
    QGraphicsScene* m_scene = nullptr;
    QGraphicsView* m_view = nullptr;
    MapSceneItems m_items;
    map::LayoutResult m_layout;
    QString m_highlighted;
    int m_generation = 0;
    bool m_pending = false;
    bool m_fitAfterLayout = true;
    bool m_syncing = false;
    BackgroundWorkers m_workers;
};

} // namespace mieruka::gui
