// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrix_model.h"

#include "core/detect/alert_type.h"

#include "ledger_model.h"

#include <QMap>

#include <algorithm>
#include <unordered_map>

namespace mieruka::gui {

namespace {

/// Splits "a.b.c.d" into the /24 prefix and the last octet; false for IPv6 and anything odd.
bool splitIpv4(const std::string& address, QString& prefix, int& octet)
{
    const QStringList parts = QString::fromStdString(address).split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    std::array<int, 4> value{};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        value[std::size_t(i)] = parts[i].toInt(&ok);
        if (!ok || parts[i].isEmpty() || value[std::size_t(i)] < 0 || value[std::size_t(i)] > 255)
            return false;
    }
    prefix = QStringLiteral("%1.%2.%3").arg(value[0]).arg(value[1]).arg(value[2]);
    octet = value[3];
    return true;
}

/// Sort key that orders /24s numerically rather than as text.
quint32 prefixOrder(const QString& prefix)
{
    quint32 order = 0;
    for (const QString& part : prefix.split(QLatin1Char('.')))
        order = (order << 8) | part.toUInt();
    return order;
}

// 0 for no alert (or an unknown severity), then info = 1 … critical = 5.
int severityRankOf(const std::string& severity)
{
    const auto known = detect::severityFromName(severity);
    return known ? static_cast<int>(*known) + 1 : 0;
}

} // namespace

void MatrixModel::setData(WorkspaceDataPtr data)
{
    m_data = std::move(data);
    m_subnets.clear();
    m_hostByKey.clear();
    m_severity.clear();
    m_newDevice.clear();
    m_ipv6Only = m_noIp = 0;
    if (!m_data)
        return;
    const auto& hosts = m_data->snapshot.hosts;
    m_severity.assign(hosts.size(), 0);
    m_newDevice.assign(hosts.size(), false);

    QMap<quint32, Subnet> byPrefix;
    std::unordered_map<std::string, int> hostByAddress; // IPs and MACs, for matching alerts
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        const int index = int(i);
        const auto& record = hosts[i].host;
        m_hostByKey.insert(hostKey(hosts[i]), index);
        if (!record.mac.empty())
            hostByAddress.emplace(record.mac, index);
        bool onGrid = false;
        for (const std::string& ip : record.ips) {
            hostByAddress.emplace(ip, index);
            QString prefix;
            int octet = 0;
            if (!splitIpv4(ip, prefix, octet))
                continue;
            Subnet& subnet = byPrefix[prefixOrder(prefix)];
            if (subnet.prefix.isEmpty()) {
                subnet.prefix = prefix;
                subnet.cells.fill(-1);
            }
            // Two hosts claiming one address: the first keeps the cell (the ledger shows both).
            if (subnet.cells[std::size_t(octet)] < 0)
                subnet.cells[std::size_t(octet)] = index;
            onGrid = true;
        }
        if (!onGrid)
            ++(record.ips.empty() ? m_noIp : m_ipv6Only);
    }
    for (Subnet& subnet : byPrefix) {
        std::vector<int> seen(subnet.cells.begin(), subnet.cells.end());
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        subnet.hostCount = int(std::count_if(seen.begin(), seen.end(), [](int h) { return h >= 0; }));
        m_subnets.push_back(subnet);
    }

    for (const auto& alert : m_data->snapshot.alerts) {
        const int rank = severityRankOf(alert.severity);
        for (const std::string* address : {&alert.src, &alert.dst, &alert.srcMac, &alert.dstMac}) {
            const auto it = hostByAddress.find(*address);
            if (address->empty() || it == hostByAddress.end())
                continue;
            const std::size_t index = std::size_t(it->second);
            m_severity[index] = std::max(m_severity[index], rank);
            // The new device is the alert's source; its peers are not new.
            if (alert.type == "new_device" && (address == &alert.src || address == &alert.srcMac))
                m_newDevice[index] = true;
        }
    }
}

int MatrixModel::subnetOfHost(const QString& key) const
{
    const auto* record = host(m_hostByKey.value(key, -1));
    if (!record)
        return -1;
    for (const std::string& ip : record->host.ips) {
        QString prefix;
        int octet = 0;
        if (!splitIpv4(ip, prefix, octet))
            continue;
        for (std::size_t i = 0; i < m_subnets.size(); ++i) {
            if (m_subnets[i].prefix == prefix)
                return int(i);
        }
    }
    return -1;
}

const survey::LedgerHost* MatrixModel::host(int hostIndex) const
{
    if (!m_data || hostIndex < 0 || std::size_t(hostIndex) >= m_data->snapshot.hosts.size())
        return nullptr;
    return &m_data->snapshot.hosts[std::size_t(hostIndex)];
}

QString MatrixModel::hostKeyOf(int hostIndex) const
{
    const auto* record = host(hostIndex);
    return record ? hostKey(*record) : QString();
}

bool MatrixModel::isNewDevice(int hostIndex) const
{
    return host(hostIndex) && m_newDevice[std::size_t(hostIndex)];
}

