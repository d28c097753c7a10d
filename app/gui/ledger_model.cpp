// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger_model.h"

#include "core/net/ip_address.h"
#include "core/survey/time_text.h"

#include <QStringList>

namespace mieruka::gui {

namespace {

QString joined(const std::vector<std::string>& values, const QString& separator)
{
    QStringList parts;
    for (const auto& value : values)
        parts << QString::fromStdString(value);
    return parts.join(separator);
}

QString timeText(std::int64_t ns, bool present)
{
    return present ? QString::fromStdString(survey::isoTimeNs(ns)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))
                   : QString();
}

/// Numeric order (192.168.1.2 before 192.168.1.20), IPv4 before IPv6, hosts without IP last.
QString ipSortKey(const std::vector<std::string>& ips)
{
    if (ips.empty())
        return QStringLiteral("~");
    const auto address = net::IpAddress::parse(ips.front());
    if (!address)
        return QString::fromStdString(ips.front());
    QString key = address->isV4() ? QStringLiteral("4") : QStringLiteral("6");
    for (auto octet : address->octets())
        key += QStringLiteral("%1").arg(octet, 2, 16, QLatin1Char('0'));
    return key;
}

} // namespace

QString LedgerModel::roleText(const std::string& role)
{
    // Core speaks stable ids; people read these words.
    if (role == "plc")
        return tr("PLC / controller");
    if (role == "hmi")
        return tr("HMI");
    if (role == "engineering_workstation")
        return tr("Engineering workstation");
    if (role == "historian")
        return tr("Historian");
    if (role == "scada_server")
        return tr("SCADA server");
    if (role == "windows_pc")
        return tr("Windows PC");
    if (role == "windows_server")
        return tr("Windows server");
    if (role == "linux_server")
        return tr("Linux server");
    if (role == "network_device")
        return tr("Network device");
    if (role == "printer")
        return tr("Printer");
    if (role == "iot")
        return tr("IoT device / camera");
    return tr("Unknown");
}

LedgerModel::LedgerModel(QObject* parent) : QAbstractTableModel(parent) {}

void LedgerModel::setSnapshot(std::shared_ptr<const survey::SurveySnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->hosts.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_snapshot)
        return {};
    const auto& row = m_snapshot->hosts[static_cast<std::size_t>(index.row())];
    const bool sent = row.host.firstSeenNs != 0 || row.host.lastSeenNs != 0;
    if (role == Qt::ToolTipRole) {
        // Tooltips guess rich text; escaping makes packet-derived text show literally.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped()
                                                      + QStringLiteral("</p>"));
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Ip: return joined(row.host.ips, QStringLiteral(", "));
        case Mac: return QString::fromStdString(row.host.mac);
        case Vendor: return QString::fromStdString(row.vendor);
        case Hostname: return QString::fromStdString(row.hostname);
        case Os:
            return row.os.eol ? tr("%1 (end of life)").arg(QString::fromStdString(row.os.name))
                              : QString::fromStdString(row.os.name);
        case Role: return roleText(row.role);
        case Model: return QString::fromStdString(row.model);
        case Firmware: return QString::fromStdString(row.firmware);
        case Serial: return QString::fromStdString(row.serial);
        case Protocols: return joined(row.protocols, QStringLiteral(", "));
        case Ports: {
            QStringList ports;
            for (int port : row.serverPorts)
                ports << QString::number(port);
            return ports.join(QStringLiteral(", "));
        }
        case FirstSeen: return timeText(row.host.firstSeenNs, sent);
        case LastSeen: return timeText(row.host.lastSeenNs, sent);
        case Packets: return QVariant::fromValue<qulonglong>(row.host.packets);
        case Bytes: return QVariant::fromValue<qulonglong>(row.host.bytes);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Packets: return QVariant::fromValue<qulonglong>(row.host.packets);
        case Bytes: return QVariant::fromValue<qulonglong>(row.host.bytes);
        case FirstSeen: return QVariant::fromValue<qlonglong>(row.host.firstSeenNs);
        case LastSeen: return QVariant::fromValue<qlonglong>(row.host.lastSeenNs);
        case Ip: return ipSortKey(row.host.ips);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == RoleIdRole)
        return QString::fromStdString(row.role);
    if (role == SubnetsRole) { // the /24s (or /64s) of its addresses, for the subnet filter
        QStringList subnets;
        for (const auto& ip : row.host.ips) {
            const QString text = QString::fromStdString(ip);
            const int cut = text.contains(u':') ? -1 : text.lastIndexOf(u'.');
            if (cut > 0)
                subnets << text.left(cut) + QStringLiteral(".0/24");
        }
        return subnets;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Packets || index.column() == Bytes))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ip: return tr("IP address");
    case Mac: return tr("MAC address");
    case Vendor: return tr("Vendor");
    case Hostname: return tr("Host name");
    case Os: return tr("OS");
    case Role: return tr("Role");
    case Model: return tr("Model");
    case Firmware: return tr("Firmware");
    case Serial: return tr("Serial number");
    case Protocols: return tr("Protocols");
    case Ports: return tr("Ports");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Packets: return tr("Frames");
    case Bytes: return tr("Bytes");
    default: return {};
    }
}

} // namespace mieruka::gui
