// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payload_context.h"

#include <optional>
#include <span>
#include <string>

namespace mieruka::protocols {

/// SNMP (UDP 161 agent side: responses; UDP 162 manager side: traps and informs). v1/v2c:
/// community → SecurityFinding "snmp_community_public|private|other" (never the string itself),
/// GetResponse / trap varbinds sysDescr → SystemDescription, sysName → Hostname, sysObjectID →
/// DeviceType (dotted OID), sysLocation → Location. v3: ProtocolRole "snmp:agent" only.
/// All about the sender (the agent). Requests are ignored.
void decodeSnmp(const PayloadContext& context, FactList& facts);

/// BER-encoded OID contents → dotted text; nullopt when malformed or longer than 128 arcs.
std::optional<std::string> snmpOidToString(std::span<const std::byte> contents);

} // namespace mieruka::protocols
