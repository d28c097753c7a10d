// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger_csv.h"

#include "csv_cell.h"

#include "core/survey/time_text.h"

#include <QStringList>

namespace mieruka::render {

namespace {

QString join(const std::vector<std::string>& values)
{
    QStringList parts;
    for (const auto& value : values)
        parts << QString::fromStdString(value);
    return parts.join(QLatin1Char(' '));
}

QString joinPorts(const std::vector<int>& ports)
{
    QStringList parts;
    for (int port : ports)
        parts << QString::number(port);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QByteArray LedgerCsv::build(const survey::SurveySnapshot& snapshot)
{
    const QStringList header{QStringLiteral("ip"),        QStringLiteral("mac"),        QStringLiteral("vendor"),
                             QStringLiteral("hostname"),  QStringLiteral("os"),         QStringLiteral("role"),
                             QStringLiteral("model"),     QStringLiteral("firmware"),   QStringLiteral("serial"),
                             QStringLiteral("protocols"), QStringLiteral("server_ports"), QStringLiteral("first_seen"),
                             QStringLiteral("last_seen"), QStringLiteral("packets"),    QStringLiteral("bytes")};
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const auto& row : snapshot.hosts) {
        const bool sent = row.host.firstSeenNs != 0 || row.host.lastSeenNs != 0;
        const QStringList cells{
            join(row.host.ips),
            QString::fromStdString(row.host.mac),
            QString::fromStdString(row.vendor),
            QString::fromStdString(row.hostname),
            QString::fromStdString(row.os.name) + (row.os.eol ? QStringLiteral(" (EOL)") : QString()),
            QString::fromStdString(row.role),
            QString::fromStdString(row.model),
            QString::fromStdString(row.firmware),
            QString::fromStdString(row.serial),
            join(row.protocols),
            joinPorts(row.serverPorts),
            sent ? QString::fromStdString(survey::isoTimeNs(row.host.firstSeenNs)) : QString(),
            sent ? QString::fromStdString(survey::isoTimeNs(row.host.lastSeenNs)) : QString(),
            QString::number(row.host.packets),
            QString::number(row.host.bytes),
        };
        QStringList safe;
        for (const auto& cell : cells)
            safe << csvCell(cell);
        out += safe.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace mieruka::render
