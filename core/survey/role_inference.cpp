// SPDX-License-Identifier: GPL-3.0-or-later
#include "role_inference.h"

#include "survey_snapshot.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace mieruka::survey {

namespace {

constexpr std::array<std::string_view, 18> kOtServices{
    "modbus", "s7comm", "enip", "enip-io", "fins", "slmp", "dnp3", "iec104", "opcua", "bacnet",
    "cclink-ief-basic", "profinet-cm", "profinet-rt", "hart-ip", "ge-srtp", "ads", "niagara-fox", "roc"};

// IT services whose server side marks a server (file, directory, name, database, web, remote desktop).
constexpr std::array<std::string_view, 11> kItServerServices{
    "smb", "netbios-ssn", "ldap", "dns", "dhcp", "mssql", "http", "https", "rdp", "msrpc", "ssh"};

constexpr std::array<std::string_view, 3> kPrinterPorts{"9100", "515", "631"};

bool hasEvidence(const LedgerHost& host, std::string_view attribute, std::string_view valuePart)
{
    return std::any_of(host.evidence.begin(), host.evidence.end(), [&](const Evidence& fact) {
        return fact.attribute == attribute && fact.value.find(valuePart) != std::string::npos;
    });
}

/// Roles the OT protocols themselves state ("s7comm:server", "dnp3:outstation", …).
bool statesOtServerRole(const LedgerHost& host)
{
    static constexpr std::array<std::string_view, 8> kServerRoles{
        ":server", ":outstation", ":controlled_station", ":io_device", ":slave", "bacnet:device", ":agent", ":plc"};
    return std::any_of(host.evidence.begin(), host.evidence.end(), [](const Evidence& fact) {
        if (fact.attribute != "protocol_role")
            return false;
        const bool itRole = fact.value.starts_with("dns:") || fact.value.starts_with("dhcp") || fact.value.starts_with("snmp:")
                            || fact.value.starts_with("telnet:");
        return !itRole && std::any_of(kServerRoles.begin(), kServerRoles.end(),
                                      [&](std::string_view role) { return fact.value.find(role) != std::string::npos; });
    });
}

} // namespace

bool RoleInference::isWindowsServer(const LedgerHost& host)
{
    const bool namedServer = host.os.name.find("Server") != std::string::npos && host.os.name.find('/') == std::string::npos;
    // The CIFS browser's server-type bits say "NT server" for every Windows Server edition.
    return host.os.family == "windows" && (namedServer || hasEvidence(host, "capabilities", "nt_server"));
}

bool RoleInference::isOtService(const std::string& label)
{
    return std::find(kOtServices.begin(), kOtServices.end(), label) != kOtServices.end();
}

RoleInference::Verdict RoleInference::infer(const LedgerHost& host, const HostActivity& activity)
{
    Verdict verdict;
    auto decide = [&](std::string role, std::vector<std::string> reasons) {
        verdict.role = std::move(role);
        verdict.reasons = std::move(reasons);
        return verdict;
    };
    if (host.host.isRouter)
        return decide("network_device", {"router_mac"});

    std::vector<std::string> otServed, otUsed, itServed;
    for (const auto& service : activity.servedServices) {
        if (isOtService(service))
            otServed.push_back(service);
        else if (std::find(kItServerServices.begin(), kItServerServices.end(), service) != kItServerServices.end())
            itServed.push_back(service);
    }
    for (const auto& service : activity.initiatedServices)
        if (isOtService(service))
            otUsed.push_back(service);
    const auto tagged = [](std::string_view prefix, const std::vector<std::string>& services) {
        std::vector<std::string> reasons;
        for (const auto& service : services)
            reasons.push_back(std::string(prefix) + service);
        return reasons;
    };
    const std::string& family = host.os.family;
    const bool windows = family == "windows";
    const bool serverOs = isWindowsServer(host);

    // A device that answers industrial protocols is a controller unless it is a general-purpose
    // server (an OPC UA server on Windows is SCADA software, not a PLC).
    if ((!otServed.empty() || statesOtServerRole(host)) && family != "windows" && family != "linux") {
        auto reasons = tagged("ot_server:", otServed);
        if (reasons.empty())
            reasons.push_back("ot_server_role");
        return decide("plc", reasons);
    }
    if (!otServed.empty() && (windows || family == "linux"))
        return decide("scada_server", tagged("ot_server:", otServed));

    if (!otUsed.empty()) {
        auto reasons = tagged("ot_client:", otUsed);
        if (!itServed.empty() && (serverOs || itServed.size() >= 2)) {
            auto more = tagged("serves:", itServed);
            reasons.insert(reasons.end(), more.begin(), more.end());
            return decide("historian", reasons);
        }
        // An HMI polls its PLCs cyclically (every 0.1-5 s: tens of frames per PLC and minute); an
        // engineering station reaches many PLCs now and then.
        const double peers = std::max<double>(1.0, static_cast<double>(activity.otPeersAsClient.size()));
        const double perPeerPerMinute = double(activity.otPacketsAsClient) / peers / std::max(1.0, activity.surveyMinutes);
        if (perPeerPerMinute >= kCyclicFramesPerPeerMinute) {
            reasons.push_back("cyclic_polling");
            return decide("hmi", reasons);
        }
        reasons.push_back("occasional_ot_access");
        return decide("engineering_workstation", reasons);
    }

    const bool bridgeOrRouter = hasEvidence(host, "capabilities", "bridge") || hasEvidence(host, "capabilities", "router")
                                || hasEvidence(host, "capabilities", "switch");
    if (bridgeOrRouter)
        return decide("network_device", {"lldp_cdp_capability"});
    for (const auto& port : host.serverPorts)
        if (std::find(kPrinterPorts.begin(), kPrinterPorts.end(), std::to_string(port)) != kPrinterPorts.end())
            return decide("printer", {"serves:print"});
    if (windows) {
        if (serverOs || itServed.size() >= 2)
            return decide("windows_server", tagged("serves:", itServed));
        return decide("windows_pc", {"os:windows"});
    }
    if (family == "linux" && !itServed.empty())
        return decide("linux_server", tagged("serves:", itServed));
    if (family == "embedded" && host.host.ips.empty())
        return decide("network_device", {"layer2_only"});
    return verdict;
}

} // namespace mieruka::survey
