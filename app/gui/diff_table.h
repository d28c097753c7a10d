// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff_model.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace mieruka::gui {

class DiffFilter;
class WorkspaceSelection;

/// The Diff page's table: one row per difference with a coloured marker per kind, a checkable
/// filter per kind and a text filter. The current row selects its device (or a communication's
/// two ends) in the shared selection, and a host selected elsewhere becomes the current row.
class DiffTable : public QWidget {
    Q_OBJECT
public:
    explicit DiffTable(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setDiff(const survey::SurveyDiff& diff);
    DiffModel* model() const { return m_model; }
    /// The rows as shown (filtered and sorted).
    DiffFilter* shownRows() const { return m_filter; }
    QTableView* table() const { return m_table; }
    void setKindShown(DiffKind kind, bool shown);
    void setSearchText(const QString& text);
    /// Puts a widget (an export button) at the end of the search bar.
    void addToSearchBar(QWidget* widget);

private:
    void updateKindCounts();
    void currentRowChanged();
    void hostChanged(const QString& hostKey);

    WorkspaceSelection* m_selection;
    DiffModel* m_model = nullptr;
    DiffFilter* m_filter = nullptr;
    QTableView* m_table = nullptr;
    std::array<QCheckBox*, kDiffKindCount> m_kinds{};
    QLineEdit* m_search = nullptr;
    QHBoxLayout* m_searchBar = nullptr;
    bool m_syncing = false;
};

} // namespace mieruka::gui
