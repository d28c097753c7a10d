// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "alerts_view.h"
#include "assets_view.h"
#include "capture_dialog.h"
#include "diff_view.h"
#include "import_worker.h"
#include "live_capture_bar.h"
#include "map_view.h"
#include "matrix_view.h"
#include "overview_view.h"
#include "rankings_view.h"
#include "report_view.h"
#include "traffic_view.h"
#include "workspace_selection.h"

#include "app/live/live_capture.h"
#include "app/render/truncation_text.h"
#include "core/survey/time_text.h"

#include <QAction>
#include <QCloseEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <QActionGroup>
#include <QSettings>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>
#include <QStackedWidget>

namespace mieruka::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Mieruka"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_selection = new WorkspaceSelection(this);
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_liveBar = new LiveCaptureBar(central);
    m_liveBar->hide();
    outer->addWidget(m_liveBar);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    m_sidebar = new QListWidget(central);
    m_sidebar->setFixedWidth(160);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        // A page hidden while data changed catches up when it is shown.
        if (row >= 0)
            feedView(std::size_t(row));
        m_pages->setCurrentIndex(row);
    });

    addPage(QStringLiteral("overview"), tr("Overview"), new OverviewView(m_selection));
    m_assets = new AssetsView(m_selection);
    addPage(QStringLiteral("assets"), tr("Assets"), m_assets);
    addPage(QStringLiteral("matrix"), tr("Matrix"), new MatrixView(m_selection));
    addPage(QStringLiteral("map"), tr("Map"), new MapView(m_selection));
    addPage(QStringLiteral("traffic"), tr("Traffic"), new TrafficView(m_selection));
    addPage(QStringLiteral("rankings"), tr("Rankings"), new RankingsView(m_selection));
    addPage(QStringLiteral("alerts"), tr("Alerts"), new AlertsView(m_selection));
    addPage(QStringLiteral("diff"), tr("Diff"), new DiffView(m_selection));
    addPage(QStringLiteral("report"), tr("Report"), new ReportView(m_selection));
    showPage(QStringLiteral("overview"));

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_status, 1);
    // A survey that hit its size limits must say so wherever the user is, hence the status bar.
    m_truncated = new QLabel(this);
    m_truncated->setObjectName(QStringLiteral("truncatedBadge"));
    m_truncated->setTextFormat(Qt::PlainText);
    m_truncated->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; padding: 0 6px; }"));
    m_truncated->hide();
    statusBar()->addPermanentWidget(m_truncated);
    createActions();
    updateStatus();
    m_workerThread.start();
}

void MainWindow::addPage(const QString& id, const QString& title, WorkspaceView* view)
{
    m_views.emplace_back(id, view);
    m_sidebar->addItem(title);
    m_pages->addWidget(view);
    connect(view, &WorkspaceView::showPage, this, &MainWindow::showPage);
}

bool MainWindow::showPage(const QString& pageId)
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i].first == pageId) {
            m_sidebar->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

WorkspaceView* MainWindow::page(const QString& pageId) const
{
    for (const auto& [id, view] : m_views)
        if (id == pageId)
            return view;
    return nullptr;
}

MainWindow::~MainWindow()
{
    // A capture still running ends first, while everything it reports to still exists.
    if (m_live) {
        disconnect(m_live, nullptr, this, nullptr);
        delete m_live;
        m_live = nullptr;
    }
    if (m_worker)
        m_worker->requestStop();
    m_workerThread.requestInterruption();
    m_workerThread.quit();
    m_workerThread.wait();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New survey…"), QKeySequence::New, this, [this] { chooseSurvey(true); });
    file->addAction(tr("&Open survey…"), QKeySequence::Open, this, [this] { chooseSurvey(false); });
    m_recentMenu = file->addMenu(tr("&Recent surveys"));
    fillRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Import capture files…"), QKeySequence(tr("Ctrl+I")), this, [this] { chooseCaptures(false); });
    file->addAction(tr("Import capture &folder…"), this, [this] { chooseCaptures(true); });
    file->addAction(tr("Capture &live…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::chooseCapture);
    file->addSeparator();
    file->addAction(tr("Export ledger as &CSV (rows and columns as shown)…"), this, &MainWindow::exportLedgerCsv);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    const std::pair<QString, QString> languages[] = {{QStringLiteral("system"), tr("System language")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("ja"), QStringLiteral("日本語")}};
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    auto* group = new QActionGroup(language);
    for (const auto& [code, label] : languages) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"), tr("The new language applies when Mieruka starts next time."));
        });
    }
}

