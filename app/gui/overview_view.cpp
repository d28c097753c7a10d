// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_view.h"

#include "alert_text.h"
#include "core/survey/time_text.h"
#include "ledger_model.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

namespace mieruka::gui {

namespace {

constexpr std::size_t kTopCount = 5;

OverviewView::Summary::Counts sortedCounts(const std::map<std::string, int>& counts, std::size_t limit = SIZE_MAX)
{
    OverviewView::Summary::Counts sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (sorted.size() > limit)
        sorted.resize(limit);
    return sorted;
}

QString osFamilyText(const std::string& family)
{
    if (family == "windows")
        return QStringLiteral("Windows");
    if (family == "linux")
        return QStringLiteral("Linux");
    if (family == "macos")
        return QStringLiteral("macOS");
    if (family == "bsd")
        return QStringLiteral("BSD");
    if (family == "embedded")
        return OverviewView::tr("Embedded");
    if (family == "rtos")
        return OverviewView::tr("Real-time OS");
    return OverviewView::tr("Unknown");
}

QString timeText(std::int64_t ns)
{
    return QString::fromStdString(survey::isoTimeNs(ns)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString durationText(std::int64_t ns)
{
    const std::int64_t seconds = std::max<std::int64_t>(0, ns / 1'000'000'000);
    if (seconds >= 86400)
        return OverviewView::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    if (seconds >= 3600)
        return OverviewView::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds >= 60)
        return OverviewView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return OverviewView::tr("%1 s").arg(seconds);
}

QString hostKeyOf(const survey::SurveySnapshot& snapshot, const std::string& address)
{
    for (const auto& host : snapshot.hosts)
        if (host.host.mac == address || std::find(host.host.ips.begin(), host.host.ips.end(), address) != host.host.ips.end())
            return hostKey(host);
    return {};
}

QGroupBox* tile(QWidget* parent, const QString& title)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setSpacing(2);
    return box;
}

void addLine(QWidget* tileWidget, QWidget* line)
{
    static_cast<QVBoxLayout*>(tileWidget->layout())->addWidget(line);
}

QLabel* plainLabel(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

OverviewView::Summary OverviewView::Summary::of(const survey::SurveySnapshot& snapshot)
{
    Summary summary;
    std::map<std::string, int> roles, vendors, families, protocols;
    for (const auto& host : snapshot.hosts) {
        ++summary.hosts;
        ++roles[host.role];
        if (!host.vendor.empty())
            ++vendors[host.vendor];
        ++families[host.os.family];
        summary.eolHosts += host.os.eol ? 1 : 0;
        std::set<std::string> spoken(host.otServer.begin(), host.otServer.end());
        spoken.insert(host.otClient.begin(), host.otClient.end());
        for (const auto& protocol : spoken)
            ++protocols[protocol];
    }
    summary.roles = sortedCounts(roles);
    summary.vendors = sortedCounts(vendors, kTopCount);
    summary.osFamilies = sortedCounts(families);
    summary.otProtocols = sortedCounts(protocols);

    const auto& alerts = snapshot.alerts;
    summary.alerts = static_cast<int>(alerts.size());
    std::vector<std::size_t> order(alerts.size());
    for (std::size_t i = 0; i < alerts.size(); ++i) {
        order[i] = i;
        ++summary.alertsBySeverity[static_cast<std::size_t>(AlertText::severityRank(alerts[i].severity))];
    }
    // Most severe first; within a level the earliest, as the table does.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const int rankA = AlertText::severityRank(alerts[a].severity), rankB = AlertText::severityRank(alerts[b].severity);
        return rankA != rankB ? rankA > rankB : alerts[a].firstNs < alerts[b].firstNs;
    });
    order.resize(std::min(order.size(), kTopCount));
    summary.topAlerts = std::move(order);

    summary.startNs = snapshot.totals.startNs;
    summary.endNs = snapshot.totals.endNs;
    summary.frames = snapshot.totals.packets;
    summary.captures = static_cast<int>(snapshot.captures.size());
    return summary;
}

OverviewView::OverviewView(WorkspaceSelection* selection, QWidget* parent) : WorkspaceView(selection, parent)
{
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    rebuild();
}

void OverviewView::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_summary = m_data ? Summary::of(m_data->snapshot) : Summary();
    rebuild();
}

QString OverviewView::findingText(const analysis::AlertRecord& alert)
{
    static const QString dash = QStringLiteral(" \u2013 ");
    QString text = AlertText::severityText(alert.severity) + dash + AlertText::typeText(alert.type);
    const QString source = QString::fromStdString(alert.src.empty() ? alert.srcMac : alert.src);
    const QString destination = QString::fromStdString(alert.dst.empty() ? alert.dstMac : alert.dst);
    if (!source.isEmpty() || !destination.isEmpty())
        text += dash + (destination.isEmpty() ? source : source + QStringLiteral(" \u2192 ") + destination);
    const QString what = AlertText::what(alert);
    if (!what.isEmpty())
        text += dash + what;
    return text;
}

void OverviewView::rebuild()
{
    delete m_scroll->takeWidget(); // not called from the old buttons' own signals
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    if (!m_data) {
        grid->addWidget(plainLabel(content, tr("No survey is open.")), 0, 0);
    } else {
        // Lines start at the top of each tile, whatever the height of its row.
        const auto place = [grid](QWidget* box, int row, int column, int columnSpan = 1) {
            static_cast<QVBoxLayout*>(box->layout())->addStretch();
            grid->addWidget(box, row, column, 1, columnSpan);
        };
        place(hostsTile(content), 0, 0);
        place(vendorsTile(content), 0, 1);
        place(osTile(content), 0, 2);
        place(protocolsTile(content), 1, 0);
        place(alertsTile(content), 1, 1);
        place(capturesTile(content), 1, 2);
        place(findingsTile(content), 2, 0, 3);
        for (int column = 0; column < 3; ++column)
            grid->setColumnStretch(column, 1);
    }
    grid->setRowStretch(grid->rowCount(), 1);
    m_scroll->setWidget(content);
}

QPushButton* OverviewView::link(QWidget* parent, const QString& name, const QString& text, const QString& pageId,
                                const QString& hostKey)
{
    // A button's text is never rich text, but '&' marks a shortcut: doubled, names such as "AT&T" stay whole.
    auto* button = new QPushButton(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")), parent);
    button->setObjectName(name);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; color: palette(link); border: none; padding: 1px; }"));
    connect(button, &QPushButton::clicked, this, [this, pageId, hostKey] {
        if (!hostKey.isEmpty())
            selection()->selectHost(hostKey);
        emit showPage(pageId);
    });
    return button;
}

QWidget* OverviewView::hostsTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Hosts"));
    auto* total = link(box, QStringLiteral("tile:hosts"), tr("%n host(s)", nullptr, m_summary.hosts), QStringLiteral("assets"));
    QFont font = total->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    total->setFont(font);
    addLine(box, total);
    for (const auto& [role, count] : m_summary.roles)
        addLine(box, link(box, QStringLiteral("tile:role:") + QString::fromStdString(role),
                          tr("%1: %2").arg(LedgerModel::roleText(role), QString::number(count)), QStringLiteral("assets")));
    return box;
}

