// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

namespace mieruka::gui {

/// The reserved place of a page that a later release fills (period diff, report): says so
/// instead of leaving an empty pane.
class PendingView : public WorkspaceView {
    Q_OBJECT
public:
    PendingView(const QString& message, WorkspaceSelection* selection, QWidget* parent = nullptr);
    void setData(WorkspaceDataPtr) override {}
};

} // namespace mieruka::gui
