// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/hardening/identity_frames.h"

#include <algorithm>
#include <stdexcept>

namespace mieruka::test::identity {

namespace {

void append(Bytes& out, const std::string& text)
{
    for (char c : text)
        out.push_back(static_cast<std::byte>(c));
}

void append(Bytes& out, const Bytes& more)
{
    out.insert(out.end(), more.begin(), more.end());
}

void u8(Bytes& out, unsigned value)
{
    out.push_back(static_cast<std::byte>(value & 0xff));
}

void u16be(Bytes& out, unsigned value)
{
    u8(out, value >> 8);
    u8(out, value);
}

std::string cut(const std::string& text, std::size_t limit)
{
    return text.substr(0, std::min(text.size(), limit));
}

Bytes tcpFrame(const Station& from, const Station& to, std::uint16_t fromPort, std::uint16_t toPort, const Bytes& payload)
{
    TcpFields tcp;
    tcp.flags = tcpflag::kAck | tcpflag::kPsh;
    tcp.seq = 1000;
    tcp.ack = 2000;
    return PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).tcp(fromPort, toPort, tcp).payload(payload).build();
}

Bytes udpFrame(const Station& from, const Station& to, std::uint16_t fromPort, std::uint16_t toPort, const Bytes& payload)
{
    return PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).udp(fromPort, toPort).payload(payload).build();
}

/// BER type-length-value with the shortest length form.
Bytes ber(unsigned tag, const Bytes& content)
{
    Bytes out;
    u8(out, tag);
    const std::size_t size = content.size();
    if (size < 0x80) {
        u8(out, unsigned(size));
    } else if (size < 0x100) {
        u8(out, 0x81);
        u8(out, unsigned(size));
    } else {
        u8(out, 0x82);
        u16be(out, unsigned(size));
    }
    append(out, content);
    return out;
}

Bytes berText(const std::string& text)
{
    Bytes content;
    append(content, text);
    return ber(0x04, content);
}

Bytes lldpTlv(unsigned type, const Bytes& value)
{
    const std::size_t size = std::min<std::size_t>(value.size(), 511);
    Bytes out;
    out.reserve(2 + size);
    u16be(out, (type << 9) | unsigned(size));
    for (std::size_t i = 0; i < size; ++i) // a loop: g++ 12 misreads vector::insert here (-Warray-bounds)
        out.push_back(value[i]);
    return out;
}

Bytes macBytes(const std::string& text)
{
    return bytesFromHex(text);
}

} // namespace

Bytes dhcpRequest(const Station& client, std::uint8_t transaction, const std::string& hostname, const std::string& vendorClass)
{
    Bytes bootp(236, std::byte{0});
    bootp[0] = std::byte{1}; // BOOTREQUEST
    bootp[1] = std::byte{1}; // Ethernet
    bootp[2] = std::byte{6};
    bootp[7] = std::byte{transaction};
    const Bytes hardware = macBytes(client.mac);
    std::copy(hardware.begin(), hardware.end(), bootp.begin() + 28);
    append(bootp, bytesFromHex("63825363 350103 370401030f06")); // cookie, DHCPREQUEST, parameter list
    const std::string name = cut(hostname, 255), vendor = cut(vendorClass, 255);
    u8(bootp, 12);
    u8(bootp, unsigned(name.size()));
    append(bootp, name);
    u8(bootp, 60);
    u8(bootp, unsigned(vendor.size()));
    append(bootp, vendor);
    u8(bootp, 255);
    return PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", client.mac).ipv4("0.0.0.0", "255.255.255.255").udp(68, 67)
        .payload(bootp).build();
}

Bytes httpRequest(const Station& client, const Station& server, const std::string& userAgent)
{
    // An IPv4 datagram holds at most 65,535 bytes: a 64 KB agent is cut to what fits.
    const std::string head = "GET /index.html HTTP/1.1\r\nHost: plant\r\nUser-Agent: ";
    const std::string agent = cut(userAgent, 65535 - 20 - 20 - head.size() - 4);
    Bytes payload;
    append(payload, head + agent + "\r\n\r\n");
    return tcpFrame(client, server, 49152, 80, payload);
}