QWidget* OverviewView::vendorsTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Vendors (top 5)"));
    if (m_summary.vendors.empty())
        addLine(box, plainLabel(box, tr("No vendor known.")));
    for (std::size_t i = 0; i < m_summary.vendors.size(); ++i) {
        const auto& [vendor, count] = m_summary.vendors[i];
        addLine(box, link(box, QStringLiteral("tile:vendor:%1").arg(i),
                          tr("%1: %2").arg(QString::fromStdString(vendor), QString::number(count)), QStringLiteral("assets")));
    }
    return box;
}

QWidget* OverviewView::osTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Operating systems"));
    for (const auto& [family, count] : m_summary.osFamilies)
        addLine(box, link(box, QStringLiteral("tile:os:") + QString::fromStdString(family),
                          tr("%1: %2").arg(osFamilyText(family), QString::number(count)), QStringLiteral("assets")));
    addLine(box, link(box, QStringLiteral("tile:eol"), tr("%n host(s) with an end-of-life OS", nullptr, m_summary.eolHosts),
                      QStringLiteral("assets")));
    return box;
}

QWidget* OverviewView::protocolsTile(QWidget* parent)
{
    auto* box = tile(parent, tr("OT protocols"));
    if (m_summary.otProtocols.empty())
        addLine(box, plainLabel(box, tr("No industrial protocol seen.")));
    for (std::size_t i = 0; i < m_summary.otProtocols.size(); ++i) {
        const auto& [protocol, count] = m_summary.otProtocols[i];
        addLine(box, link(box, QStringLiteral("tile:protocol:%1").arg(i),
                          tr("%1: %n host(s)", nullptr, count).arg(QString::fromStdString(protocol)),
                          QStringLiteral("matrix")));
    }
    return box;
}

