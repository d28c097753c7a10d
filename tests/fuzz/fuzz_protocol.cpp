// SPDX-License-Identifier: GPL-3.0-or-later
// One protocol decoder family of core/protocols (its identity and operation decoders) on an
// application payload, without the decode layer in front so every input byte is payload.
// Built once per entry of kDecoders, MIERUKA_FUZZ_DECODER naming the entry (tests/fuzz/CMakeLists.txt).
// Input: byte 0 = flags (bit 0: sent to the service port, bit 1: UDP instead of TCP where the
// protocol has both, bit 2: IPv6 addresses), the rest is the payload.
#include "core/protocols/bacnet.h"
#include "core/protocols/bacnet_operations.h"
#include "core/protocols/cclink_ief_basic.h"
#include "core/protocols/cdp.h"
#include "core/protocols/cifs_browser.h"
#include "core/protocols/dhcp.h"
#include "core/protocols/dhcpv6.h"
#include "core/protocols/dnp3.h"
#include "core/protocols/dnp3_operations.h"
#include "core/protocols/dns_names.h"
#include "core/protocols/enip_cip.h"
#include "core/protocols/enip_cip_operations.h"
#include "core/protocols/hart_ip.h"
#include "core/protocols/http_headers.h"
#include "core/protocols/iec104.h"
#include "core/protocols/iec104_operations.h"
#include "core/protocols/lldp.h"
#include "core/protocols/mms_operations.h"
#include "core/protocols/modbus.h"
#include "core/protocols/modbus_operations.h"
#include "core/protocols/nbns.h"
#include "core/protocols/omron_fins.h"
#include "core/protocols/omron_fins_operations.h"
#include "core/protocols/opcua.h"
#include "core/protocols/opcua_operations.h"
#include "core/protocols/profinet_dcp.h"
#include "core/protocols/profinet_dcp_operations.h"
#include "core/protocols/s7comm.h"
#include "core/protocols/s7comm_operations.h"
#include "core/protocols/service_banner.h"
#include "core/protocols/slmp.h"
#include "core/protocols/slmp_operations.h"
#include "core/protocols/smb_session.h"
#include "core/protocols/snmp.h"
#include "core/protocols/ssdp.h"

#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>

#ifndef MIERUKA_FUZZ_DECODER
#error "MIERUKA_FUZZ_DECODER must name an entry of kDecoders"
#endif

