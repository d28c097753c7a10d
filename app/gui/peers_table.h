// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include <QTableWidget>

namespace mieruka::gui {

/// The hosts one host talks to, with protocols and bytes, busiest first: the second half of
/// "what is this device?" after its evidence.
class PeersTable : public QTableWidget {
    Q_OBJECT
public:
    explicit PeersTable(QWidget* parent = nullptr);

    void showPeersOf(const WorkspaceDataPtr& data, int hostIndex);
};

} // namespace mieruka::gui