QWidget* OverviewView::alertsTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Alerts"));
    addLine(box, link(box, QStringLiteral("tile:alerts"), tr("%n alert(s)", nullptr, m_summary.alerts), QStringLiteral("alerts")));
    for (int rank = AlertText::kSeverityLevels - 1; rank >= 0; --rank) {
        auto* line = link(box, QStringLiteral("tile:severity:%1").arg(rank),
                          tr("%1: %2").arg(AlertText::severityText(rank),
                                           QString::number(m_summary.alertsBySeverity[static_cast<std::size_t>(rank)])),
                          QStringLiteral("alerts"));
        QPixmap marker(10, 10);
        marker.fill(AlertText::severityColor(rank));
        line->setIcon(QIcon(marker));
        addLine(box, line);
    }
    const auto& detection = m_data->snapshot.detection;
    if (!detection.ran)
        addLine(box, plainLabel(box, tr("Detection has not run on this survey.")));
    else if (detection.learningTooShort)
        addLine(box, plainLabel(box, tr("The learning period was too short: new and unusual traffic was not judged.")));
    return box;
}

QWidget* OverviewView::capturesTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Captures"));
    const QLocale locale;
    if (m_summary.endNs > m_summary.startNs)
        addLine(box, link(box, QStringLiteral("tile:timespan"),
                          tr("%1 \u2013 %2 (%3)")
                              .arg(timeText(m_summary.startNs), timeText(m_summary.endNs),
                                   durationText(m_summary.endNs - m_summary.startNs)),
                          QStringLiteral("traffic")));
    addLine(box, link(box, QStringLiteral("tile:frames"),
                      tr("%1 frames in %n capture file(s)", nullptr, m_summary.captures)
                          .arg(locale.toString(static_cast<qulonglong>(m_summary.frames))),
                      QStringLiteral("traffic")));
    return box;
}

QWidget* OverviewView::findingsTile(QWidget* parent)
{
    auto* box = tile(parent, tr("Top findings"));
    if (m_summary.topAlerts.empty())
        addLine(box, plainLabel(box, tr("No alerts.")));
    const auto& snapshot = m_data->snapshot;
    for (std::size_t i = 0; i < m_summary.topAlerts.size(); ++i) {
        const auto& alert = snapshot.alerts[m_summary.topAlerts[i]];
        QString host = hostKeyOf(snapshot, alert.src);
        if (host.isEmpty())
            host = hostKeyOf(snapshot, alert.srcMac);
        auto* line = link(box, QStringLiteral("tile:finding:%1").arg(i), findingText(alert), QStringLiteral("alerts"), host);
        QPixmap marker(10, 10);
        marker.fill(AlertText::severityColor(AlertText::severityRank(alert.severity)));
        line->setIcon(QIcon(marker));
        addLine(box, line);
    }
    return box;
}

} // namespace mieruka::gui
