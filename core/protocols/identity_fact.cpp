// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity_fact.h"

#include <array>

namespace mieruka::protocols {

std::string_view attributeName(Attribute attribute)
{
    static constexpr std::array<std::string_view, static_cast<std::size_t>(Attribute::Count_)> kNames{
        "hostname",          "domain_name",     "workgroup",        "os_name",         "os_version",
        "vendor_name",       "vendor_id",       "product_name",     "model_name",      "product_code",
        "device_type",       "firmware_version", "hardware_version", "serial_number",  "system_description",
        "user_agent",        "server_banner",   "dhcp_fingerprint", "dhcp_vendor_class", "dhcp_client_id",
        "capabilities",      "management_address", "port_id",      "protocol_role",   "station_address",
        "location",          "plant_id",        "application_uri",  "security_finding", "os_family",
        "tcp_fingerprint",
    };
    const auto index = static_cast<std::size_t>(attribute);
    return index < kNames.size() ? kNames[index] : std::string_view("unknown");
}

} // namespace mieruka::protocols
