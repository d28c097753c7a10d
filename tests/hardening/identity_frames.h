// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/packet_builder.h"

#include <string>

namespace mieruka::test::identity {

/// One end of a frame: "02:00:00:00:00:01", "10.0.0.1".
struct Station {
    std::string mac;
    std::string ip;
};

/// Frames in which a device states a name, a model or a software string, each carrying `text`
/// byte for byte where the protocol lets it (cut to what the field can hold: 255 bytes for a
/// DHCP option, 511 for an LLDP TLV, 63 for a DNS label, 15 for a NetBIOS name). Crafted from
/// the specifications, with the same layouts as the decoder tests' captured samples.
Bytes dhcpRequest(const Station& client, std::uint8_t transaction, const std::string& hostname,
                  const std::string& vendorClass);
Bytes httpRequest(const Station& client, const Station& server, const std::string& userAgent);
Bytes httpResponse(const Station& server, const Station& client, const std::string& serverHeader);
Bytes lldp(const Station& device, const std::string& systemName, const std::string& systemDescription);
Bytes snmpResponse(const Station& agent, const Station& manager, const std::string& sysDescr, const std::string& sysName);
Bytes mdnsAnnouncement(const Station& device, const std::string& label);
Bytes nbnsRegistration(const Station& device, const std::string& name);
Bytes modbusIdentity(const Station& server, const Station& client, const std::string& vendor,
                     const std::string& productName, const std::string& modelName);
Bytes enipListIdentity(const Station& device, const Station& client, const std::string& productName);
Bytes s7ModuleIdentity(const Station& plc, const Station& client, const std::string& stationName);

} // namespace mieruka::test::identity
