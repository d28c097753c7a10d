// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "evidence_model.h"
#include "import_worker.h"
#include "ledger_model.h"
#include "plain_text_delegate.h"

#include "app/render/ledger_csv.h"
#include "core/survey/time_text.h"

#include <QAction>
#include <QActionGroup>
#include <QSettings>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace mieruka::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Mieruka"));
    setAcceptDrops(true);
    resize(1200, 760);

    m_ledger = new LedgerModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_ledger);
    m_filter->setSortRole(LedgerModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search IP, MAC, vendor, protocol…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(central);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    // Below the ledger: the evidence of the selected host, so "why does it say this?" is one click.
    m_evidence = new EvidenceModel(this);
    m_evidenceView = new QTableView(central);
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setItemDelegate(new PlainTextDelegate(m_evidenceView));
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->horizontalHeader()->setStretchLastSection(true);
    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(m_table);
    splitter->addWidget(m_evidenceView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(m_search);
    layout->addWidget(splitter);
    setCentralWidget(central);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showEvidenceOfCurrentHost);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_status, 1);
    createActions();
    updateStatus();
    m_workerThread.start();
}

MainWindow::~MainWindow()
{
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
    file->addSeparator();
    file->addAction(tr("&Import capture files…"), QKeySequence(tr("Ctrl+I")), this, [this] { chooseCaptures(false); });
    file->addAction(tr("Import capture &folder…"), this, [this] { chooseCaptures(true); });
    file->addSeparator();
    file->addAction(tr("Export ledger as &CSV…"), this, &MainWindow::exportLedgerCsv);
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

void MainWindow::openSurvey(const QString& surveyPath, const QStringList& captures)
{
    m_surveyPath = surveyPath;
    setWindowTitle(tr("%1 — Mieruka").arg(QFileInfo(surveyPath).fileName()));
    startImport(captures);
}

void MainWindow::startImport(const QStringList& captures)
{
    if (m_worker) {
        QMessageBox::information(this, tr("Import running"), tr("Wait for the running import to finish or cancel it."));
        return;
    }
    auto* worker = new ImportWorker;
    worker->moveToThread(&m_workerThread);
    m_worker = worker;
    connect(worker, &ImportWorker::snapshotReady, this, &MainWindow::showSnapshot);
    connect(worker, &ImportWorker::finished, this, &MainWindow::importFinished);
    connect(worker, &ImportWorker::finished, worker, &QObject::deleteLater);
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

void MainWindow::showSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot)
{
    m_snapshot = snapshot;
    m_evidence->setHost(nullptr, -1);
    m_ledger->setSnapshot(std::move(snapshot));
    m_table->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::showEvidenceOfCurrentHost()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_evidence->setHost(m_snapshot, current.isValid() ? current.row() : -1);
    m_evidenceView->resizeColumnsToContents();
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
    if (!m_snapshot)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ledger"), QStringLiteral("assets.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(render::LedgerCsv::build(*m_snapshot)) < 0 || !file.commit()) {
        QMessageBox box(QMessageBox::Critical, tr("Export failed"), tr("%1: %2").arg(path, file.errorString()),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::updateStatus()
{
    if (!m_snapshot) {
        m_status->setText(tr("No survey open. Use File → New survey, then import capture files (or drop them here)."));
        return;
    }
    const auto& totals = m_snapshot->totals;
    const auto span = [](std::int64_t ns) { return QString::fromStdString(survey::isoTimeNs(ns)).left(19); };
    m_status->setText(tr("%1 | %2 – %3 | %4 frames | %5 hosts")
                          .arg(QFileInfo(m_surveyPath).fileName(),
                               totals.packets ? span(totals.startNs) : QStringLiteral("-"),
                               totals.packets ? span(totals.endNs) : QStringLiteral("-"))
                          .arg(totals.packets)
                          .arg(m_snapshot->hosts.size()));
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
