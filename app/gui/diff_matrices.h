// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff_model.h"
#include "workspace_data.h"

#include <QHash>
#include <QWidget>

#include <array>

namespace mieruka::gui {

class MatrixView;
class WorkspaceSelection;

/// Two terminal matrices side by side (before | after), each showing its own period, with the
/// cells of removed and changed hosts outlined on the before side and of added and changed hosts
/// on the after side. Both follow and set the shared selection, as the Matrix page does.
class DiffMatrices : public QWidget {
    Q_OBJECT
public:
    explicit DiffMatrices(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr before, WorkspaceDataPtr after, const QHash<QString, DiffKind>& beforeMarks,
                 const QHash<QString, DiffKind>& afterMarks);
    /// 0: before, 1: after.
    MatrixView* matrix(int side) const { return m_matrices[std::size_t(side)]; }

private:
    std::array<MatrixView*, 2> m_matrices{};
};

} // namespace mieruka::gui
