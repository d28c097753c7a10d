// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace_data.h"

#include "app/live/live_capture_settings.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <memory>

class QLabel;
class QMenu;
class QListWidget;
class QProgressDialog;
class QStackedWidget;

namespace mieruka::live {
class LiveCapture;
}

namespace mieruka::gui {

class AssetsView;
class ImportWorker;
class LiveCaptureBar;
class WorkspaceSelection;
class WorkspaceView;

/// The assessment workspace: one survey file, its pages (Overview, Assets, Matrix, Map,
/// Traffic, Rankings, Alerts, Diff, Report) sharing one selection and filter,
/// import with progress and cancel.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating if needed) a survey and imports `captures` into it in the background.
    void openSurvey(const QString& surveyPath, const QStringList& captures = {});
    /// Shows a page by id ("overview", "assets", "matrix", "map", "traffic", "rankings",
    /// "alerts", "diff", "report"); false for an unknown id.
    bool showPage(const QString& pageId);
    WorkspaceSelection* selection() const { return m_selection; }
    WorkspaceView* page(const QString& pageId) const;
    /// Starts capturing live into the open survey (none open: false); the capture dialog's
    /// choice, or a script's. False with `error` set when the helper cannot start.
    bool startCapture(live::LiveCaptureSettings settings, QString& error);
    /// The running live capture, or nullptr.
    live::LiveCapture* liveCapture() const;
    LiveCaptureBar* liveCaptureBar() const { return m_liveBar; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void chooseSurvey(bool create);
    void chooseCaptures(bool folder);
    void startImport(const QStringList& captures);
    void addPage(const QString& id, const QString& title, WorkspaceView* view);
    void fillRecentMenu();
    void showData(WorkspaceDataPtr data);
    void feedView(std::size_t index);
    void importFinished(const QStringList& problems, bool cancelled);
    void exportLedgerCsv();
    void updateStatus();
    void chooseCapture();
    void captureFinished(bool ok, const QStringList& problems, const QString& stopReason);
    void reloadSurvey();

    QString m_surveyPath;
    WorkspaceDataPtr m_data;
    WorkspaceSelection* m_selection = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<std::pair<QString, WorkspaceView*>> m_views;
    std::vector<WorkspaceDataPtr> m_viewData; ///< the load each view shows now
    AssetsView* m_assets = nullptr;
    QLabel* m_truncated = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_recentMenu = nullptr;
    QThread m_workerThread;
    QPointer<ImportWorker> m_worker;
    QPointer<QProgressDialog> m_progress;
    live::LiveCapture* m_live = nullptr;
    LiveCaptureBar* m_liveBar = nullptr;
    bool m_reloading = false;
    bool m_reloadPending = false;
    bool m_closeAfterCapture = false;
};

} // namespace mieruka::gui
