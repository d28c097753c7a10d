// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts_model.h"

#include "alert_text.h"
#include "core/survey/time_text.h"
#include "workspace_data.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace mieruka::gui {

namespace {

QString timeText(std::int64_t ns)
{
    return ns == 0 ? QString()
                   : QString::fromStdString(survey::isoTimeNs(ns)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

/// All addresses a host is known by, so an alert naming its second IP or its MAC still matches.
std::vector<std::string> addressesOf(const survey::LedgerHost& host)
{
    std::vector<std::string> addresses = host.host.ips;
    if (!host.host.mac.empty())
        addresses.push_back(host.host.mac);
    return addresses;
}

} // namespace

AlertsModel::AlertsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertsModel::setSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuildRows();
    endResetModel();
}

void AlertsModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

void AlertsModel::rebuildRows()
{
    m_rows.clear();
    if (!m_snapshot)
        return;
    std::vector<std::string> hostAddresses;
    if (!m_filter.hostKey.isEmpty()) {
        const auto& hosts = m_snapshot->hosts;
        const auto host = std::find_if(hosts.begin(), hosts.end(),
                                       [&](const auto& candidate) { return hostKey(candidate) == m_filter.hostKey; });
        hostAddresses = host == hosts.end() ? std::vector<std::string>{m_filter.hostKey.toStdString()} : addressesOf(*host);
    }
    const auto& alerts = m_snapshot->alerts;
    for (std::size_t i = 0; i < alerts.size(); ++i) {
        const auto& alert = alerts[i];
        if (AlertText::severityRank(alert.severity) < m_filter.minimumSeverity)
            continue;
        if (!m_filter.type.empty() && alert.type != m_filter.type)
            continue;
        if (!hostAddresses.empty() && !matchesHost(alert, hostAddresses))
            continue;
        m_rows.push_back(i);
    }
    // Oldest first: the proxy's sort is stable, so sorting by severity keeps time order within a level.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](std::size_t a, std::size_t b) { return alerts[a].firstNs < alerts[b].firstNs; });
}

bool AlertsModel::matchesHost(const analysis::AlertRecord& alert, const std::vector<std::string>& addresses) const
{
    for (const auto* address : {&alert.src, &alert.dst, &alert.srcMac, &alert.dstMac})
        if (!address->empty() && std::find(addresses.begin(), addresses.end(), *address) != addresses.end())
            return true;
    return false;
}

const analysis::AlertRecord* AlertsModel::alert(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_snapshot->alerts[m_rows[static_cast<std::size_t>(row)]];
}

int AlertsModel::rowOf(std::int64_t alertId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_snapshot->alerts[m_rows[row]].id == alertId)
            return static_cast<int>(row);
    return -1;
}

QString AlertsModel::hostKeyOf(const std::string& address) const
{
    if (!m_snapshot || address.empty())
        return {};
    for (const auto& host : m_snapshot->hosts) {
        const auto addresses = addressesOf(host);
        if (std::find(addresses.begin(), addresses.end(), address) != addresses.end())
            return hostKey(host);
    }
    return {};
}

int AlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QIcon AlertsModel::severityIcon(int rank) const
{
    auto& icon = m_icons[static_cast<std::size_t>(std::clamp(rank, 0, AlertText::kSeverityLevels - 1))];
    if (icon.isNull()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(AlertText::severityColor(rank));
        painter.drawEllipse(1, 1, 10, 10);
        painter.end();
        icon = QIcon(pixmap);
    }
    return icon;
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = *alert(index.row());
    const int rank = AlertText::severityRank(row.severity);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity: return AlertText::severityText(rank);
        case Type: return AlertText::typeText(row.type);
        case FirstSeen: return timeText(row.firstNs);
        case LastSeen: return timeText(row.lastNs);
        case Source: return QString::fromStdString(row.src.empty() ? row.srcMac : row.src);
        case Destination: return QString::fromStdString(row.dst.empty() ? row.dstMac : row.dst);
        case Protocol: return QString::fromStdString(row.protocol);
        case What: return AlertText::what(row);
        case Count: return QVariant::fromValue<qulonglong>(row.count);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Severity: return rank;
        case FirstSeen: return QVariant::fromValue<qlonglong>(row.firstNs);
        case LastSeen: return QVariant::fromValue<qlonglong>(row.lastNs);
        case Count: return QVariant::fromValue<qulonglong>(row.count);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == AlertIdRole)
        return QVariant::fromValue<qlonglong>(row.id);
    if (role == Qt::DecorationRole && index.column() == Severity)
        return severityIcon(rank);
    if (role == Qt::ToolTipRole && index.column() == What) {
        // Tooltips guess rich text; escaping makes packet-derived text show literally.
        const QString text = AlertText::what(row);
        return text.isEmpty() ? QVariant() : QVariant(QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped()
                                                      + QStringLiteral("</p>"));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Type: return tr("Type");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Source: return tr("Source");
    case Destination: return tr("Destination");
    case Protocol: return tr("Protocol");
    case What: return tr("What");
    case Count: return tr("Count");
    default: return {};
    }
}

} // namespace mieruka::gui
