// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_view.h"

#include "diff_map.h"
#include "diff_matrices.h"
#include "diff_side_chooser.h"
#include "diff_table.h"

#include "app/render/diff_export.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace mieruka::gui {

namespace {

bool saveFile(const QString& path, const QByteArray& bytes, QString& error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

DiffView::DiffView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    auto* sides = new QGridLayout;
    const QString labels[] = {tr("&Before:"), tr("&After:")};
    for (int side = 0; side < 2; ++side) {
        m_choosers[std::size_t(side)] = new DiffSideChooser(this);
        m_choosers[std::size_t(side)]->setObjectName(side == 0 ? QStringLiteral("diffBefore") : QStringLiteral("diffAfter"));
        auto* label = new QLabel(labels[side], this);
        label->setBuddy(m_choosers[std::size_t(side)]);
        sides->addWidget(label, side, 0);
        sides->addWidget(m_choosers[std::size_t(side)], side, 1);
    }
    m_compare = new QPushButton(tr("Com&pare"), this);
    m_compare->setObjectName(QStringLiteral("diffCompare"));
    m_define = new QPushButton(tr("Define period from the current time filter…"), this);
    sides->addWidget(m_compare, 0, 2);
    sides->addWidget(m_define, 1, 2);
    sides->setColumnStretch(1, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // re-reading a period has no useful percentage: a busy bar
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status = new QLabel(tr("Choose the two periods to compare, then Compare."), this);
    m_status->setObjectName(QStringLiteral("diffStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusBar = new QHBoxLayout;
    statusBar->addWidget(m_busy);
    statusBar->addWidget(m_status, 1);

    m_table = new DiffTable(selection, this);
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportJson = new QPushButton(tr("Export JSON…"), this);
    m_exportCsv->setEnabled(false);
    m_exportJson->setEnabled(false);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportClicked(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportClicked(true); });
    m_table->addToSearchBar(m_exportCsv);
    m_table->addToSearchBar(m_exportJson);
    m_matrices = new DiffMatrices(selection, this);
    m_map = new DiffMap(selection, this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_matrices, tr("Matrices"));
    tabs->addTab(m_map, tr("Map"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // the table is the answer; the grids show where it sits

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addLayout(statusBar);
    layout->addWidget(splitter, 1);

    connect(m_compare, &QPushButton::clicked, this, &DiffView::compareChosen);
    connect(m_define, &QPushButton::clicked, this, &DiffView::defineClicked);
    setData(nullptr);
}

DiffView::~DiffView()
{
    // A period being read cannot be interrupted; it is bounded by its capture files.
    m_workers.waitForAll();
}

void DiffView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_define->setEnabled(m_data != nullptr);
    // Every load may bring a new import, and so a new period: the list is one short query.
    refreshPeriods();
}

void DiffView::refreshPeriods()
{
    std::vector<store::PeriodRecord> periods;
    QString error;
    if (m_data)
        periods = DiffSideChooser::periodsOf(m_data->surveyPath, error);
    const QString path = m_data ? m_data->surveyPath : QString();
    for (DiffSideChooser* chooser : m_choosers)
        chooser->setOpenSurvey(path, periods);
    // The last two periods are the usual question: what changed since the previous visit?
    if (periods.size() >= 2 && side(0).isEmpty() && side(1).isEmpty()) {
        m_choosers[0]->setSide({path, QString::fromStdString(periods[periods.size() - 2].name)});
        m_choosers[1]->setSide({path, QString::fromStdString(periods.back().name)});
    }
}

DiffSide DiffView::side(int index) const
{
    return m_choosers[std::size_t(index & 1)]->side();
}

MatrixView* DiffView::matrix(int side) const
{
    return m_matrices->matrix(side);
}

void DiffView::compare(const QString& beforeSurvey, const QString& beforePeriod, const QString& afterSurvey,
                       const QString& afterPeriod)
{
    const DiffSide before{beforeSurvey, beforePeriod}, after{afterSurvey, afterPeriod};
    m_choosers[0]->setSide(before);
    m_choosers[1]->setSide(after);
    start(before, after);
}

void DiffView::compareChosen()
{
    const DiffSide before = side(0), after = side(1);
    if (before.isEmpty() || after.isEmpty()) {
        showError(tr("Choose both periods first."));
        return;
    }
    start(before, after);
}

void DiffView::start(const DiffSide& before, const DiffSide& after)
{
    struct Job {
        DiffSide before, after;
        std::shared_ptr<QTemporaryDir> scratch = std::make_shared<QTemporaryDir>();
        DiffResult result;
    };
    auto job = std::make_shared<Job>();
    if (!job->scratch->isValid()) {
        showError(tr("Cannot create a temporary folder: %1").arg(job->scratch->errorString()));
        return;
    }
    job->before = before;
    job->after = after;
    const int generation = ++m_generation;
    m_running = true;
    m_error.clear();
    m_busy->show();
    m_status->setText(tr("Loading…"));
    // The loader lives here, so its progress arrives queued on the UI thread.
    auto* loader = new DiffLoader(this);
    connect(loader, &DiffLoader::progress, this, [this, generation](const QString& text) {
        if (generation == m_generation)
            m_status->setText(text);
    });
    m_workers.start(
        this, [job, loader] { job->result = loader->load(job->before, job->after, job->scratch->path()); },
        [this, job, loader, generation] {
            loader->deleteLater();
            if (generation != m_generation)
                return; // a newer comparison was asked for
            m_scratch = job->scratch;
            showResult(std::move(job->result), job->before, job->after);
        });
}

void DiffView::showResult(DiffResult result, const DiffSide& before, const DiffSide& after)
{
    m_running = false;
    m_busy->hide();
    if (!result.error.isEmpty()) {
        showError(result.error);
        return;
    }
    m_diff = std::move(result.diff);
    m_sides = {before, after};
    m_table->setDiff(m_diff);
    m_exportCsv->setEnabled(true);
    m_exportJson->setEnabled(true);
    const auto beforeMarks = DiffModel::deviceMarks(m_diff, false), afterMarks = DiffModel::deviceMarks(m_diff, true);
    m_matrices->setData(result.before, result.after, beforeMarks, afterMarks);
    // A re-addressed device keeps its place on the map: its new address is drawn where the old one was.
    QHash<QString, QString> moved;
    for (const auto& change : m_diff.devicesChanged)
        if (!change.before.ips.empty() && !change.after.ips.empty() && change.before.ips.front() != change.after.ips.front())
            moved.insert(QString::fromStdString(change.after.ips.front()), QString::fromStdString(change.before.ips.front()));
    m_map->setData(result.before, result.after, beforeMarks, afterMarks, moved);
    const int rows = m_table->model()->rowCount();
    m_status->setText(rows == 0 ? tr("No differences between the two periods.") : tr("%n difference(s).", "", rows));
}

void DiffView::showError(const QString& error)
{
    m_running = false;
    m_busy->hide();
    m_error = error;
    m_status->setText(tr("Cannot compare: %1").arg(error));
}

bool DiffView::waitForComparison(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_running)
            QThread::msleep(2);
    }
    return !m_running && m_map->waitForLayout(int(std::max<qint64>(1, deadline.remainingTime())));
}

bool DiffView::exportCsv(const QString& path, QString& error) const
{
    return saveFile(path, render::DiffExport::csv(m_diff), error);
}

bool DiffView::exportJson(const QString& path, QString& error) const
{
    const render::DiffSides sides{m_sides[0].surveyPath, m_sides[1].surveyPath, m_sides[0].period, m_sides[1].period};
    const QJsonObject json = render::DiffExport::json(m_diff, sides, survey::DiffOptions{});
    return saveFile(path, QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

void DiffView::exportClicked(bool json)
{
    const QString path = json ? QFileDialog::getSaveFileName(this, tr("Export diff as JSON"), QStringLiteral("diff.json"),
                                                             tr("JSON files (*.json)"))
                              : QFileDialog::getSaveFileName(this, tr("Export diff as CSV"), QStringLiteral("diff.csv"),
                                                             tr("CSV files (*.csv)"));
    QString error;
    if (path.isEmpty() || (json ? exportJson(path, error) : exportCsv(path, error)))
        return;
    QMessageBox box(QMessageBox::Critical, tr("Export failed"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool DiffView::definePeriodFromFilter(const QString& name, QString& error)
{
    const WorkspaceSelection::Filter& filter = selection()->filter();
    if (!m_data) {
        error = tr("No survey is open.");
        return false;
    }
    if (filter.fromNs == 0 && filter.toNs == 0) {
        error = tr("Choose a time range first (drag over a chart on the Traffic page).");
        return false;
    }
    if (name.trimmed().isEmpty()) {
        error = tr("Give the period a name.");
        return false;
    }
    const auto& totals = m_data->snapshot.totals;
    try {
        store::SurveyStore survey(QDir::toNativeSeparators(m_data->surveyPath).toStdString(), false);
        survey.definePeriod(name.trimmed().toStdString(), filter.fromNs ? filter.fromNs : totals.startNs,
                            filter.toNs ? filter.toNs : totals.endNs);
    } catch (const std::exception& failure) {
        error = QString::fromStdString(failure.what());
        return false;
    }
    refreshPeriods();
    return true;
}

void DiffView::defineClicked()
{
    QString error;
    // Without a time range there is nothing to name: say so before asking for a name.
    const bool hasRange = selection()->filter().fromNs != 0 || selection()->filter().toNs != 0;
    if (hasRange) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Define period"), tr("Name of the period:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || definePeriodFromFilter(name, error))
            return;
    } else {
        definePeriodFromFilter(QString(), error);
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot define the period"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace mieruka::gui
