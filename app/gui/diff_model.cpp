// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_model.h"

#include "alert_text.h"
#include "ledger_model.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace mieruka::gui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

/// IP + MAC + hostname, the three things an engineer looks a device up by.
QString deviceText(const survey::DeviceRef& device)
{
    QStringList ips;
    for (const auto& ip : device.ips)
        ips << text(ip);
    QStringList parts;
    if (!ips.isEmpty())
        parts << ips.join(QStringLiteral(", "));
    if (!device.mac.empty())
        parts << (ips.isEmpty() ? text(device.mac) : QStringLiteral("(%1)").arg(text(device.mac)));
    if (!device.hostname.empty())
        parts << text(device.hostname);
    return parts.join(QLatin1Char(' '));
}

QString endpointText(const std::string& address, const survey::DeviceRef& device)
{
    return device.hostname.empty() ? text(address) : QStringLiteral("%1 %2").arg(text(address), text(device.hostname));
}

QString endpointsText(const survey::CommunicationRef& communication)
{
    return QStringLiteral("%1 → %2").arg(endpointText(communication.clientAddress, communication.client),
                                         endpointText(communication.serverAddress, communication.server));
}

QString protocolText(const survey::CommunicationRef& communication)
{
    return communication.port > 0 ? QStringLiteral("%1/%2").arg(text(communication.protocol)).arg(communication.port)
                                  : text(communication.protocol);
}

QString volumeText(const survey::CommunicationRef& communication)
{
    return DiffModel::tr("%n packet(s), %1", "", int(std::min<std::uint64_t>(communication.packets, INT_MAX)))
        .arg(QLocale().formattedDataSize(qint64(communication.bytes)));
}

/// Roles are ids; every other attribute is shown as the survey states it.
QString valueText(const std::string& attribute, const std::string& value)
{
    return attribute == "role" && !value.empty() ? LedgerModel::roleText(value) : text(value);
}

QString deviceDetail(const survey::DeviceRef& device)
{
    QStringList parts;
    if (!device.role.empty())
        parts << LedgerModel::roleText(device.role);
    if (!device.vendor.empty())
        parts << text(device.vendor);
    return parts.join(QStringLiteral(", "));
}

QString matchText(const std::string& how)
{
    if (how == "mac")
        return DiffModel::tr("Matched by MAC address");
    if (how == "ip")
        return DiffModel::tr("Matched by IP address");
    return DiffModel::tr("Matched by IP address and identity (new network card?)");
}

QString communicationKey(const std::string& address, const survey::DeviceRef& device)
{
    const QString key = DiffModel::deviceKey(device);
    return key.isEmpty() ? text(address) : key;
}

} // namespace

DiffModel::DiffModel(QObject* parent) : QAbstractTableModel(parent) {}

QString DiffModel::deviceKey(const survey::DeviceRef& device)
{
    return text(device.ips.empty() ? device.mac : device.ips.front());
}

QHash<QString, DiffKind> DiffModel::deviceMarks(const survey::SurveyDiff& diff, bool afterSide)
{
    QHash<QString, DiffKind> marks;
    for (const auto& device : afterSide ? diff.devicesAdded : diff.devicesRemoved)
        marks.insert(deviceKey(device), afterSide ? DiffKind::DeviceAdded : DiffKind::DeviceRemoved);
    for (const auto& change : diff.devicesChanged)
        marks.insert(deviceKey(afterSide ? change.after : change.before), DiffKind::DeviceChanged);
    return marks;
}

