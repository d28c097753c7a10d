// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace_view.h"

namespace mieruka::gui {

WorkspaceView::WorkspaceView(WorkspaceSelection* selection, QWidget* parent) : QWidget(parent), m_selection(selection)
{
}

WorkspaceView::~WorkspaceView() = default;

} // namespace mieruka::gui
