// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts_view.h"

#include "alert_text.h"
#include "alerts_model.h"
#include "capture/source/alert_packet_export.h"
#include "core/survey/time_text.h"
#include "plain_text_delegate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace mieruka::gui {

namespace {

QString fullTime(std::int64_t ns)
{
    return ns == 0 ? QString() : QString::fromStdString(survey::isoTimeNs(ns));
}

/// Quotes a path for the platform's shell only when needed, so the copied command runs as is.
QString shellQuoted(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(text).hasMatch())
        return text;
#ifdef Q_OS_WIN
    return QLatin1Char('"') + text + QLatin1Char('"');
#else
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
#endif
}

QString withMac(const std::string& address, const std::string& mac)
{
    if (address.empty() || address == mac)
        return QString::fromStdString(mac);
    return mac.empty() ? QString::fromStdString(address)
                       : QStringLiteral("%1 (%2)").arg(QString::fromStdString(address), QString::fromStdString(mac));
}

std::string native(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

/// One export, shared by the worker thread (which fills `result`) and the view (which reads it
/// once the thread has finished).
struct ExportJob {
    QString survey;
    qint64 alertId = 0;
    QString path;
    capture::AlertPacketExport::Result result;

    void run()
    {
        capture::AlertPacketExport::Options options;
        options.output = native(path);
        result = capture::AlertPacketExport(native(survey), alertId, options).run();
    }
};

/// What the message box says after an export: the count, then every note and problem (each names
/// its file). The lines from the export itself are English, as the CLI prints them.
QString exportReport(const capture::AlertPacketExport::Result& result, const QString& path)
{
    QString text = result.written
                       ? AlertsView::tr("%n frame(s) written to %1.", nullptr, int(result.framesWritten)).arg(path)
                       : AlertsView::tr("No pcap file was written.");
    text += QLatin1Char('\n') + AlertsView::tr("%n capture file(s) read.", nullptr, int(result.filesRead)) + QLatin1Char('\n');
    const auto section = [&text](const QString& title, const std::vector<std::string>& lines) {
        if (lines.empty())
            return;
        text += QLatin1Char('\n') + title + QLatin1Char('\n');
        for (const auto& line : lines)
            text += QStringLiteral("\u2022 ") + QString::fromStdString(line) + QLatin1Char('\n');
    };
    section(AlertsView::tr("Problems:"), result.errors());
    section(AlertsView::tr("Notes:"), result.notes());
    return text;
}

} // namespace

AlertsView::AlertsView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_model = new AlertsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("minimumSeverity"));
    for (int rank = 0; rank < AlertText::kSeverityLevels; ++rank) {
        QPixmap marker(12, 12);
        marker.fill(AlertText::severityColor(rank));
        m_severity->addItem(QIcon(marker), AlertText::severityText(rank), rank);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("alertType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setPlaceholderText(tr("Search address, protocol, rule…"));
    m_search->setClearButtonEnabled(true);
    m_onlyHost = new QCheckBox(tr("Only the selected host"), this);
    m_onlyHost->setObjectName(QStringLiteral("onlySelectedHost"));

    auto* filters = new QHBoxLayout;
    auto* severityLabel = new QLabel(tr("Minimum severity:"), this);
    severityLabel->setBuddy(m_severity);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_type);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyHost);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertsModel::Severity, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(AlertsModel::What, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    // The details are a plain-text editor: field values come from packets and must never render.
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an alert to see its details."));
    m_copy = new QPushButton(tr("Copy command"), this);
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    m_copy->setToolTip(tr("Copies the command that exports this alert's frames as a pcap file"));
    m_copy->setEnabled(false);
    m_export = new QPushButton(tr("Export packets for Wireshark…"), this);
    m_export->setObjectName(QStringLiteral("exportPackets"));
    m_export->setToolTip(tr("Writes this alert's frames, read again from the survey's capture files, to a pcap file"));
    m_export->setEnabled(false);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportStatus, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_copy);
    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_onlyHost, &QCheckBox::toggled, this, &AlertsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command); });
    connect(m_export, &QPushButton::clicked, this, &AlertsView::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::currentRowChanged);
    connect(selection, &WorkspaceSelection::hostChanged, this, &AlertsView::hostChanged);
}

