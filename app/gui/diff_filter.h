// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff_model.h"

#include <QSortFilterProxyModel>

#include <array>

namespace mieruka::gui {

/// The Diff page's filter: the kinds ticked in its bar, and a text anywhere in the row.
class DiffFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiffFilter(QObject* parent = nullptr);

    void setKindShown(DiffKind kind, bool shown);
    bool isKindShown(DiffKind kind) const { return m_shown[std::size_t(kind)]; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::array<bool, kDiffKindCount> m_shown;
};

} // namespace mieruka::gui
