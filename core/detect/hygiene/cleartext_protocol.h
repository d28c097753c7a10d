// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// Logins and management that cross the wire in clear text. One alert per (client, server,
/// protocol); rule = protocol:
///  * by port, only when the server answered: telnet tcp/23, ftp tcp/21, vnc tcp/5900-5910,
///    rlogin tcp/513, rsh tcp/514 (high); tftp udp/69 (medium) on any request, since its
///    answers come from another port;
///  * by evidence (medium): "http_basic_auth" (security_finding of a server that asks for Basic
///    credentials, or "http_basic_auth_sent" of a client that sends them) and
///    "snmp_community_*" (an agent that answered or trapped with a v1/v2c community). A client
///    and server are paired through their TCP (HTTP) or udp/161-162 (SNMP) conversations; when
///    no conversation pairs them, the alert names only the host the evidence is about (dst for
///    servers and agents, src for HTTP clients).
class CleartextProtocol {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
