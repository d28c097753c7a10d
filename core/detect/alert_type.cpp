// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_type.h"

#include <array>

namespace mieruka::detect {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(AlertType::Count_)> kTypeNames{
    "new_device",        "eol_os",  "device_silent",     "new_communication", "volume_band", "ot_command",
    "signature",         "internet_exposure", "cleartext_protocol", "smbv1",       "opcua_no_security",
    "duplicate_ip",      "arp_spoofing",      "rogue_dhcp",         "scan",        "broadcast_storm"};

constexpr std::array<std::string_view, 5> kSeverityNames{"info", "low", "medium", "high", "critical"};

} // namespace

std::string_view alertTypeName(AlertType type)
{
    const auto index = static_cast<std::size_t>(type);
    return index < kTypeNames.size() ? kTypeNames[index] : std::string_view("unknown");
}

std::optional<AlertType> alertTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kTypeNames.size(); ++i)
        if (kTypeNames[i] == name)
            return static_cast<AlertType>(i);
    return std::nullopt;
}

std::string_view severityName(Severity severity)
{
    const auto index = static_cast<std::size_t>(severity);
    return index < kSeverityNames.size() ? kSeverityNames[index] : std::string_view("info");
}

std::optional<Severity> severityFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kSeverityNames.size(); ++i)
        if (kSeverityNames[i] == name)
            return static_cast<Severity>(i);
    return std::nullopt;
}

} // namespace mieruka::detect
