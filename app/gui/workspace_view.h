// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"
#include "workspace_selection.h"

#include <QWidget>

namespace mieruka::gui {

/// A page of the workspace (Overview, Assets, Matrix, …). It reads the survey only through
/// WorkspaceData and follows the shared selection and filter; it never decodes packets.
class WorkspaceView : public QWidget {
    Q_OBJECT
public:
    WorkspaceView(WorkspaceSelection* selection, QWidget* parent = nullptr);
    ~WorkspaceView() override;

    /// A new load of the survey (after opening it or after an import); null: no survey.
    virtual void setData(WorkspaceDataPtr data) = 0;

signals:
    /// Asks the window to show another page (an Overview number links into its view).
    void showPage(const QString& pageId);

protected:
    WorkspaceSelection* selection() const { return m_selection; }

private:
    WorkspaceSelection* m_selection;
};

} // namespace mieruka::gui