Bytes httpResponse(const Station& server, const Station& client, const std::string& serverHeader)
{
    const std::string head = "HTTP/1.1 200 OK\r\nServer: ";
    const std::string value = cut(serverHeader, 65535 - 20 - 20 - head.size() - 64);
    Bytes payload;
    append(payload, head + value + "\r\nContent-Length: 0\r\n\r\n");
    return tcpFrame(server, client, 80, 49152, payload);
}

Bytes lldp(const Station& device, const std::string& systemName, const std::string& systemDescription)
{
    Bytes chassis = bytesFromHex("04");
    append(chassis, macBytes(device.mac));
    Bytes payload = lldpTlv(1, chassis);
    append(payload, lldpTlv(2, bytesFromHex("05 5831205031"))); // port "X1 P1"
    append(payload, lldpTlv(3, bytesFromHex("0078")));          // TTL 120 s
    Bytes name, description;
    append(name, systemName);
    append(description, systemDescription);
    append(payload, lldpTlv(5, name));
    append(payload, lldpTlv(6, description));
    append(payload, lldpTlv(0, {}));
    return PacketBuilder().ethernet("01:80:c2:00:00:0e", device.mac, 0x88cc).payload(payload).build();
}

Bytes snmpResponse(const Station& agent, const Station& manager, const std::string& sysDescr, const std::string& sysName)
{
    // A UDP datagram holds at most 65,507 bytes of payload.
    const auto binding = [](const char* oidHex, const std::string& value) {
        Bytes content = ber(0x06, bytesFromHex(oidHex));
        append(content, berText(value));
        return ber(0x30, content);
    };
    Bytes bindings = binding("2b06010201010100", cut(sysDescr, 65000)); // 1.3.6.1.2.1.1.1.0 sysDescr
    append(bindings, binding("2b06010201010500", cut(sysName, 255)));   // 1.3.6.1.2.1.1.5.0 sysName
    Bytes pdu = bytesFromHex("020126 020100 020100");                   // request id, no error
    append(pdu, ber(0x30, bindings));
    Bytes message = bytesFromHex("020101");                             // SNMPv2c
    append(message, berText("public"));
    append(message, ber(0xa2, pdu));                                    // GetResponse
    return udpFrame(agent, manager, 161, 50000, ber(0x30, message));
}

Bytes mdnsAnnouncement(const Station& device, const std::string& label)
{
    Bytes payload = bytesFromHex("0000 8400 0000 0001 0000 0000");
    const std::string first = cut(label, 63);
    u8(payload, unsigned(first.size()));
    append(payload, first);
    append(payload, bytesFromHex("056c6f63616c00 0001 8001 00000078 0004")); // .local A IN (cache flush) 120 s
    const auto octets = ip(device.ip).octets(); // a copy: ip() returns a temporary
    for (std::size_t i = 0; i < 4; ++i)
        payload.push_back(static_cast<std::byte>(octets[i]));
    return udpFrame(device, {"01:00:5e:00:00:fb", "224.0.0.251"}, 5353, 5353, payload);
}

Bytes nbnsRegistration(const Station& device, const std::string& name)
{
    // First-level encoding (RFC 1001 §14.1): 15 name bytes padded with spaces, then the suffix <00>.
    std::string padded = cut(name, 15);
    padded.resize(15, ' ');
    padded.push_back('\0');
    Bytes payload = bytesFromHex("0008 2900 0001 0000 0000 0001 20");
    for (char c : padded) {
        const auto b = static_cast<unsigned char>(c);
        u8(payload, 'A' + (b >> 4));
        u8(payload, 'A' + (b & 0x0f));
    }
    append(payload, bytesFromHex("00 0020 0001 c00c 0020 0001 000493e0 0006 0000"));
    const auto octets = ip(device.ip).octets(); // a copy: ip() returns a temporary
    for (std::size_t i = 0; i < 4; ++i)
        payload.push_back(static_cast<std::byte>(octets[i]));
    return udpFrame(device, {"ff:ff:ff:ff:ff:ff", "255.255.255.255"}, 137, 137, payload);
}

