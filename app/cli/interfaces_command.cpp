// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfaces_command.h"

#include "app/live/interface_list.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace mieruka::cli {

namespace {

QJsonObject toJson(const live::CaptureInterface& iface)
{
    QJsonArray addresses;
    for (const auto& address : iface.addresses) {
        QJsonObject entry{{QStringLiteral("family"), address.family}, {QStringLiteral("address"), address.address}};
        if (!address.netmask.isEmpty())
            entry.insert(QStringLiteral("netmask"), address.netmask);
        addresses.append(entry);
    }
    return {{QStringLiteral("name"), iface.name},       {QStringLiteral("description"), iface.description},
            {QStringLiteral("addresses"), addresses},   {QStringLiteral("up"), iface.up},
            {QStringLiteral("running"), iface.running}, {QStringLiteral("loopback"), iface.loopback},
            {QStringLiteral("wireless"), iface.wireless}};
}

QString stateText(const live::CaptureInterface& iface)
{
    if (!iface.up)
        return QStringLiteral("down");
    return iface.running ? QStringLiteral("up") : QStringLiteral("no-link");
}

} // namespace

int runInterfaces(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List the network interfaces live capture can use."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("interfaces"), QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOption(jsonOption);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QList<live::CaptureInterface> interfaces;
    QString error;
    if (!live::listCaptureInterfaces(interfaces, error)) {
        std::fprintf(stderr, "interfaces: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto& iface : interfaces)
            array.append(toJson(iface));
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    std::printf("%-16s %-8s %-17s %-40s %s\n", "NAME", "STATE", "MAC", "ADDRESSES", "DESCRIPTION");
    for (const auto& iface : interfaces) {
        QString kind = iface.loopback ? QStringLiteral(" (loopback)") : (iface.wireless ? QStringLiteral(" (wireless)") : QString());
        std::printf("%-16s %-8s %-17s %-40s %s%s\n", qPrintable(iface.name), qPrintable(stateText(iface)),
                    qPrintable(iface.macAddress().isEmpty() ? QStringLiteral("-") : iface.macAddress()),
                    qPrintable(iface.ipAddresses().isEmpty() ? QStringLiteral("-") : iface.ipAddresses().join(QLatin1Char(','))),
                    qPrintable(iface.description), qPrintable(kind));
    }
    return 0;
}

} // namespace mieruka::cli
