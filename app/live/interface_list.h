// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mieruka::live {

struct InterfaceAddress {
    QString family; ///< "ipv4", "ipv6" or "mac"
    QString address;
    QString netmask;
};

/// One network interface as the capture helper reports it.
struct CaptureInterface {
    QString name;
    QString description;
    QList<InterfaceAddress> addresses;
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool wireless = false;

    QString macAddress() const;
    QStringList ipAddresses() const;
};

/// Parses the JSON of `mieruka-capture interfaces`; an empty list and `error` set when it is not that.
QList<CaptureInterface> parseInterfaceList(const QByteArray& json, QString& error);

/// Runs the helper's `interfaces` command; false with a one-line `error` when it cannot.
bool listCaptureInterfaces(QList<CaptureInterface>& interfaces, QString& error);

} // namespace mieruka::live