AlertsView::~AlertsView()
{
    if (m_exportWorker) {
        m_exportWorker->wait();
        delete m_exportWorker.data();
        QGuiApplication::restoreOverrideCursor();
    }
}

void AlertsView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_currentId = -1;
    m_model->setSnapshot(snapshotOf(m_data));
    fillTypes();
    applyFilter();
    m_table->resizeColumnsToContents();
}

void AlertsView::fillTypes()
{
    // Only the types this survey has, with their counts: an empty choice would only mislead.
    const QString previous = m_type->currentData().toString();
    std::map<std::string, int> counts;
    if (m_data)
        for (const auto& alert : m_data->snapshot.alerts)
            ++counts[alert.type];
    std::vector<std::pair<QString, QString>> items;
    for (const auto& [type, count] : counts)
        items.emplace_back(tr("%1 (%2)").arg(AlertText::typeText(type), QString::number(count)), QString::fromStdString(type));
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const auto& [text, type] : items)
        m_type->addItem(text, type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(previous)));
}

void AlertsView::applyFilter()
{
    AlertsModel::Filter filter;
    filter.minimumSeverity = m_severity->currentData().toInt();
    filter.type = m_type->currentData().toString().toStdString();
    filter.hostKey = m_onlyHost->isChecked() ? selection()->host() : QString();
    // A reset forgets the current row; keep showing the same alert when it is still listed. Restoring
    // it is no new pick, so it must not move the shared selection (which may have caused this).
    const std::int64_t kept = m_currentId;
    m_restoring = true;
    m_model->setFilter(filter);
    const int row = m_model->rowOf(kept);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (shown.isValid()) {
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
    }
    m_restoring = false;
    showCurrent();
}

void AlertsView::hostChanged()
{
    if (m_onlyHost->isChecked())
        applyFilter();
}

bool AlertsView::showAlert(std::int64_t alertId)
{
    if (!m_data)
        return false;
    const auto& alerts = m_data->snapshot.alerts;
    if (std::none_of(alerts.begin(), alerts.end(), [&](const auto& alert) { return alert.id == alertId; }))
        return false;
    m_currentId = alertId;
    if (m_model->rowOf(alertId) < 0) {
        const QSignalBlocker severityBlocker(m_severity), typeBlocker(m_type), hostBlocker(m_onlyHost);
        m_severity->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_onlyHost->setChecked(false);
    }
    m_search->clear();
    applyFilter();
    selectSourceHost();
    return true;
}

void AlertsView::currentRowChanged()
{
    showCurrent();
    if (!m_restoring)
        selectSourceHost();
}

const analysis::AlertRecord* AlertsView::currentAlert() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() && m_data ? m_model->alert(current.row()) : nullptr;
}