bool MatrixModel::isEol(int hostIndex) const
{
    const auto* record = host(hostIndex);
    return record && record->os.eol;
}

int MatrixModel::severityRank(int hostIndex) const
{
    return host(hostIndex) ? m_severity[std::size_t(hostIndex)] : 0;
}

std::pair<QString, QString> MatrixModel::category(int hostIndex, ColourBy by) const
{
    const auto* record = host(hostIndex);
    if (!record)
        return {};
    switch (by) {
    case ColourBy::Vendor:
        if (record->vendor.empty())
            return {QString(), tr("Unknown vendor")};
        return {QString::fromStdString(record->vendor), QString::fromStdString(record->vendor)};
    case ColourBy::OsFamily: {
        // Core speaks family ids; a family added later still shows, under its id.
        const std::string& family = record->os.family;
        const QString key = QString::fromStdString(family);
        if (family.empty() || family == "unknown")
            return {QString(), tr("Unknown OS")};
        if (family == "windows")
            return {key, tr("Windows")};
        if (family == "linux")
            return {key, tr("Linux")};
        if (family == "macos")
            return {key, tr("macOS")};
        if (family == "bsd")
            return {key, tr("BSD")};
        if (family == "embedded")
            return {key, tr("Embedded")};
        if (family == "rtos")
            return {key, tr("RTOS")};
        return {key, key};
    }
    case ColourBy::Role:
        if (record->role.empty() || record->role == "unknown")
            return {QString(), LedgerModel::roleText(record->role)};
        return {QString::fromStdString(record->role), LedgerModel::roleText(record->role)};
    case ColourBy::AlertState:
        switch (m_severity[std::size_t(hostIndex)]) {
        case 1: return {QStringLiteral("info"), tr("Info alerts")};
        case 2: return {QStringLiteral("low"), tr("Low alerts")};
        case 3: return {QStringLiteral("medium"), tr("Medium alerts")};
        case 4: return {QStringLiteral("high"), tr("High alerts")};
        case 5: return {QStringLiteral("critical"), tr("Critical alerts")};
        default: return {QStringLiteral("none"), tr("No alerts")};
        }
    }
    return {};
}

MatrixLegend MatrixModel::legend(int subnet, ColourBy by) const
{
    MatrixLegend legend;
    // Severities read as a scale (calm to alarming), so they do not take hashed colours.
    legend.setFixedColour(QStringLiteral("none"), QColor::fromRgb(0xa6d49f));
    legend.setFixedColour(QStringLiteral("info"), QColor::fromRgb(0x4e79a7));
    legend.setFixedColour(QStringLiteral("low"), QColor::fromRgb(0xedc948));
    legend.setFixedColour(QStringLiteral("medium"), QColor::fromRgb(0xf28e2b));
    legend.setFixedColour(QStringLiteral("high"), QColor::fromRgb(0xe15759));
    legend.setFixedColour(QStringLiteral("critical"), QColor::fromRgb(0x8b1a1a));
    if (subnet >= 0 && std::size_t(subnet) < m_subnets.size()) {
        for (const int hostIndex : m_subnets[std::size_t(subnet)].cells) {
            if (hostIndex < 0)
                continue;
            const auto [key, label] = category(hostIndex, by);
            legend.add(key, label);
        }
    }
    legend.finish(tr("Other"));
    return legend;
}

QString MatrixModel::toolTip(int hostIndex, const QString& address) const
{
    const auto* record = host(hostIndex);
    if (!record)
        return {};
    // One .arg() per line: packet text never passes through a second substitution.
    QStringList lines;
    lines << tr("IP: %1").arg(address);
    lines << tr("MAC: %1").arg(record->host.mac.empty() ? tr("none seen")
                                                        : QString::fromStdString(record->host.mac));
    lines << tr("Vendor: %1").arg(record->vendor.empty() ? tr("unknown") : QString::fromStdString(record->vendor));
    if (!record->hostname.empty())
        lines << tr("Hostname: %1").arg(QString::fromStdString(record->hostname));
    const QString os = record->os.name.empty() ? category(hostIndex, ColourBy::OsFamily).second
                                               : QString::fromStdString(record->os.name);
    lines << tr("OS: %1").arg(os);
    if (record->os.eol)
        lines << tr("End of life: %1")
                     .arg(record->os.eolDate.empty() ? tr("yes") : QString::fromStdString(record->os.eolDate));
    lines << tr("Role: %1").arg(LedgerModel::roleText(record->role));
    if (isNewDevice(hostIndex))
        lines << tr("New device since the baseline");
    if (severityRank(hostIndex) > 0)
        lines << category(hostIndex, ColourBy::AlertState).second;
    return lines.join(QLatin1Char('\n'));
}

QString MatrixModel::offGridSummary() const
{
    if (m_ipv6Only == 0 && m_noIp == 0)
        return tr("Every host has an IPv4 address on the grid.");
    return tr("Not on the grid: %n host(s) with IPv6 only", "", m_ipv6Only) + QStringLiteral("; ")
           + tr("%n host(s) without an IP address (MAC only).", "", m_noIp);
}

} // namespace mieruka::gui
