// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mieruka::detect {

/// What a detection says happened. The snake_case names are a stable interface (JSON
/// `alerts[].type`, the survey's alert table, rule files): append only.
enum class AlertType : std::uint8_t {
    NewDevice,
    EolOs,
    DeviceSilent,
    NewCommunication,
    VolumeBand,
    OtCommand,
    Signature,
    InternetExposure,
    CleartextProtocol,
    Smbv1,
    OpcuaNoSecurity,
    DuplicateIp,
    ArpSpoofing,
    RogueDhcp,
    Scan,
    BroadcastStorm,
    Count_
};

enum class Severity : std::uint8_t { Info, Low, Medium, High, Critical };

std::string_view alertTypeName(AlertType type);
std::optional<AlertType> alertTypeFromName(std::string_view name);
std::string_view severityName(Severity severity);
std::optional<Severity> severityFromName(std::string_view name);

} // namespace mieruka::detect
