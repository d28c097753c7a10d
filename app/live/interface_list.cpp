// SPDX-License-Identifier: GPL-3.0-or-later
#include "interface_list.h"

#include "helper_locator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace mieruka::live {

QString CaptureInterface::macAddress() const
{
    for (const auto& address : addresses)
        if (address.family == QStringLiteral("mac"))
            return address.address;
    return {};
}

QStringList CaptureInterface::ipAddresses() const
{
    QStringList ips;
    for (const auto& address : addresses)
        if (address.family != QStringLiteral("mac"))
            ips << address.address;
    return ips;
}

QList<CaptureInterface> parseInterfaceList(const QByteArray& json, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        error = QCoreApplication::translate("live", "The capture helper gave an unreadable interface list (%1).")
                    .arg(parseError.errorString());
        return {};
    }
    QList<CaptureInterface> interfaces;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        CaptureInterface iface;
        iface.name = object.value(QStringLiteral("name")).toString();
        if (iface.name.isEmpty())
            continue;
        iface.description = object.value(QStringLiteral("description")).toString();
        iface.up = object.value(QStringLiteral("up")).toBool();
        iface.running = object.value(QStringLiteral("running")).toBool();
        iface.loopback = object.value(QStringLiteral("loopback")).toBool();
        iface.wireless = object.value(QStringLiteral("wireless")).toBool();
        for (const QJsonValue& entry : object.value(QStringLiteral("addresses")).toArray()) {
            const QJsonObject address = entry.toObject();
            iface.addresses.append({address.value(QStringLiteral("family")).toString(),
                                    address.value(QStringLiteral("address")).toString(),
                                    address.value(QStringLiteral("netmask")).toString()});
        }
        interfaces.append(iface);
    }
    return interfaces;
}

bool listCaptureInterfaces(QList<CaptureInterface>& interfaces, QString& error)
{
    const QString helper = captureHelperPath();
    if (helper.isEmpty()) {
        error = missingHelperMessage();
        return false;
    }
    QProcess process;
    process.start(helper, {QStringLiteral("interfaces")});
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromUtf8(process.readAllStandardError()).trimmed();
        error = QCoreApplication::translate("live", "%1 could not list the network interfaces: %2")
                    .arg(helper, detail.isEmpty() ? process.errorString() : detail);
        process.kill();
        return false;
    }
    interfaces = parseInterfaceList(process.readAllStandardOutput(), error);
    return error.isEmpty();
}

} // namespace mieruka::live
