// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_view.h"

#include "report_options_panel.h"

#include "core/store/survey_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QThread>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mieruka::gui {

namespace {

constexpr int kPreviewDpi = 60; // an A4 page about 500 pixels wide: readable headings, quick to draw

} // namespace

ReportView::ReportView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_options = new ReportOptionsPanel(this);
    m_update = new QPushButton(tr("&Update preview"), this);
    m_update->setObjectName(QStringLiteral("reportUpdate"));
    m_export = new QPushButton(tr("&Export PDF…"), this);
    m_export->setObjectName(QStringLiteral("reportExport"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addWidget(m_export);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the renderer reports no steps: a busy bar
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextFormat(Qt::PlainText); // errors quote paths and survey names
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_options);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_busy);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);

    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(QStringLiteral("reportPageCount"));
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("reportPages"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setMovement(QListView::Static);
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setWrapping(true);
    m_pages->setSpacing(12);
    m_pages->setSelectionMode(QAbstractItemView::NoSelection);
    QPalette palette = m_pages->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Mid)); // white pages stand out, as in a PDF reader
    m_pages->setPalette(palette);
    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_pageCount);
    previewLayout->addWidget(m_pages, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(sideScroll);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_update, &QPushButton::clicked, this, &ReportView::updatePreview);
    connect(m_export, &QPushButton::clicked, this, &ReportView::exportClicked);
    connect(m_options, &ReportOptionsPanel::changed, this, [this] {
        if (!m_running && m_pages->count() > 0)
            setStatus(tr("The options changed: update the preview to see them."));
    });
    setData(nullptr);
}

ReportView::~ReportView()
{
    // Drawing a report cannot be interrupted; it is bounded by the survey's size.
    m_workers.waitForAll();
}

void ReportView::setData(WorkspaceDataPtr data)
{
    const bool otherSurvey = !data || !m_data || data->surveyPath != m_data->surveyPath;
    m_data = std::move(data);
    ++m_generation; // a job still running drew the previous load
    if (otherSurvey) {
        m_pages->clear();
        m_pageCount->clear();
        m_options->setCompareWith(QString());
        loadParties();
        setStatus(m_data ? tr("Choose the options, then update the preview or export the PDF.")
                         : tr("Open a survey to write its report."));
    }
    m_update->setEnabled(m_data && !m_running);
    m_export->setEnabled(m_data && !m_running);
}

void ReportView::loadParties()
{
    // Only when another survey is opened: a reload after an import keeps what was typed.
    survey::ReportParties parties;
    if (m_data) {
        try {
            store::SurveyStore survey(QDir::toNativeSeparators(m_data->surveyPath).toStdString(), false);
            parties = {survey.meta("report.site").value_or(std::string()),
                       survey.meta("report.customer").value_or(std::string()),
                       survey.meta("report.consultant").value_or(std::string())};
        } catch (const std::exception&) {
            // Empty fields: the export says why the survey cannot be written.
        }
    }
    m_options->setParties(parties);
}

bool ReportView::prepare(ReportRequest& request)
{
    m_error.clear();
    if (m_running)
        m_error = tr("The report is still being drawn.");
    else if (!m_data)
        m_error = tr("No survey is open.");
    else if (!m_options->hasSections())
        m_error = tr("Choose at least one section.");
    if (!m_error.isEmpty()) {
        setStatus(m_error);
        return false;
    }
    request.data = m_data;
    request.parties = m_options->parties();
    request.options = m_options->options();
    request.compareWith = m_options->compareWith();
    request.settings.language = m_options->language();

    // The renderer takes its words from the installed translators; another language than the
    // window's goes on top of them until the job ends.
    m_reportTranslator.reset();
    if (request.settings.language != ReportOptionsPanel::uiLanguage()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/mieruka_%1.qm").arg(request.settings.language))) {
            QCoreApplication::installTranslator(translator.get());
            m_reportTranslator = std::move(translator);
        }
    }
    return true;
}

void ReportView::run(std::function<void()> work, std::function<void()> done)
{
    const int generation = ++m_generation;
    m_running = true;
    m_update->setEnabled(false);
    m_export->setEnabled(false);
    m_busy->show();
    m_workers.start(this, std::move(work), [this, generation, done = std::move(done)] { finish(generation == m_generation, done); });
}

void ReportView::finish(bool current, const std::function<void()>& done)
{
    m_reportTranslator.reset(); // uninstalls itself
    m_running = false;
    m_busy->hide();
    m_update->setEnabled(m_data != nullptr);
    m_export->setEnabled(m_data != nullptr);
    if (current)
        done();
    else
        setStatus(tr("The survey changed while the report was drawn: try again."));
}

void ReportView::updatePreview()
{
    ReportRequest request;
    if (!prepare(request))
        return;
    setStatus(tr("Drawing the preview…"));
    auto result = std::make_shared<ReportJob::Preview>();
    run([request, result] { *result = ReportJob::preview(request, kPreviewDpi); },
        [this, result] {
            m_pages->clear();
            m_error = result->error;
            if (!m_error.isEmpty()) {
                m_pageCount->clear();
                setStatus(tr("Cannot draw the preview: %1").arg(m_error));
                return;
            }
            m_pages->setIconSize(result->pages.front().size());
            for (qsizetype page = 0; page < result->pages.size(); ++page)
                new QListWidgetItem(QIcon(QPixmap::fromImage(result->pages.at(page))), tr("Page %1").arg(page + 1), m_pages);
            m_pageCount->setText(tr("%n page(s)", "", int(result->pages.size())));
            setStatus(tr("Preview updated."));
        });
}

void ReportView::exportTo(const QString& path)
{
    ReportRequest request;
    if (!prepare(request))
        return;
    setStatus(tr("Writing %1…").arg(path));
    auto error = std::make_shared<QString>();
    const bool askedByDialog = std::exchange(m_askedByDialog, false);
    run([request, path, error] { *error = ReportJob::exportPdf(request, path); },
        [this, path, error, askedByDialog] {
            m_error = *error;
            if (m_error.isEmpty()) {
                setStatus(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
                return;
            }
            setStatus(tr("Export failed: %1").arg(m_error));
            if (askedByDialog) {
                QMessageBox box(QMessageBox::Critical, tr("Export failed"), m_error, QMessageBox::Ok, this);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            }
        });
}

void ReportView::exportClicked()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export report as PDF"), defaultExportPath(),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    m_askedByDialog = true;
    exportTo(path);
}

QString ReportView::defaultExportPath() const
{
    if (!m_data)
        return QStringLiteral("report.pdf");
    const QFileInfo survey(m_data->surveyPath);
    return survey.dir().filePath(survey.completeBaseName() + QStringLiteral("-report.pdf"));
}

int ReportView::pageCount() const
{
    return m_pages->count();
}

QString ReportView::statusText() const
{
    return m_status->text();
}

void ReportView::setStatus(const QString& text)
{
    m_status->setText(text);
}

bool ReportView::waitForJob(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_running)
            QThread::msleep(2);
    }
    return !m_running;
}

} // namespace mieruka::gui
