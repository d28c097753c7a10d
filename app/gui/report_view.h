// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_workers.h"

#include "report_job.h"
#include "workspace_view.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
class QTranslator;

namespace mieruka::gui {

class ReportOptionsPanel;

/// The Report page: the report's options, a preview of its pages and the PDF export. Building and
/// drawing the report run on a worker, one job at a time, with a busy bar meanwhile.
class ReportView : public WorkspaceView {
    Q_OBJECT
public:
    explicit ReportView(WorkspaceSelection* selection, QWidget* parent = nullptr);
    ~ReportView() override;

    void setData(WorkspaceDataPtr data) override;

    ReportOptionsPanel* optionsPanel() const { return m_options; }

    /// Renders the pages in the background (the Update preview button).
    void updatePreview();
    /// Stores the site, customer and consultant in the survey and writes the PDF in the background,
    /// without asking anything (the Export button asks for the path, then calls this).
    void exportTo(const QString& path);
    /// Runs the event loop until the running job has finished; false on timeout.
    bool waitForJob(int ms);
    bool isBusy() const { return m_running; }

    /// The pages of the last preview.
    int pageCount() const;
    /// The last job's problem (plain text), or empty.
    QString errorText() const { return m_error; }
    /// The line under the buttons: what the page is doing or did last (plain text).
    QString statusText() const;
    /// `<survey>-report.pdf` next to the survey.
    QString defaultExportPath() const;

private:
    bool prepare(ReportRequest& request);
    void run(std::function<void()> work, std::function<void()> done);
    void finish(bool current, const std::function<void()>& done);
    void setStatus(const QString& text);
    void exportClicked();
    void loadParties();

    WorkspaceDataPtr m_data;
    ReportOptionsPanel* m_options = nullptr;
    QPushButton* m_update = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_pageCount = nullptr;
    QListWidget* m_pages = nullptr;

    std::unique_ptr<QTranslator> m_reportTranslator; ///< the report language's words, while a job runs
    QString m_error;
    bool m_askedByDialog = false; ///< the running export came from the button: a failure gets a message box
    bool m_running = false;
    int m_generation = 0;
    BackgroundWorkers m_workers;
};

} // namespace mieruka::gui