Bytes modbusIdentity(const Station& server, const Station& client, const std::string& vendor, const std::string& productName,
                     const std::string& modelName)
{
    Bytes pdu = bytesFromHex("2b0e 02 83 00 00 03"); // read device identification, regular, 3 objects
    const std::pair<unsigned, std::string> objects[] = {{0x00, vendor}, {0x04, productName}, {0x05, modelName}};
    for (const auto& [id, value] : objects) {
        const std::string text = cut(value, 80); // a Modbus PDU holds at most 253 bytes
        u8(pdu, id);
        u8(pdu, unsigned(text.size()));
        append(pdu, text);
    }
    Bytes adu = bytesFromHex("0001 0000");
    u16be(adu, unsigned(pdu.size() + 1));
    u8(adu, 0x0a); // unit
    append(adu, pdu);
    return tcpFrame(server, client, 502, 40000, adu);
}

Bytes enipListIdentity(const Station& device, const Station& client, const std::string& productName)
{
    const std::string name = cut(productName, 255);
    Bytes item = bytesFromHex("0100 0002af120a0101a40000000000000000 0100 0c00 3a00 0403 3000 8e4d5200");
    u8(item, unsigned(name.size()));
    append(item, name);
    u8(item, 0x03); // state
    Bytes data = bytesFromHex("0100 0c00");
    u8(data, unsigned(item.size()));
    u8(data, unsigned(item.size()) >> 8);
    append(data, item);
    Bytes payload = bytesFromHex("6300");
    u8(payload, unsigned(data.size()));
    u8(payload, unsigned(data.size()) >> 8);
    append(payload, bytesFromHex("00000000 00000000 c1debed100000000 00000000"));
    append(payload, data);
    return tcpFrame(device, client, 44818, 5262, payload);
}

Bytes s7ModuleIdentity(const Station& plc, const Station& client, const std::string& stationName)
{
    // Read SZL 0x001C reply of tests/core/protocols/tst_s7comm.cpp (s7ident.pcap frame 13): ten
    // 34-byte records; the first holds the station name, NUL-padded to 32 bytes.
    Bytes reply = bytesFromHex(
        "0300017d02f080320700000200000c0160000112081284010000000000ff09015c001c00000022000a0001534e415037"
        "2d53455256455200000000000000000000000000000000000000000002435055203331352d3220504e2f445000000000"
        "000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000000000"
        "044f726967696e616c205369656d656e732045717569706d656e7400000000000000055320432d433255523238393232"
        "303132000000000000000000000000000000000007435055203331352d3220504e2f4450000000000000000000000000"
        "000000000000084d4d4320323637464631314600000000000000000000000000000000000000000009002af600000100"
        "00000000000000000000000000000000000000000000000000000a000000000000000000000000000000000000000000"
        "0000000000000000000000000b0000000000000000000000000000000000000000000000000000000000000000");
    const Bytes marker = bytesFromString("SNAP7-SERVER");
    const auto at = std::search(reply.begin(), reply.end(), marker.begin(), marker.end());
    if (at == reply.end())
        throw std::logic_error("S7 template without its station name");
    std::string name = cut(stationName, 32);
    name.resize(32, '\0');
    for (std::size_t i = 0; i < 32; ++i)
        *(at + std::ptrdiff_t(i)) = static_cast<std::byte>(name[i]);
    return tcpFrame(plc, client, 102, 33028, reply);
}

} // namespace mieruka::test::identity
