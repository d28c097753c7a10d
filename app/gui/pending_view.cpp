// SPDX-License-Identifier: GPL-3.0-or-later
#include "pending_view.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mieruka::gui {

PendingView::PendingView(const QString& message, WorkspaceSelection* selection, QWidget* parent)
    : WorkspaceView(selection, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(message, this);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    layout->addWidget(label);
}

} // namespace mieruka::gui
