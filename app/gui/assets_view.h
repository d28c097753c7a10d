// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mieruka::gui {

class EvidenceModel;
class LedgerModel;

/// The asset ledger with text search and, below it, the evidence of the selected host.
class AssetsView : public WorkspaceView {
    Q_OBJECT
public:
    explicit AssetsView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;
    /// The ledger as shown (filtered and sorted), for the CSV export.
    QSortFilterProxyModel* shownLedger() const { return m_filter; }
    LedgerModel* ledger() const { return m_ledger; }

private:
    void currentRowChanged();
    void selectHostRow(const QString& hostKey);

    WorkspaceDataPtr m_data;
    LedgerModel* m_ledger = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    EvidenceModel* m_evidence = nullptr;
    QTableView* m_evidenceView = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace mieruka::gui
