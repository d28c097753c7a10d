// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/detect/signature/rule_variables.h"

namespace mieruka::detect {

RuleVariables::RuleVariables()
{
    // What a plant network usually is when nobody said otherwise: RFC 1918, link-local and the
    // IPv6 unique-local/link-local ranges. An assessment tool sees mostly these.
    set("HOME_NET", "[10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,fc00::/7,fe80::/10]");
    set("EXTERNAL_NET", "!$HOME_NET");
    // The server groups community rule sets name; all inside the home network until configured.
    for (const char* name : {"HTTP_SERVERS", "SMTP_SERVERS", "SQL_SERVERS", "DNS_SERVERS", "TELNET_SERVERS",
                             "DNP3_SERVER", "DNP3_CLIENT", "MODBUS_SERVER", "MODBUS_CLIENT", "ENIP_SERVER",
                             "ENIP_CLIENT"})
        set(name, "$HOME_NET");
    set("HTTP_PORTS", "80");
    set("SSH_PORTS", "22");
    set("FTP_PORTS", "21");
    set("ORACLE_PORTS", "1521");
    set("SHELLCODE_PORTS", "!80");
    set("FILE_DATA_PORTS", "[$HTTP_PORTS,110,143]");
    set("MODBUS_PORTS", "502");
    set("DNP3_PORTS", "20000");
}

void RuleVariables::set(std::string_view name, std::string_view value)
{
    if (!name.empty() && name.front() == '$')
        name.remove_prefix(1);
    m_values.insert_or_assign(std::string(name), std::string(value));
}

std::optional<std::string_view> RuleVariables::find(std::string_view name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return std::string_view(it->second);
}

} // namespace mieruka::detect
