// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay_captures.h"

#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <QFile>

#include <string>
#include <vector>

namespace mieruka::test::live {

namespace {

constexpr std::int64_t kStartNs = 1'700'000'000'000'000'000;
constexpr std::int64_t kGapNs = 1'000'000; // 1 ms: the replay rate comes from --mbps, not from here

struct Host {
    std::string mac;
    std::string ip;
};

Bytes modbusRequest(std::uint16_t transaction)
{
    // Read holding registers 0..9 of unit 1.
    Bytes pdu = bytesFromHex("00000006 01 03 0000 000a");
    pdu[0] = std::byte(transaction >> 8);
    pdu[1] = std::byte(transaction & 0xff);
    return pdu;
}

Bytes modbusResponse(std::uint16_t transaction)
{
    Bytes pdu = bytesFromHex("00000017 01 03 14");
    pdu[0] = std::byte(transaction >> 8);
    pdu[1] = std::byte(transaction & 0xff);
    pdu.resize(pdu.size() + 20, std::byte{0x11});
    return pdu;
}

class FrameList {
public:
    void add(const PacketBuilder& builder)
    {
        CaptureFrame frame;
        frame.timestampNs = kStartNs + std::int64_t(m_frames.size()) * kGapNs;
        frame.data = builder.build();
        // Ethernet minimum, as a NIC would pad on the wire; keeps replayed and captured lengths equal.
        if (frame.data.size() < 60)
            frame.data.resize(60, std::byte{0});
        m_frames.push_back(std::move(frame));
    }

    /// One polled Modbus/TCP exchange: request and response, each acknowledged.
    void modbusPoll(const Host& client, const Host& server, std::uint16_t port, std::uint16_t transaction)
    {
        const std::uint32_t seq = 1000u + transaction * 12u;
        const std::uint32_t ack = 5000u + transaction * 29u;
        add(PacketBuilder()
                .ethernet(server.mac, client.mac)
                .ipv4(client.ip, server.ip)
                .tcp(port, 502, {.flags = tcpflag::kPsh | tcpflag::kAck, .seq = seq, .ack = ack})
                .payload(modbusRequest(transaction))
                .withChecksums());
        add(PacketBuilder()
                .ethernet(client.mac, server.mac)
                .ipv4(server.ip, client.ip)
                .tcp(502, port, {.flags = tcpflag::kPsh | tcpflag::kAck, .seq = ack, .ack = seq + 12})
                .payload(modbusResponse(transaction))
                .withChecksums());
    }

    void arpRequest(const Host& from, const std::string& targetIp)
    {
        add(PacketBuilder()
                .ethernet("ff:ff:ff:ff:ff:ff", from.mac)
                .arp(1, from.mac, from.ip, "00:00:00:00:00:00", targetIp));
    }

    void udp(const Host& from, const std::string& dstMac, const std::string& dstIp, std::uint16_t port)
    {
        add(PacketBuilder()
                .ethernet(dstMac, from.mac)
                .ipv4(from.ip, dstIp, {.ttl = 1})
                .udp(port, port)
                .payload(std::string_view("mieruka live capture test"))
                .withChecksums());
    }

    bool write(const QString& path) const { return writeFile(path.toStdString(), makePcap(m_frames)); }
    std::uint64_t size() const { return m_frames.size(); }

private:
    std::vector<CaptureFrame> m_frames;
};

} // namespace

std::uint64_t writeBuilderPlant(const QString& path)
{
    const std::vector<Host> plcs = {{"00:1b:1b:00:00:11", "10.10.1.11"},
                                    {"00:1b:1b:00:00:12", "10.10.1.12"},
                                    {"00:80:f4:00:00:13", "10.10.1.13"}};
    const std::vector<Host> hmis = {{"00:0c:29:00:00:21", "10.10.1.21"}, {"00:0c:29:00:00:22", "10.10.1.22"}};
    FrameList frames;
    for (std::uint16_t round = 0; round < 600; ++round) {
        for (std::size_t h = 0; h < hmis.size(); ++h)
            for (std::size_t p = 0; p < plcs.size(); ++p)
                if ((round + p) % (h + 1) == 0)
                    frames.modbusPoll(hmis[h], plcs[p], std::uint16_t(49152 + h * 8 + p), round);
        if (round % 20 == 0)
            frames.arpRequest(hmis[round / 20 % hmis.size()], plcs[round / 20 % plcs.size()].ip);
        if (round % 50 == 0) {
            frames.udp(plcs[round / 50 % plcs.size()], "ff:ff:ff:ff:ff:ff", "10.10.1.255", 9600);
            frames.udp(hmis[round / 50 % hmis.size()], "01:00:5e:00:00:fb", "224.0.0.251", 5353);
        }
    }
    return frames.write(path) ? frames.size() : 0;
}

std::uint64_t writeOwnTraffic(const QString& path, const char* ownMac)
{
    const Host own{ownMac, "10.20.0.13"};
    const Host peer{"02:00:00:00:00:10", "10.20.0.10"};
    const Host neighbour{"02:00:00:00:00:11", "10.20.0.11"};
    FrameList frames;
    for (std::uint16_t round = 0; round < 100; ++round) {
        frames.modbusPoll(peer, own, 50000, round);
        if (round % 10 == 0) {
            frames.arpRequest(neighbour, own.ip);
            frames.udp(neighbour, "01:00:5e:00:00:fb", "224.0.0.251", 5353);
        }
    }
    return frames.write(path) ? frames.size() : 0;
}

std::optional<std::uint64_t> countPcapFrames(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const auto u32 = [&](qsizetype at) {
        return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 | quint32(quint8(bytes[at + 2])) << 16
            | quint32(quint8(bytes[at + 3])) << 24;
    };
    constexpr qsizetype kFileHeader = 24, kRecordHeader = 16;
    if (bytes.size() < kFileHeader || (u32(0) != 0xa1b2c3d4u && u32(0) != 0xa1b23c4du))
        return std::nullopt;
    std::uint64_t frames = 0;
    qsizetype pos = kFileHeader;
    while (pos < bytes.size()) {
        if (pos + kRecordHeader > bytes.size())
            return std::nullopt;
        const qsizetype captured = u32(pos + 8);
        if (captured > bytes.size() - pos - kRecordHeader)
            return std::nullopt;
        pos += kRecordHeader + captured;
        ++frames;
    }
    return frames;
}

} // namespace mieruka::test::live
