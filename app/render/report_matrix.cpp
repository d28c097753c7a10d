// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_matrix.h"

#include "report_text.h"

#include <QPainter>
#include <QPainterPath>

#include <array>
#include <map>

namespace mieruka::render {

namespace {

struct Cell {
    bool used = false;
    bool eol = false;
    QString role;
};

QString roleOf(const survey::LedgerHost& host)
{
    if (host.host.isRouter && (host.role.empty() || host.role == "unknown"))
        return QStringLiteral("router");
    return host.role.empty() ? QStringLiteral("unknown") : QString::fromStdString(host.role);
}

} // namespace

QColor ReportMatrix::roleColour(const QString& role)
{
    // The role ids of survey::RoleInference, in colour families that read on paper: controllers
    // orange, operator stations yellow, network blue, servers green, office PCs lilac.
    if (role == QLatin1String("plc"))
        return QColor(0xf4, 0xa2, 0x61);
    if (role == QLatin1String("hmi") || role == QLatin1String("engineering_workstation") || role == QLatin1String("scada_server")
        || role == QLatin1String("historian"))
        return QColor(0xe9, 0xc4, 0x6a);
    if (role == QLatin1String("network_device"))
        return QColor(0x8e, 0xca, 0xe6);
    if (role == QLatin1String("windows_server") || role == QLatin1String("linux_server"))
        return QColor(0x90, 0xd0, 0xa0);
    if (role == QLatin1String("windows_pc") || role == QLatin1String("printer") || role == QLatin1String("iot"))
        return QColor(0xb8, 0xc4, 0xf0);
    return QColor(0xd8, 0xd8, 0xd8);
}

std::string ReportMatrix::prefixOf(const std::string& subnet)
{
    const std::size_t slash = subnet.find("/24");
    if (slash == std::string::npos || subnet.find(':') != std::string::npos)
        return {};
    const std::string network = subnet.substr(0, slash);
    const std::size_t dot = network.rfind('.');
    return dot == std::string::npos ? std::string{} : network.substr(0, dot + 1);
}

int ReportMatrix::hostCount(const survey::SurveySnapshot& snapshot, const std::string& subnet)
{
    const std::string prefix = prefixOf(subnet);
    int count = 0;
    for (const auto& host : snapshot.hosts) {
        for (const std::string& ip : host.host.ips) {
            if (!prefix.empty() && ip.starts_with(prefix) && ip.find(':') == std::string::npos) {
                ++count;
                break;
            }
        }
    }
    return count;
}

void ReportMatrix::draw(QPainter& painter, const QRectF& area, const survey::SurveySnapshot& snapshot,
                        const std::string& subnet, const QFont& font, const RoleName& roleName,
                        const QString& eolLabel)
{
    const std::string prefix = prefixOf(subnet);
    std::array<Cell, 256> cells;
    std::map<QString, int> roles; // sorted: a deterministic legend
    for (const auto& host : snapshot.hosts) {
        for (const std::string& ip : host.host.ips) {
            if (prefix.empty() || !ip.starts_with(prefix) || ip.find(':') != std::string::npos)
                continue;
            bool ok = false;
            const int octet = QString::fromStdString(ip.substr(prefix.size())).toInt(&ok);
            if (!ok || octet < 0 || octet > 255 || cells[std::size_t(octet)].used)
                continue;
            cells[std::size_t(octet)] = Cell{true, host.os.eol, roleOf(host)};
            ++roles[roleOf(host)];
        }
    }
    painter.save();
    painter.setFont(font);
    const double label = 12;
    const double cell = std::min((area.width() - 150 - label) / 16.0, (area.height() - label) / 16.0);
    const QPointF origin(area.left() + label, area.top() + label);
    painter.setPen(Qt::black);
    for (int i = 0; i < 16; ++i) {
        const QString digit = QString::number(i, 16).toUpper();
        painter.drawText(QRectF(origin.x() + i * cell, area.top(), cell, label), Qt::AlignCenter, digit);
        painter.drawText(QRectF(area.left(), origin.y() + i * cell, label, cell), Qt::AlignCenter, digit);
    }
    for (int octet = 0; octet < 256; ++octet) {
        const QRectF rect(origin.x() + (octet % 16) * cell + 0.5, origin.y() + (octet / 16) * cell + 0.5, cell - 1,
                          cell - 1);
        const Cell& c = cells[std::size_t(octet)];
        painter.setPen(c.used ? Qt::NoPen : QPen(QColor(0xdd, 0xdd, 0xdd), 0.4));
        painter.setBrush(c.used ? roleColour(c.role) : QColor(Qt::white));
        painter.drawRect(rect);
        if (!c.used)
            continue;
        painter.setPen(Qt::black);
        painter.drawText(rect, Qt::AlignCenter, QString::number(octet));
        if (c.eol) {
            QPainterPath ear;
            ear.moveTo(rect.topRight());
            ear.lineTo(rect.topRight() - QPointF(cell / 3, 0));
            ear.lineTo(rect.topRight() + QPointF(0, cell / 3));
            ear.closeSubpath();
            painter.fillPath(ear, QColor(0xc0, 0x00, 0x00));
        }
    }
    double y = origin.y();
    const double x = origin.x() + 16 * cell + 10;
    for (const auto& [role, count] : roles) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(roleColour(role));
        painter.drawRect(QRectF(x, y + 1, 8, 8));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 12, y, 128, 10), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1 (%2)").arg(ReportText::plain(roleName(role), 40)).arg(count));
        y += 12;
    }
    painter.fillRect(QRectF(x, y + 1, 8, 8), QColor(0xc0, 0x00, 0x00));
    painter.drawText(QRectF(x + 12, y, 128, 10), Qt::AlignLeft | Qt::AlignVCenter, eolLabel);
    painter.restore();
}

} // namespace mieruka::render
