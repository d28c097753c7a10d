// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_table.h"

#include "bacnet.h"
#include "bacnet_operations.h"
#include "dnp3_operations.h"
#include "enip_cip_operations.h"
#include "iec104_operations.h"
#include "mms_operations.h"
#include "modbus_operations.h"
#include "omron_fins_operations.h"
#include "opcua_operations.h"
#include "profinet_dcp_operations.h"
#include "s7comm_operations.h"
#include "slmp_operations.h"
#include "cclink_ief_basic.h"
#include "cdp.h"
#include "cifs_browser.h"
#include "dhcp.h"
#include "dhcpv6.h"
#include "dnp3.h"
#include "dns_names.h"
#include "enip_cip.h"
#include "hart_ip.h"
#include "http_headers.h"
#include "iec104.h"
#include "lldp.h"
#include "modbus.h"
#include "nbns.h"
#include "omron_fins.h"
#include "opcua.h"
#include "profinet_dcp.h"
#include "protocol_registry.h"
#include "s7comm.h"
#include "service_banner.h"
#include "slmp.h"
#include "smb_session.h"
#include "snmp.h"
#include "ssdp.h"

namespace mieruka::protocols {

// The one place that says which decoder listens where (ports per IANA and OT-PROTOCOLS.md).
// A decoder runs when either port of a segment matches; it checks the direction itself.
void registerStandardProtocols(ProtocolRegistry& registry)
{
    registerIdentityDecoders(registry.identity());
    registerOperationDecoders(registry.operations());
}

void registerOperationDecoders(DecoderTable<OperationDecoder, OperationList>& registry)
{
    registry.addTcpPort(502, &decodeModbusOperations);
    registry.addTcpPort(102, &decodeS7commOperations);
    registry.addTcpPort(102, &decodeMmsOperations); // MMS shares ISO-on-TCP with S7; each rejects the other
    registry.addTcpPort(44818, &decodeEnipCipOperations);
    registry.addUdpPort(44818, &decodeEnipCipOperations);
    registry.addTcpPort(20000, &decodeDnp3Operations);
    registry.addUdpPort(20000, &decodeDnp3Operations);
    registry.addTcpPort(2404, &decodeIec104Operations);
    registry.addUdpPort(47808, &decodeBacnetOperations);
    registry.addUdpPort(9600, &decodeOmronFinsOperations);
    registry.addTcpPort(9600, &decodeOmronFinsOperations);
    for (std::uint16_t port : {1025, 5000, 5001, 5007, 5010}) {
        registry.addTcpPort(port, &decodeSlmpOperations);
        registry.addUdpPort(port, &decodeSlmpOperations);
    }
    registry.addTcpPort(4840, &decodeOpcUaOperations);
    registry.addEtherType(0x8892, &decodeProfinetDcpOperations);
}

void registerIdentityDecoders(DecoderTable<PayloadDecoder, FactList>& registry)
{
    // Host identity (IT)
    registry.addUdpPort(67, &decodeDhcp);
    registry.addUdpPort(68, &decodeDhcp);
    registry.addUdpPort(546, &decodeDhcpv6);
    registry.addUdpPort(547, &decodeDhcpv6);
    registry.addUdpPort(137, &decodeNbns);
    registry.addUdpPort(138, &decodeCifsBrowser);
    registry.addTcpPort(139, &decodeSmbSession);
    registry.addTcpPort(445, &decodeSmbSession);
    for (std::uint16_t port : {53, 5355}) {
        registry.addUdpPort(port, &decodeDnsNames);
        registry.addTcpPort(port, &decodeDnsNames);
    }
    registry.addUdpPort(5353, &decodeDnsNames);
    registry.addUdpPort(1900, &decodeSsdp);
    for (std::uint16_t port : {80, 8000, 8080})
        registry.addTcpPort(port, &decodeHttpHeaders);
    registry.addTcpPort(21, &decodeFtpBanner);
    registry.addTcpPort(22, &decodeSshBanner);
    registry.addTcpPort(23, &decodeTelnetBanner);
    registry.addUdpPort(161, &decodeSnmp);
    registry.addUdpPort(162, &decodeSnmp);

    // Link-layer discovery
    registry.addEtherType(0x88cc, &decodeLldp);
    registry.addLlc(&decodeCdp);
    registry.addEtherType(0x8892, &decodeProfinetDcp);

    // OT protocols
    registry.addTcpPort(44818, &decodeEnipCip);
    registry.addUdpPort(44818, &decodeEnipCip);
    registry.addTcpPort(102, &decodeS7comm);
    registry.addTcpPort(502, &decodeModbus);
    registry.addUdpPort(47808, &decodeBacnet);
    registry.addUdpPort(9600, &decodeOmronFins);
    registry.addTcpPort(9600, &decodeOmronFins);
    for (std::uint16_t port : {1025, 5000, 5001, 5007, 5010}) {
        registry.addTcpPort(port, &decodeSlmp);
        registry.addUdpPort(port, &decodeSlmp);
    }
    registry.addTcpPort(4840, &decodeOpcUa);
    registry.addTcpPort(20000, &decodeDnp3);
    registry.addUdpPort(20000, &decodeDnp3);
    registry.addTcpPort(2404, &decodeIec104);
    for (std::uint16_t port : {5094, 5095}) { // 5095: HART-IP devices seen answering from it
        registry.addUdpPort(port, &decodeHartIp);
        registry.addTcpPort(port, &decodeHartIp);
    }
    registry.addUdpPort(61450, &decodeCclinkIefBasic);
}

} // namespace mieruka::protocols
