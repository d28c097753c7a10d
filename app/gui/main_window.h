// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QSortFilterProxyModel;
class QTableView;

namespace mieruka::gui {

class EvidenceModel;
class ImportWorker;
class LedgerModel;

/// The assessment workspace: one survey file, its asset ledger, import with progress and cancel.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating if needed) a survey and imports `captures` into it in the background.
    void openSurvey(const QString& surveyPath, const QStringList& captures = {});

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void chooseSurvey(bool create);
    void chooseCaptures(bool folder);
    void startImport(const QStringList& captures);
    void showSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot);
    void importFinished(const QStringList& problems, bool cancelled);
    void exportLedgerCsv();
    void updateStatus();
    void showEvidenceOfCurrentHost();

    QString m_surveyPath;
    std::shared_ptr<const survey::SurveySnapshot> m_snapshot;
    LedgerModel* m_ledger = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    EvidenceModel* m_evidence = nullptr;
    QTableView* m_evidenceView = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QThread m_workerThread;
    QPointer<ImportWorker> m_worker;
    QPointer<QProgressDialog> m_progress;
};

} // namespace mieruka::gui