namespace {

using namespace mieruka;
using protocols::OperationDecoder;
using protocols::PayloadDecoder;

enum class Carrier { Tcp, Udp, Both, EtherType, Llc };

/// Where each decoder listens, as in protocol_table.cpp (one well-known port is enough: the
/// decoders check direction by `toService`, not by the number).
struct Entry {
    std::string_view name;
    Carrier carrier;
    std::uint16_t portOrEtherType;
    PayloadDecoder identity;
    PayloadDecoder identity2; ///< service_banner has three identity decoders
    PayloadDecoder identity3;
    OperationDecoder operations;
};

constexpr Entry kDecoders[] = {
    {"bacnet", Carrier::Udp, 47808, &protocols::decodeBacnet, nullptr, nullptr, &protocols::decodeBacnetOperations},
    {"cclink_ief_basic", Carrier::Udp, 61450, &protocols::decodeCclinkIefBasic, nullptr, nullptr, nullptr},
    {"cdp", Carrier::Llc, 0, &protocols::decodeCdp, nullptr, nullptr, nullptr},
    {"cifs_browser", Carrier::Udp, 138, &protocols::decodeCifsBrowser, nullptr, nullptr, nullptr},
    {"dhcp", Carrier::Udp, 67, &protocols::decodeDhcp, nullptr, nullptr, nullptr},
    {"dhcpv6", Carrier::Udp, 547, &protocols::decodeDhcpv6, nullptr, nullptr, nullptr},
    {"dnp3", Carrier::Both, 20000, &protocols::decodeDnp3, nullptr, nullptr, &protocols::decodeDnp3Operations},
    {"dns_names", Carrier::Both, 53, &protocols::decodeDnsNames, nullptr, nullptr, nullptr},
    {"enip_cip", Carrier::Both, 44818, &protocols::decodeEnipCip, nullptr, nullptr, &protocols::decodeEnipCipOperations},
    {"hart_ip", Carrier::Both, 5094, &protocols::decodeHartIp, nullptr, nullptr, nullptr},
    {"http_headers", Carrier::Tcp, 80, &protocols::decodeHttpHeaders, nullptr, nullptr, nullptr},
    {"iec104", Carrier::Tcp, 2404, &protocols::decodeIec104, nullptr, nullptr, &protocols::decodeIec104Operations},
    {"lldp", Carrier::EtherType, 0x88cc, &protocols::decodeLldp, nullptr, nullptr, nullptr},
    {"mms", Carrier::Tcp, 102, nullptr, nullptr, nullptr, &protocols::decodeMmsOperations},
    {"modbus", Carrier::Tcp, 502, &protocols::decodeModbus, nullptr, nullptr, &protocols::decodeModbusOperations},
    {"nbns", Carrier::Udp, 137, &protocols::decodeNbns, nullptr, nullptr, nullptr},
    {"omron_fins", Carrier::Both, 9600, &protocols::decodeOmronFins, nullptr, nullptr,
     &protocols::decodeOmronFinsOperations},
    {"opcua", Carrier::Tcp, 4840, &protocols::decodeOpcUa, nullptr, nullptr, &protocols::decodeOpcUaOperations},
    {"profinet_dcp", Carrier::EtherType, 0x8892, &protocols::decodeProfinetDcp, nullptr, nullptr,
     &protocols::decodeProfinetDcpOperations},
    {"s7comm", Carrier::Tcp, 102, &protocols::decodeS7comm, nullptr, nullptr, &protocols::decodeS7commOperations},
    {"service_banner", Carrier::Tcp, 21, &protocols::decodeFtpBanner, &protocols::decodeSshBanner,
     &protocols::decodeTelnetBanner, nullptr},
    {"slmp", Carrier::Both, 5000, &protocols::decodeSlmp, nullptr, nullptr, &protocols::decodeSlmpOperations},
    {"smb_session", Carrier::Tcp, 445, &protocols::decodeSmbSession, nullptr, nullptr, nullptr},
    {"snmp", Carrier::Udp, 161, &protocols::decodeSnmp, nullptr, nullptr, nullptr},
    {"ssdp", Carrier::Udp, 1900, &protocols::decodeSsdp, nullptr, nullptr, nullptr},
};

const Entry& selectedEntry()
{
    static const Entry* entry = [] {
        for (const auto& candidate : kDecoders)
            if (candidate.name == MIERUKA_FUZZ_DECODER)
                return &candidate;
        std::fprintf(stderr, "fuzz_protocol: no decoder named %s\n", MIERUKA_FUZZ_DECODER);
        std::abort();
    }();
    return *entry;
}

/// The frame around the payload, as the decode layer would describe it.
void describeFrame(const Entry& entry, std::uint8_t flags, decode::DecodedPacket& packet)
{
    packet.linkType = 1;
    packet.hasEthernet = packet.hasLinkSource = true;
    packet.linkSource = net::MacAddress({0x00, 0x0e, 0x8c, 0x01, 0x02, 0x03});
    packet.linkDestination = net::MacAddress({0x00, 0x80, 0xf4, 0x04, 0x05, 0x06});
    if (entry.carrier == Carrier::EtherType || entry.carrier == Carrier::Llc) {
        packet.network = decode::NetworkKind::OtherEthertype;
        packet.etherType = entry.portOrEtherType;
        packet.isLlc = entry.carrier == Carrier::Llc;
        return;
    }
    const bool ipv6 = (flags & 4) != 0;
    packet.network = ipv6 ? decode::NetworkKind::Ipv6 : decode::NetworkKind::Ipv4;
    decode::IpLayer& ip = packet.ipLayers[0];
    packet.ipLayerCount = 1;
    static const auto v4Src = *net::IpAddress::parse("192.168.0.10"), v4Dst = *net::IpAddress::parse("192.168.0.20");
    static const auto v6Src = *net::IpAddress::parse("fe80::20e:8cff:fe01:203"),
                      v6Dst = *net::IpAddress::parse("fe80::280:f4ff:fe04:506");
    ip.src = ipv6 ? v6Src : v4Src;
    ip.dst = ipv6 ? v6Dst : v4Dst;
    ip.ttl = 64;
    ip.isFirstFragment = true;
    const bool udp = entry.carrier == Carrier::Udp || (entry.carrier == Carrier::Both && (flags & 2) != 0);
    packet.transport = udp ? decode::TransportKind::Udp : decode::TransportKind::Tcp;
    ip.protocol = udp ? 17 : 6;
    const bool toService = (flags & 1) != 0;
    packet.dstPort = toService ? entry.portOrEtherType : 49152;
    packet.srcPort = toService ? 49152 : entry.portOrEtherType;
    packet.tcp.flags = 0x18; // PSH+ACK: a data segment
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Entry& entry = selectedEntry();
    if (size < 1)
        return 0;
    static protocols::FactList facts;
    static protocols::OperationList operations;
    decode::DecodedPacket packet;
    describeFrame(entry, data[0], packet);
    packet.payload = std::as_bytes(std::span(data + 1, size - 1));
    packet.capturedLength = packet.originalLength = static_cast<std::uint32_t>(size + 53);
    // Ethertype and LLC decoders always see toService == false (DecoderTable::dispatch).
    const bool toService = packet.transport != decode::TransportKind::None && (data[0] & 1) != 0;
    const protocols::PayloadContext context{packet, packet.payload, 0, toService};
    facts.clear();
    operations.clear();
    for (PayloadDecoder decoder : {entry.identity, entry.identity2, entry.identity3})
        if (decoder)
            decoder(context, facts);
    if (entry.operations)
        entry.operations(context, operations);
    return 0;
}