void MainWindow::chooseSurvey(bool create)
{
    const QString filter = tr("Mieruka surveys (*.mieruka)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New survey"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open survey"), QString(), filter);
    if (!path.isEmpty())
        openSurvey(path.endsWith(QStringLiteral(".mieruka")) ? path : path + QStringLiteral(".mieruka"));
}

void MainWindow::chooseCaptures(bool folder)
{
    if (m_surveyPath.isEmpty()) {
        chooseSurvey(true);
        if (m_surveyPath.isEmpty())
            return;
    }
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import capture folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import capture files"), QString(),
                                              tr("Capture files (*.pcap *.pcapng *.cap *.gz);;All files (*)"));
    }
    if (!paths.isEmpty())
        startImport(paths);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentSurveys")).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSurvey(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openSurvey(const QString& surveyPath, const QStringList& captures)
{
    QStringList recent = QSettings().value(QStringLiteral("recentSurveys")).toStringList();
    recent.removeAll(surveyPath);
    recent.prepend(surveyPath);
    QSettings().setValue(QStringLiteral("recentSurveys"), QStringList(recent.mid(0, 8)));
    fillRecentMenu();
    m_surveyPath = surveyPath;
    setWindowTitle(tr("%1 — Mieruka").arg(QFileInfo(surveyPath).fileName()));
    startImport(captures);
}

void MainWindow::startImport(const QStringList& captures)
{
    if (m_live && !captures.isEmpty()) {
        QMessageBox::information(this, tr("Capture running"), tr("Stop the live capture before importing files."));
        return;
    }
    if (m_worker) {
        QMessageBox::information(this, tr("Import running"), tr("Wait for the running import to finish or cancel it."));
        return;
    }
    auto* worker = new ImportWorker;
    worker->moveToThread(&m_workerThread);
    m_worker = worker;
    connect(worker, &ImportWorker::dataReady, this, &MainWindow::showData);
    connect(worker, &ImportWorker::finished, this, &MainWindow::importFinished);
    connect(worker, &ImportWorker::finished, worker, &QObject::deleteLater);
    connect(&m_workerThread, &QThread::finished, worker, &QObject::deleteLater); // closed before it ran
    if (!captures.isEmpty()) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, this);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(500); // as Wireshark: no flash for short imports
        connect(worker, &ImportWorker::progress, m_progress, [this](int permille, const QString& text) {
            if (!m_progress)
                return;
            m_progress->setValue(permille);
            m_progress->setLabelText(text);
        });
        connect(m_progress, &QProgressDialog::canceled, this, [worker] { worker->requestStop(); });
    }
    QMetaObject::invokeMethod(worker, [worker, survey = m_surveyPath, captures] { worker->run(survey, captures); },
                              Qt::QueuedConnection);
}

void MainWindow::showData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    // While capturing, the survey reloads every second: only the page in view is rebuilt, so a
    // large survey does not freeze the window; the others catch up when shown.
    const int current = m_pages->currentIndex();
    for (std::size_t i = 0; i < m_views.size(); ++i)
        if (!m_live || int(i) == current)
            feedView(i);
    updateStatus();
}

void MainWindow::feedView(std::size_t index)
{
    if (index >= m_views.size())
        return;
    m_viewData.resize(m_views.size());
    if (m_viewData[index] == m_data)
        return;
    m_viewData[index] = m_data;
    m_views[index].second->setData(m_data);
}

