// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace mieruka::survey {

struct LedgerHost;

/// What a host does on the network, as counted from its conversations.
struct HostActivity {
    std::set<std::string> servedServices;    ///< protocol labels where it answered ("modbus", "smb", …)
    std::set<std::string> initiatedServices; ///< labels where it started the conversation
    std::set<int> clientPorts;               ///< well-known ports it connected to
    std::set<std::string> otPeersAsClient;   ///< addresses of hosts it polled over OT protocols
    std::uint64_t otPacketsAsClient = 0;     ///< frames of conversations it started over OT protocols
    std::uint64_t packets = 0;               ///< all its frames, for proportions
    double surveyMinutes = 1;                ///< length of the survey, for rates
};

/// The role of a host with the reasons for it, as stable ids (words are made in app/):
/// plc, hmi, engineering_workstation, historian, scada_server, windows_pc, windows_server,
/// linux_server, network_device, printer, iot, unknown.
class RoleInference {
public:
    struct Verdict {
        std::string role = "unknown";
        std::vector<std::string> reasons; ///< e.g. "ot_server:s7comm", "router_mac", "serves:smb"
    };
    static Verdict infer(const LedgerHost& host, const HostActivity& activity);
    /// Protocol labels that are industrial control protocols (ProtocolLabels names).
    static bool isOtService(const std::string& label);
    /// A Windows host that says it is a server edition (OS name, or CIFS "NT server" type bit).
    static bool isWindowsServer(const LedgerHost& host);
    static constexpr double kCyclicFramesPerPeerMinute = 10.0;
};

} // namespace mieruka::survey
