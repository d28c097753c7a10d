// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ip_address.h"
#include "core/net/mac_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mieruka::protocols {

/// What a fact describes. Stable snake_case names (attributeName) are used in the survey and JSON:
/// append only.
enum class Attribute : std::uint8_t {
    Hostname,          ///< short host / station / system name
    DomainName,        ///< FQDN or DNS domain
    Workgroup,         ///< NetBIOS domain / workgroup
    OsName,            ///< free text such as "Windows 5.1", "Linux 5.10", "VxWorks"
    OsVersion,         ///< dotted version when the protocol gives one separately
    VendorName,        ///< vendor as the device states it (not the OUI)
    VendorId,          ///< numeric vendor id in the protocol's own registry, as decimal text
    ProductName,
    ModelName,         ///< model / order number / type name
    ProductCode,
    DeviceType,        ///< protocol's device type / profile
    FirmwareVersion,
    HardwareVersion,
    SerialNumber,
    SystemDescription, ///< LLDP/SNMP sysDescr, CDP software version, SSDP SERVER
    UserAgent,
    ServerBanner,      ///< HTTP Server, SSH/FTP/Telnet banner
    DhcpFingerprint,   ///< DHCP option 55 list, comma-separated decimal
    DhcpVendorClass,
    DhcpClientId,
    Capabilities,      ///< LLDP/CDP capabilities, CIFS server type bits
    ManagementAddress,
    PortId,
    ProtocolRole,      ///< "<protocol>:<role>", e.g. "dnp3:master", "s7comm:server", "cclink:master"
    StationAddress,    ///< protocol station / link / common address, e.g. "dnp3:10"
    Location,
    PlantId,
    ApplicationUri,    ///< OPC UA application / product URI
    SecurityFinding,   ///< e.g. "opcua_security_none", "snmp_community:public" (never the secret itself)
    OsFamily,          ///< windows | linux | macos | bsd | embedded | rtos
    TcpFingerprint,    ///< "ttl:window:options:wscale:df", the raw passive TCP signature
    Count_
};

/// Stable id such as "hostname", "firmware_version".
std::string_view attributeName(Attribute attribute);

/// Which host of the frame a fact is about.
enum class Subject : std::uint8_t {
    Source,      ///< the frame's sender (IP source, else link source)
    Destination, ///< the frame's receiver
    Explicit,    ///< the host named by aboutIp / aboutMac (e.g. the client a DHCP ACK addresses)
};

/// One identity fact taken from a packet. Values are already sanitised (see sanitizeText).
struct IdentityFact {
    Subject subject = Subject::Source;
    Attribute attribute = Attribute::Hostname;
    std::string_view protocol;      ///< static label: "dhcp", "lldp", "s7comm", …
    std::string value;
    float confidence = 0.9f;        ///< 0..1: how much the protocol itself vouches for the value
    std::optional<net::IpAddress> aboutIp;   ///< for Subject::Explicit
    std::optional<net::MacAddress> aboutMac; ///< for Subject::Explicit
};

using FactList = std::vector<IdentityFact>;

} // namespace mieruka::protocols