void MainWindow::importFinished(const QStringList& problems, bool cancelled)
{
    if (m_progress)
        m_progress->deleteLater();
    if (cancelled)
        statusBar()->showMessage(tr("Import cancelled; everything committed before the cancel is kept."), 8000);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Problems during import"), problems.join(QLatin1Char('\n')),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::exportLedgerCsv()
{
    if (!m_data)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ledger"), QStringLiteral("assets.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_assets->shownCsv()) < 0 || !file.commit()) {
        QMessageBox box(QMessageBox::Critical, tr("Export failed"), tr("%1: %2").arg(path, file.errorString()),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::updateStatus()
{
    const store::TruncationInfo truncation = m_data ? m_data->snapshot.truncation : store::TruncationInfo{};
    m_truncated->setText(render::TruncationText::badge(truncation));
    m_truncated->setToolTip(render::TruncationText::explanation(truncation).toHtmlEscaped());
    m_truncated->setVisible(truncation.any());
    if (!m_data) {
        m_status->setText(tr("No survey open. Use File → New survey, then import capture files (or drop them here)."));
        return;
    }
    const auto& snapshot = m_data->snapshot;
    const auto& totals = snapshot.totals;
    const auto span = [](std::int64_t ns) { return QString::fromStdString(survey::isoTimeNs(ns)).left(19); };
    m_status->setText(tr("%1 | %2 – %3 | %4 frames | %5 hosts | %6 alerts")
                          .arg(QFileInfo(m_surveyPath).fileName(),
                               totals.packets ? span(totals.startNs) : QStringLiteral("-"),
                               totals.packets ? span(totals.endNs) : QStringLiteral("-"))
                          .arg(totals.packets)
                          .arg(snapshot.hosts.size())
                          .arg(snapshot.alerts.size()));
}

live::LiveCapture* MainWindow::liveCapture() const
{
    return m_live;
}

void MainWindow::chooseCapture()
{
    if (m_live)
        return;
    if (m_worker) {
        QMessageBox::information(this, tr("Import running"), tr("Wait for the running import to finish or cancel it."));
        return;
    }
    if (m_surveyPath.isEmpty()) {
        chooseSurvey(true);
        if (m_surveyPath.isEmpty())
            return;
    }
    CaptureDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!startCapture(dialog.settings(), error)) {
        QMessageBox box(QMessageBox::Critical, tr("Capture failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

bool MainWindow::startCapture(live::LiveCaptureSettings settings, QString& error)
{
    if (m_live || m_worker || m_surveyPath.isEmpty()) {
        error = m_surveyPath.isEmpty() ? tr("Open or create a survey first.") : tr("A capture or import is running.");
        return false;
    }
    settings.surveyPath = QFileInfo(m_surveyPath).canonicalFilePath();
    m_live = new live::LiveCapture(this);
    connect(m_live, &live::LiveCapture::surveyCommitted, this, &MainWindow::reloadSurvey);
    connect(m_live, &live::LiveCapture::problem, this, [this](const QString& message, const QString& fix) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Capture problem"),
                                    fix.isEmpty() ? message : tr("%1\n\nFix: %2").arg(message, fix), QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_live, &live::LiveCapture::finished, this,
            [this](bool ok, const ingest::ImportResult& result, const QString& reason) {
                QStringList problems;
                for (const auto& problem : result.problems)
                    problems << QString::fromStdString(problem);
                captureFinished(ok, problems, reason);
            });
    if (!m_live->start(settings, error)) {
        delete m_live;
        m_live = nullptr;
        return false;
    }
    m_liveBar->setInterfaces(settings.interfaces);
    m_liveBar->showTotals(m_live->totals());
    m_liveBar->show();
    auto* ticker = new QTimer(m_live);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (m_live)
            m_liveBar->showTotals(m_live->totals());
    });
    ticker->start(500);
    connect(m_liveBar, &LiveCaptureBar::stopRequested, m_live, [this] {
        m_liveBar->setStopping();
        m_live->stop();
    });
    return true;
}

void MainWindow::captureFinished(bool ok, const QStringList& problems, const QString& stopReason)
{
    const auto totals = m_live->totals();
    m_live->deleteLater();
    m_live = nullptr;
    m_liveBar->hide();
    reloadSurvey();
    statusBar()->showMessage(tr("Capture ended (%1): %2 packets, %3 dropped.")
                                 .arg(stopReason.isEmpty() ? tr("stopped") : stopReason)
                                 .arg(totals.packets)
                                 .arg(totals.kernelDrops + totals.interfaceDrops),
                             15000);
    if (!ok && !problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Problems during capture"), problems.join(QLatin1Char('\n')),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    if (m_closeAfterCapture)
        close();
}

void MainWindow::reloadSurvey()
{
    if (m_surveyPath.isEmpty())
        return;
    if (m_reloading) {
        m_reloadPending = true;
        return;
    }
    m_reloading = true;
    // Loading runs on the worker thread, so the views only pay for redrawing, once a second at most.
    auto* worker = new ImportWorker;
    worker->moveToThread(&m_workerThread);
    connect(worker, &ImportWorker::dataReady, this, &MainWindow::showData);
    connect(worker, &ImportWorker::finished, this, [this] {
        m_reloading = false;
        if (m_reloadPending) {
            m_reloadPending = false;
            reloadSurvey();
        }
    });
    connect(worker, &ImportWorker::finished, worker, &QObject::deleteLater);
    connect(&m_workerThread, &QThread::finished, worker, &QObject::deleteLater); // closed before it ran
    QMetaObject::invokeMethod(worker, [worker, survey = m_surveyPath] { worker->run(survey, {}); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_live) {
        // Closing mid-capture stops it cleanly first: every frame the helper wrote ends up in the survey.
        m_closeAfterCapture = true;
        m_liveBar->setStopping();
        m_live->stop();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    if (m_surveyPath.isEmpty()) {
        chooseSurvey(true);
        if (m_surveyPath.isEmpty())
            return;
    }
    startImport(paths);
}

} // namespace mieruka::gui
