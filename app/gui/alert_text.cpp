// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_text.h"

#include "core/detect/alert_type.h"

#include <algorithm>

namespace mieruka::gui {

int AlertText::severityRank(std::string_view severity)
{
    const auto known = detect::severityFromName(severity);
    return known ? static_cast<int>(*known) : 0;
}

QString AlertText::severityText(int rank)
{
    switch (rank) {
    case 1: return tr("Low");
    case 2: return tr("Medium");
    case 3: return tr("High");
    case 4: return tr("Critical");
    default: return tr("Info");
    }
}

QColor AlertText::severityColor(int rank)
{
    // Colours that stay apart for the common colour-blindnesses; the text is always shown too.
    switch (rank) {
    case 1: return QColor(0x3b, 0x82, 0xc4);
    case 2: return QColor(0xe0, 0xa8, 0x00);
    case 3: return QColor(0xe0, 0x6c, 0x00);
    case 4: return QColor(0xc0, 0x1c, 0x28);
    default: return QColor(0x8a, 0x8f, 0x94);
    }
}

QString AlertText::typeText(std::string_view type)
{
    using detect::AlertType;
    const auto known = detect::alertTypeFromName(type);
    if (!known)
        return QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())); // a newer survey's type
    switch (*known) {
    case AlertType::NewDevice: return tr("New device");
    case AlertType::EolOs: return tr("End-of-life OS");
    case AlertType::DeviceSilent: return tr("Device silent");
    case AlertType::NewCommunication: return tr("New communication");
    case AlertType::VolumeBand: return tr("Unusual traffic volume");
    case AlertType::OtCommand: return tr("OT command");
    case AlertType::Signature: return tr("Signature");
    case AlertType::InternetExposure: return tr("Internet exposure");
    case AlertType::CleartextProtocol: return tr("Cleartext protocol");
    case AlertType::Smbv1: return tr("SMBv1");
    case AlertType::OpcuaNoSecurity: return tr("OPC UA without security");
    case AlertType::DuplicateIp: return tr("Duplicate IP address");
    case AlertType::ArpSpoofing: return tr("ARP spoofing");
    case AlertType::RogueDhcp: return tr("Rogue DHCP server");
    case AlertType::Scan: return tr("Scan");
    case AlertType::BroadcastStorm: return tr("Broadcast storm");
    case AlertType::Count_: break;
    }
    return QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
}

std::string AlertText::field(const analysis::AlertRecord& alert, std::string_view key)
{
    const auto found = std::find_if(alert.fields.begin(), alert.fields.end(),
                                    [key](const auto& entry) { return entry.first == key; });
    return found == alert.fields.end() ? std::string() : found->second;
}

QString AlertText::what(const analysis::AlertRecord& alert)
{
    // The rule of these two is an id (operation key, sid); people recognise the name or message.
    std::string text;
    if (alert.type == "ot_command")
        text = field(alert, "operation");
    else if (alert.type == "signature")
        text = field(alert, "msg");
    return QString::fromStdString(text.empty() ? alert.rule : text);
}

} // namespace mieruka::gui
