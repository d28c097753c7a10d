// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

#include <QByteArray>

class QComboBox;
class QLineEdit;
class QTableView;

namespace mieruka::gui {

class EvidenceModel;
class LedgerFilter;
class LedgerModel;
class PeersTable;

/// The asset ledger: search, role / vendor / subnet filters, a column chooser (header context
/// menu) and, below, the evidence and the peers of the selected host.
class AssetsView : public WorkspaceView {
    Q_OBJECT
public:
    explicit AssetsView(WorkspaceSelection* selection, QWidget* parent = nullptr);

    void setData(WorkspaceDataPtr data) override;
    /// Exactly the rows and columns shown, in their order, as CSV (UTF-8 with BOM, formula-safe).
    QByteArray shownCsv() const;
    LedgerModel* ledger() const { return m_ledger; }
    LedgerFilter* shown() const { return m_filter; }

private:
    void currentRowChanged();
    void selectHostRow(const QString& hostKey);
    void fillFilterChoices();
    void chooseColumns(const QPoint& position);
    void followSharedFilter();

    WorkspaceDataPtr m_data;
    LedgerModel* m_ledger = nullptr;
    LedgerFilter* m_filter = nullptr;
    QTableView* m_table = nullptr;
    EvidenceModel* m_evidence = nullptr;
    QTableView* m_evidenceView = nullptr;
    PeersTable* m_peers = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_vendor = nullptr;
    QComboBox* m_subnet = nullptr;
};

} // namespace mieruka::gui