void DiffModel::setDiff(const survey::SurveyDiff& diff)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& device : diff.devicesAdded)
        m_rows.push_back({DiffKind::DeviceAdded, deviceText(device), {}, {}, {}, deviceDetail(device), deviceKey(device), {}});
    for (const auto& device : diff.devicesRemoved)
        m_rows.push_back({DiffKind::DeviceRemoved, deviceText(device), {}, {}, {}, deviceDetail(device), deviceKey(device), {}});
    for (const auto& change : diff.devicesChanged) {
        for (const auto& item : change.changes)
            m_rows.push_back({DiffKind::DeviceChanged, deviceText(change.after), attributeText(item.attribute),
                              valueText(item.attribute, item.oldValue), valueText(item.attribute, item.newValue),
                              matchText(change.matchedBy), deviceKey(change.after), {}});
    }
    for (const auto& item : diff.communicationsAdded)
        m_rows.push_back({DiffKind::CommunicationAdded, endpointsText(item), {}, {}, volumeText(item), protocolText(item),
                          communicationKey(item.clientAddress, item.client), communicationKey(item.serverAddress, item.server)});
    for (const auto& item : diff.communicationsRemoved)
        m_rows.push_back({DiffKind::CommunicationRemoved, endpointsText(item), {}, volumeText(item), {}, protocolText(item),
                          communicationKey(item.clientAddress, item.client), communicationKey(item.serverAddress, item.server)});
    for (const auto& item : diff.communicationsChanged) {
        const QString factor = QLocale().toString(item.factor, 'f', item.factor < 10 ? 1 : 0);
        m_rows.push_back({DiffKind::VolumeChanged, endpointsText(item.after), tr("Bytes per hour"), volumeText(item.before),
                          volumeText(item.after), tr("×%1, %2").arg(factor, protocolText(item.after)),
                          communicationKey(item.after.clientAddress, item.after.client),
                          communicationKey(item.after.serverAddress, item.after.server)});
    }
    for (const auto& alert : diff.alertsNew) {
        const QString subject = alert.dst.empty() ? text(alert.src)
                                                  : QStringLiteral("%1 → %2").arg(text(alert.src), text(alert.dst));
        m_rows.push_back({DiffKind::NewAlert, subject, AlertText::typeText(alert.type), {}, AlertText::what(alert),
                          AlertText::severityText(alert.severity), text(alert.src), text(alert.dst)});
    }
    endResetModel();
}

int DiffModel::count(DiffKind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [kind](const Row& row) { return row.kind == kind; }));
}

QString DiffModel::kindText(DiffKind kind)
{
    switch (kind) {
    case DiffKind::DeviceAdded: return tr("Device added");
    case DiffKind::DeviceRemoved: return tr("Device removed");
    case DiffKind::DeviceChanged: return tr("Device changed");
    case DiffKind::CommunicationAdded: return tr("Communication added");
    case DiffKind::CommunicationRemoved: return tr("Communication removed");
    case DiffKind::VolumeChanged: return tr("Volume changed");
    case DiffKind::NewAlert: return tr("New alert");
    }
    return {};
}

QColor DiffModel::kindColour(DiffKind kind)
{
    // Green for what appeared, red for what went, orange for what changed: the same on the
    // matrices and the map, so a row and its cell read alike.
    switch (kind) {
    case DiffKind::DeviceAdded: return QColor(0x2e, 0x9e, 0x44);
    case DiffKind::DeviceRemoved: return QColor(0xc0, 0x39, 0x2b);
    case DiffKind::DeviceChanged: return QColor(0xe6, 0x7e, 0x22);
    case DiffKind::CommunicationAdded: return QColor(0x8f, 0xd1, 0x9e);
    case DiffKind::CommunicationRemoved: return QColor(0xe8, 0x9a, 0x92);
    case DiffKind::VolumeChanged: return QColor(0xf1, 0xc4, 0x0f);
    case DiffKind::NewAlert: return QColor(0x8e, 0x44, 0xad);
    }
    return Qt::gray;
}

QString DiffModel::attributeText(const std::string& attribute)
{
    static const std::pair<const char*, const char*> words[] = {
        {"ips", QT_TR_NOOP("IP addresses")},     {"mac", QT_TR_NOOP("MAC address")},
        {"hostname", QT_TR_NOOP("Host name")},   {"vendor", QT_TR_NOOP("Vendor")},
        {"os", QT_TR_NOOP("OS")},                {"eol", QT_TR_NOOP("End of life")},
        {"role", QT_TR_NOOP("Role")},            {"model", QT_TR_NOOP("Model")},
        {"firmware", QT_TR_NOOP("Firmware")},    {"serial", QT_TR_NOOP("Serial number")},
        {"ot_protocols", QT_TR_NOOP("OT protocols")}, {"server_ports", QT_TR_NOOP("Server ports")},
        {"client_ports", QT_TR_NOOP("Client ports")},
    };
    for (const auto& [id, word] : words)
        if (attribute == id)
            return tr(word);
    return text(attribute); // a newer core's attribute: its id beats nothing
}

int DiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case KindRole: return int(row.kind);
    case HostRole: return row.host;
    case PeerRole: return row.peer;
    case Qt::DecorationRole: return index.column() == KindColumn ? QVariant(kindColour(row.kind)) : QVariant();
    case SortRole:
        if (index.column() == KindColumn)
            return int(row.kind);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindText(row.kind);
        case SubjectColumn: return row.subject;
        case AttributeColumn: return row.attribute;
        case BeforeColumn: return row.before;
        case AfterColumn: return row.after;
        case DetailColumn: return row.detail;
        }
        return {};
    default: return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Device or endpoints");
    case AttributeColumn: return tr("Attribute");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

} // namespace mieruka::gui
