// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode_test_util.h"

using namespace mieruka::test;

namespace {

constexpr int kRaw = 101;

Bytes truncated(Bytes bytes, std::size_t size)
{
    bytes.resize(size);
    return bytes;
}

PacketBuilder v4(const Ipv4Fields& fields = {})
{
    return std::move(PacketBuilder().ipv4("10.0.0.1", "10.0.0.2", fields));
}

void row(const char* name, const Bytes& frame, const char* rest, const char* anomalies = "", int original = 0)
{
    const QByteArray expected = QByteArray("net=ipv4 ip=10.0.0.1>10.0.0.2:") + rest;
    QTest::newRow(name) << kRaw << toQByteArray(frame) << original << QString::fromLatin1(expected) << QString::fromLatin1(anomalies);
}

} // namespace

class TestTransportDecoders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tcp_data()
    {
        addDecodeColumns();
        row("syn options", v4().tcp(49152, 102, {.options = TcpOptionBytes().mss(1460).nop().windowScale(8).nop().nop().sackPermitted().bytes()}).build(),
            "p6:t64 tcp=49152>102:02 mss=1460 ws=8 sack opts=2,1,3,1,1,4 pl=0");
        row("timestamps and eol", v4().tcp(1, 2, {.options = TcpOptionBytes().nop().nop().timestamps(5, 6).eol().bytes()}).build(),
            "p6:t64 tcp=1>2:02 ts opts=1,1,8,0 pl=0");
        row("data", v4().tcp(502, 40000, {.flags = tcpflag::kPsh | tcpflag::kAck, .seq = 1, .ack = 2}).payload("hello").build(),
            "p6:t64 tcp=502>40000:18 pl=5");
        row("more than 12 options", v4().tcp(1, 2, {.options = Bytes(16, std::byte{1})}).build(),
            "p6:t64 tcp=1>2:02 opts=1,1,1,1,1,1,1,1,1,1,1,1 pl=0");
        row("data offset 4", v4().tcp(1, 2, {.dataOffset = 4}).build(), "p6:t64 tcp=1>2:02 pl=0", "bad_tcp_header_length");
        row("data offset past segment", v4().tcp(1, 2, {.dataOffset = 15}).payload("abcd").build(), "p6:t64 tcp=1>2:02 pl=0",
            "bad_tcp_header_length");
        row("header cut by snaplen", truncated(v4().tcp(1, 2, {.options = TcpOptionBytes().mss(1).timestamps(1, 2).nop().nop().bytes()}).build(), 50),
            "p6:t64 tcp=1>2:02 pl=0", "truncated_tcp,snap_length_cut", 60);
        row("truncated fixed header", truncated(v4().tcp(1, 2).build(), 30), "p6:t64 tcp=1>2:00 pl=0", "truncated_tcp");
        row("truncated ports", truncated(v4().tcp(1, 2).build(), 22), "p6:t64 pl=0", "truncated_tcp");
        row("option length 1", v4().tcp(1, 2, {.options = bytesFromHex("0201")}).build(), "p6:t64 tcp=1>2:02 opts=2 pl=0",
            "tcp_option_malformed");
        row("mss wrong length", v4().tcp(1, 2, {.options = bytesFromHex("02030500")}).build(), "p6:t64 tcp=1>2:02 opts=2 pl=0",
            "tcp_option_malformed");
        row("option past header", v4().tcp(1, 2, {.options = bytesFromHex("020405b4 080a0000")}).build(),
            "p6:t64 tcp=1>2:02 mss=1460 opts=2,8 pl=0", "tcp_option_malformed");
        row("unknown option skipped", v4().tcp(1, 2, {.options = bytesFromHex("1e04 0000 0303 0e00")}).build(),
            "p6:t64 tcp=1>2:02 ws=14 opts=30,3,0 pl=0");
    }
    void tcp() { runDecodeRow(); }

    void udp_data()
    {
        addDecodeColumns();
        row("payload", v4().udp(5353, 5353).payload("query").build(), "p17:t64 udp=5353>5353 pl=5");
        row("checksummed", v4().udp(1, 2).payload("abc").withChecksums().build(), "p17:t64 udp=1>2 pl=3");
        row("length shorter than data", v4().udp(1, 2, {.length = 10}).payload("abcd").build(), "p17:t64 udp=1>2 pl=2");
        row("length below 8", v4().udp(1, 2, {.length = 4}).payload("abcd").build(), "p17:t64 udp=1>2 pl=4", "bad_udp_length");
        row("length beyond ip", v4().udp(1, 2, {.length = 100}).payload("abcd").build(), "p17:t64 udp=1>2 pl=4", "bad_udp_length");
        row("cut by snaplen", truncated(v4().udp(1, 2).payload("abcdefgh").build(), 32), "p17:t64 udp=1>2 pl=4", "snap_length_cut", 36);
        row("truncated ports", v4({.protocol = 17}).payload(bytesFromHex("000100")).build(), "p17:t64 pl=0", "truncated_udp");
        row("truncated length", v4({.protocol = 17}).payload(bytesFromHex("0001 0002 00")).build(), "p17:t64 udp=1>2 pl=0",
            "truncated_udp");
    }
    void udp() { runDecodeRow(); }

    void icmp_data()
    {
        addDecodeColumns();
        row("echo", v4().icmp(8, 0, 0x00010001).payload("ping").withChecksums().build(), "p1:t64 icmp=8/0 pl=8");
        row("type and code only", v4({.protocol = 1}).payload(bytesFromHex("0800")).build(), "p1:t64 icmp=8/0 pl=0", "truncated_icmp");
        row("one byte", v4({.protocol = 1}).payload(bytesFromHex("08")).build(), "p1:t64 pl=0", "truncated_icmp");
        addDecodeRow("icmpv6 truncated", 229, PacketBuilder().ipv6("fe80::1", "fe80::2", {.nextHeader = 58}).payload(bytesFromHex("80")).build(),
                     "net=ipv6 ip=fe80::1>fe80::2:p58:t64 pl=0", "truncated_icmpv6");
    }
    void icmp() { runDecodeRow(); }
};

QTEST_APPLESS_MAIN(TestTransportDecoders)
#include "tst_transport_decoders.moc"
