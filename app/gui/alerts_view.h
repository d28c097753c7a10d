// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_view.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace mieruka::gui {

class AlertsModel;

/// The detections: a filterable table of incidents, most severe first, and below it every fact of
/// the selected one, with a button that exports its frames for Wireshark (on a worker thread)
/// and the equivalent command.
class AlertsView : public WorkspaceView {
    Q_OBJECT
public:
    explicit AlertsView(WorkspaceSelection* selection, QWidget* parent = nullptr);
    /// Waits for a running export, which cannot be interrupted.
    ~AlertsView() override;

    void setData(WorkspaceDataPtr data) override;

    AlertsModel* alerts() const { return m_model; }
    /// The alerts as shown (filtered and sorted).
    QSortFilterProxyModel* shownAlerts() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    /// Shows the alert with this id (clearing the filters that hide it); false when it is unknown.
    bool showAlert(std::int64_t alertId);
    /// The details pane's text; empty when no alert is selected.
    QString detailsText() const;
    /// The export command for the selected alert; empty when none is selected.
    QString exportCommand() const { return m_command; }

    /// The words and the export command for one alert (also what the details pane shows).
    static QString detailsText(const WorkspaceData& data, const analysis::AlertRecord& alert);
    static QString exportCommand(const QString& surveyPath, std::int64_t alertId);

    /// Writes the frames of alert `alertId` of the loaded survey to the pcap file `path`, blocking
    /// the calling thread (the button runs the same export on a worker). `report`, when given,
    /// receives the text the button shows afterwards. True when the file was written and nothing
    /// went wrong.
    bool exportPackets(qint64 alertId, const QString& path, QString* report);
    /// What the button does once the file is chosen: runs the export on a worker thread, then
    /// emits exportFinished() and shows the report in a message box. False (nothing started)
    /// while another export runs or no survey is loaded.
    bool startExport(qint64 alertId, const QString& path);
    /// The button that exports the selected alert's frames.
    QPushButton* exportButton() const { return m_export; }

signals:
    /// A worker export started by the button is done; `report` is what the message box shows.
    void exportFinished(bool ok, const QString& report);

private:
    void fillTypes();
    void applyFilter();
    void currentRowChanged();
    const analysis::AlertRecord* currentAlert() const;
    /// Fills the details pane from the current row.
    void showCurrent();
    /// The user picked an alert: its source becomes the selected host when it is a ledger host.
    void selectSourceHost();
    void hostChanged();
    /// Asks for the output file and starts the export of the selected alert on a worker thread.
    void chooseExportFile();
    void exportDone(bool ok, const QString& report);

    WorkspaceDataPtr m_data;
    AlertsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyHost = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_exportStatus = nullptr;
    QPointer<QThread> m_exportWorker; ///< the running export, if any
    QString m_command;
    std::int64_t m_currentId = -1; ///< kept across filter changes, which reset the model
    bool m_restoring = false;      ///< re-selecting the current alert after a filter change
};

} // namespace mieruka::gui