void AlertsView::showCurrent()
{
    const analysis::AlertRecord* alert = currentAlert();
    if (!alert) {
        m_currentId = -1;
        m_command.clear();
        m_details->clear();
        m_copy->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    m_currentId = alert->id;
    m_command = exportCommand(m_data->surveyPath, alert->id);
    m_details->setPlainText(detailsText(*m_data, *alert));
    m_copy->setEnabled(true);
    m_export->setEnabled(!m_exportWorker && !m_data->surveyPath.isEmpty());
}

bool AlertsView::exportPackets(qint64 alertId, const QString& path, QString* report)
{
    ExportJob job;
    job.survey = m_data ? m_data->surveyPath : QString();
    job.alertId = alertId;
    job.path = path;
    job.run();
    if (report)
        *report = exportReport(job.result, path);
    return job.result.ok;
}

void AlertsView::chooseExportFile()
{
    const analysis::AlertRecord* alert = currentAlert();
    if (!alert || !m_data || m_exportWorker)
        return;
    const qint64 alertId = alert->id;
    const QString suggested = QDir(QFileInfo(m_data->surveyPath).absolutePath()).filePath(QStringLiteral("alert-%1.pcap").arg(alertId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export packets for Wireshark"), suggested,
                                                      tr("pcap files (*.pcap);;All files (*)"));
    if (!path.isEmpty())
        startExport(alertId, path);
}

bool AlertsView::startExport(qint64 alertId, const QString& path)
{
    if (!m_data || m_exportWorker)
        return false;
    auto job = std::make_shared<ExportJob>();
    job->survey = m_data->surveyPath;
    job->alertId = alertId;
    job->path = path;
    // The thread only fills job->result; the report is built here once it has finished.
    QThread* worker = QThread::create([job] { job->run(); });
    connect(worker, &QThread::finished, this, [this, job] {
        exportDone(job->result.ok, exportReport(job->result, job->path));
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_exportWorker = worker;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Exporting the frames of alert %1…").arg(alertId));
    m_exportStatus->show();
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    worker->start();
    return true;
}

void AlertsView::exportDone(bool ok, const QString& report)
{
    m_exportWorker = nullptr;
    QGuiApplication::restoreOverrideCursor();
    m_exportStatus->hide();
    m_export->setEnabled(currentAlert() != nullptr && m_data && !m_data->surveyPath.isEmpty());
    emit exportFinished(ok, report);
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export packets for Wireshark"),
                                report, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // file names and addresses come from the survey
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AlertsView::selectSourceHost()
{
    const analysis::AlertRecord* alert = currentAlert();
    if (!alert)
        return;
    QString source = m_model->hostKeyOf(alert->src);
    if (source.isEmpty())
        source = m_model->hostKeyOf(alert->srcMac);
    if (!source.isEmpty())
        selection()->selectHost(source);
}

QString AlertsView::detailsText() const
{
    return m_details->toPlainText();
}

QString AlertsView::exportCommand(const QString& surveyPath, std::int64_t alertId)
{
    // Multi-arg form: a "%2" inside the path must stay as it is.
    return QStringLiteral("mieruka-cli export-packets %1 --alert %2 -o alert-%2.pcap")
        .arg(shellQuoted(surveyPath.isEmpty() ? QStringLiteral("SURVEY") : surveyPath), QString::number(alertId));
}

QString AlertsView::detailsText(const WorkspaceData& data, const analysis::AlertRecord& alert)
{
    const auto line = [](const QString& name, const QString& value) {
        return value.isEmpty() ? QString() : name + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    QString text = AlertText::typeText(alert.type) + QStringLiteral(" \u2013 ") + AlertText::severityText(alert.severity)
                   + QLatin1Char('\n');
    text += line(tr("Alert id"), QString::number(alert.id));
    text += line(tr("Type"), QString::fromStdString(alert.type));
    text += line(tr("What"), AlertText::what(alert));
    text += line(tr("Rule"), QString::fromStdString(alert.rule));
    text += line(tr("Source"), withMac(alert.src, alert.srcMac));
    text += line(tr("Destination"), withMac(alert.dst, alert.dstMac));
    text += line(tr("Protocol"), QString::fromStdString(alert.protocol));
    text += line(tr("Count"), QString::number(alert.count));
    text += line(tr("First seen"), fullTime(alert.firstNs));
    text += line(tr("Last seen"), fullTime(alert.lastNs));
    if (!alert.fields.empty()) {
        text += QLatin1Char('\n') + tr("Fields:") + QLatin1Char('\n');
        for (const auto& [key, value] : alert.fields)
            text += QStringLiteral("  ") + QString::fromStdString(key) + QStringLiteral(": ") + QString::fromStdString(value)
                    + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    const auto& captures = data.snapshot.captures;
    const auto capture = std::find_if(captures.begin(), captures.end(),
                                      [&](const auto& record) { return record.id == alert.captureId; });
    if (alert.packetNumber == 0)
        text += tr("No single frame is the evidence of this alert.") + QLatin1Char('\n');
    else if (capture == captures.end())
        text += tr("Evidence frame: packet %1 (capture file unknown)").arg(alert.packetNumber) + QLatin1Char('\n');
    else
        text += tr("Evidence frame: packet %1 of %2")
                    .arg(QString::number(alert.packetNumber), QString::fromStdString(capture->path))
                + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("To open the frames in Wireshark, export them with:") + QLatin1Char('\n');
    text += QStringLiteral("  ") + exportCommand(data.surveyPath, alert.id) + QLatin1Char('\n');
    return text;
}

} // namespace mieruka::gui
