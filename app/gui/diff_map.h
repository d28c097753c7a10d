// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_workers.h"

#include "diff_model.h"
#include "map_scene_builder.h"
#include "workspace_data.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QThread;

namespace mieruka::gui {

class WorkspaceSelection;

/// Two network maps side by side (before | after) on one Graphviz layout of the union of both
/// sides, so a host common to both sits at the same place on each. Each side draws only its own
/// hosts; added hosts are outlined green, removed ones greyed with a red outline, changed ones
/// outlined orange. Follows and sets the shared selection.
class DiffMap : public QWidget {
    Q_OBJECT
public:
    enum Side { Before, After };

    explicit DiffMap(WorkspaceSelection* selection, QWidget* parent = nullptr);
    ~DiffMap() override;

    /// Lays both sides out again (on a worker thread); null data clears the maps.
    /// `movedHosts`: a later host key → the earlier key of the same device (a new IP), drawn at the same place.
    void setData(WorkspaceDataPtr before, WorkspaceDataPtr after, const QHash<QString, DiffKind>& beforeMarks,
                 const QHash<QString, DiffKind>& afterMarks, const QHash<QString, QString>& movedHosts = {});
    /// Runs the event loop until the pending layout is drawn; false on timeout.
    bool waitForLayout(int ms);
    bool hasNode(Side side, const QString& hostKey) const;
    /// Scene position of a node's centre; a null point when that side does not draw it.
    QPointF nodeCenter(Side side, const QString& hostKey) const;
    /// The outline colour of a marked node; invalid when unmarked or not drawn.
    QColor nodeMark(Side side, const QString& hostKey) const;
    /// Selects a node as a click would (and so the host in the shared selection).
    void selectNode(Side side, const QString& hostKey);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Job;

    void layoutDone(const std::shared_ptr<Job>& job);
    void drawSide(const Job& job, int side);
    void sceneSelectionChanged(int side);
    void hostChanged(const QString& hostKey);
    void fit();

    WorkspaceSelection* m_selection;
    std::array<QGraphicsScene*, 2> m_scenes{};
    std::array<QGraphicsView*, 2> m_views{};
    std::array<MapSceneItems, 2> m_items;
    std::array<QHash<QString, DiffKind>, 2> m_marks;
    QLabel* m_status = nullptr;
    int m_generation = 0;
    bool m_pending = false;
    BackgroundWorkers m_workers;
};

} // namespace mieruka::gui
