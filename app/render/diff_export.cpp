// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff_export.h"

#include "csv_cell.h"

#include "core/survey/time_text.h"

#include <QJsonArray>
#include <QStringList>

namespace mieruka::render {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonArray textArray(const std::vector<std::string>& values)
{
    QJsonArray array;
    for (const auto& value : values)
        array.append(text(value));
    return array;
}

QJsonObject deviceObject(const survey::DeviceRef& device)
{
    return {{QStringLiteral("mac"), text(device.mac)},           {QStringLiteral("ips"), textArray(device.ips)},
            {QStringLiteral("hostname"), text(device.hostname)}, {QStringLiteral("vendor"), text(device.vendor)},
            {QStringLiteral("role"), text(device.role)}};
}

QJsonObject endpointObject(const std::string& address, const survey::DeviceRef& device)
{
    return {{QStringLiteral("address"), text(address)}, {QStringLiteral("mac"), text(device.mac)},
            {QStringLiteral("ips"), textArray(device.ips)}};
}

QJsonObject communicationObject(const survey::CommunicationRef& communication)
{
    return {{QStringLiteral("client"), endpointObject(communication.clientAddress, communication.client)},
            {QStringLiteral("server"), endpointObject(communication.serverAddress, communication.server)},
            {QStringLiteral("protocol"), text(communication.protocol)},
            {QStringLiteral("port"), communication.port},
            {QStringLiteral("packets"), double(communication.packets)},
            {QStringLiteral("bytes"), double(communication.bytes)}};
}

QJsonObject periodObject(const survey::SurveyDiff::Period& period, const QString& survey, const QString& name)
{
    return {{QStringLiteral("survey"), survey},
            {QStringLiteral("period"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
            {QStringLiteral("start"), text(survey::isoTimeNs(period.startNs))},
            {QStringLiteral("end"), text(survey::isoTimeNs(period.endNs))},
            {QStringLiteral("packets"), double(period.packets)},
            {QStringLiteral("hosts"), double(period.hosts)}};
}

template<typename T, typename F>
QJsonArray arrayOf(const std::vector<T>& items, F toJson)
{
    QJsonArray array;
    for (const auto& item : items)
        array.append(toJson(item));
    return array;
}

QString ips(const survey::DeviceRef& device)
{
    QStringList list;
    for (const auto& ip : device.ips)
        list << text(ip);
    return list.join(QLatin1Char(' '));
}

} // namespace

QJsonObject DiffExport::json(const survey::SurveyDiff& diff, const DiffSides& sides, const survey::DiffOptions& options)
{
    QJsonObject devices{
        {QStringLiteral("added"), arrayOf(diff.devicesAdded, deviceObject)},
        {QStringLiteral("removed"), arrayOf(diff.devicesRemoved, deviceObject)},
        {QStringLiteral("changed"), arrayOf(diff.devicesChanged, [](const survey::DeviceChange& change) {
             QJsonObject object = deviceObject(change.after);
             object.insert(QStringLiteral("before"), deviceObject(change.before));
             object.insert(QStringLiteral("matched_by"), text(change.matchedBy));
             object.insert(QStringLiteral("changes"), arrayOf(change.changes, [](const survey::AttributeChange& item) {
                               return QJsonObject{{QStringLiteral("attribute"), text(item.attribute)},
                                                  {QStringLiteral("old"), text(item.oldValue)},
                                                  {QStringLiteral("new"), text(item.newValue)}};
                           }));
             return object;
         })}};
    QJsonObject communications{
        {QStringLiteral("added"), arrayOf(diff.communicationsAdded, communicationObject)},
        {QStringLiteral("removed"), arrayOf(diff.communicationsRemoved, communicationObject)},
        {QStringLiteral("changed"), arrayOf(diff.communicationsChanged, [](const survey::CommunicationChange& change) {
             QJsonObject object = communicationObject(change.after);
             object.insert(QStringLiteral("before"), QJsonObject{{QStringLiteral("packets"), double(change.before.packets)},
                                                                 {QStringLiteral("bytes"), double(change.before.bytes)}});
             object.insert(QStringLiteral("factor"), change.factor);
             return object;
         })}};
    QJsonObject alerts{{QStringLiteral("new"), arrayOf(diff.alertsNew, [](const analysis::AlertRecord& alert) {
                            return QJsonObject{{QStringLiteral("type"), text(alert.type)},
                                               {QStringLiteral("severity"), text(alert.severity)},
                                               {QStringLiteral("rule"), text(alert.rule)},
                                               {QStringLiteral("src"), text(alert.src)},
                                               {QStringLiteral("dst"), text(alert.dst)},
                                               {QStringLiteral("protocol"), text(alert.protocol)},
                                               {QStringLiteral("first"), text(survey::isoTimeNs(alert.firstNs))},
                                               {QStringLiteral("count"), double(alert.count)}};
                        })}};
    return {{QStringLiteral("schema"), QStringLiteral("mieruka-diff/1")},
            {QStringLiteral("before"), periodObject(diff.before, sides.beforeSurvey, sides.beforePeriod)},
            {QStringLiteral("after"), periodObject(diff.after, sides.afterSurvey, sides.afterPeriod)},
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("volume_factor"), options.volumeFactor},
                                                    {QStringLiteral("volume_floor_bytes_per_hour"),
                                                     double(options.volumeFloorBytesPerHour)}}},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("communications"), communications},
            {QStringLiteral("alerts"), alerts}};
}

QByteArray DiffExport::csv(const survey::SurveyDiff& diff)
{
    QStringList lines{QStringLiteral("change,mac,ips,attribute,old,new,client,server,protocol,port,detail")};
    auto row = [&](const QStringList& cells) {
        QStringList safe;
        for (const auto& cell : cells)
            safe << csvCell(cell);
        lines << safe.join(QLatin1Char(','));
    };
    for (const auto& device : diff.devicesAdded)
        row({QStringLiteral("device_added"), text(device.mac), ips(device), {}, {}, {}, {}, {}, {}, {}, text(device.hostname)});
    for (const auto& device : diff.devicesRemoved)
        row({QStringLiteral("device_removed"), text(device.mac), ips(device), {}, {}, {}, {}, {}, {}, {}, text(device.hostname)});
    for (const auto& change : diff.devicesChanged)
        for (const auto& item : change.changes)
            row({QStringLiteral("device_changed"), text(change.after.mac), ips(change.after), text(item.attribute),
                 text(item.oldValue), text(item.newValue), {}, {}, {}, {}, text(change.matchedBy)});
    auto communication = [&](const QString& kind, const survey::CommunicationRef& item, const QString& detail) {
        row({kind, {}, {}, {}, {}, {}, text(item.clientAddress), text(item.serverAddress), text(item.protocol),
             QString::number(item.port), detail});
    };
    for (const auto& item : diff.communicationsAdded)
        communication(QStringLiteral("communication_added"), item, QStringLiteral("%1 bytes").arg(item.bytes));
    for (const auto& item : diff.communicationsRemoved)
        communication(QStringLiteral("communication_removed"), item, QStringLiteral("%1 bytes").arg(item.bytes));
    for (const auto& change : diff.communicationsChanged)
        communication(QStringLiteral("communication_changed"), change.after,
                      QStringLiteral("x%1 bytes per hour").arg(change.factor, 0, 'f', 2));
    for (const auto& alert : diff.alertsNew)
        row({QStringLiteral("alert_new"), {}, {}, text(alert.type), {}, text(alert.rule), text(alert.src), text(alert.dst),
             text(alert.protocol), {}, text(alert.severity)});
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8().prepend("\xEF\xBB\xBF");
}

} // namespace mieruka::render
