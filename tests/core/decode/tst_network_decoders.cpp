// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode_test_util.h"

using namespace mieruka::test;

namespace {

constexpr const char* kDst = "00:00:5e:00:53:01";
constexpr const char* kSrc = "00:1b:1b:00:00:01";
constexpr int kRaw = 101;
constexpr int kIpv6Link = 229;

Bytes truncated(Bytes bytes, std::size_t size)
{
    bytes.resize(size);
    return bytes;
}

Bytes concat(const Bytes& head, const Bytes& tail)
{
    Bytes out = head;
    out.insert(out.end(), tail.begin(), tail.end());
    return out;
}

PacketBuilder v4()
{
    return std::move(PacketBuilder().ipv4("10.0.0.1", "10.0.0.2"));
}

PacketBuilder v4(const Ipv4Fields& fields)
{
    return std::move(PacketBuilder().ipv4("10.0.0.1", "10.0.0.2", fields));
}

PacketBuilder v6(const Ipv6Fields& fields = {})
{
    return std::move(PacketBuilder().ipv6("2001:db8::1", "2001:db8::2", fields));
}

} // namespace

class TestNetworkDecoders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arp_data()
    {
        addDecodeColumns();
        addDecodeRow("reply", 1, PacketBuilder().ethernet(kDst, kSrc).arp(2, kSrc, "192.0.2.1", kDst, "192.0.2.2").build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0806 net=arp arp=2,00:1b:1b:00:00:01,192.0.2.1,00:00:5e:00:53:01,192.0.2.2 pl=0");
        addDecodeRow("truncated", 1, PacketBuilder().ethernet(kDst, kSrc, 0x0806).payload(bytesFromHex("0001 0800 06 04 00")).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0806 net=other pl=7", "truncated_arp");
        addDecodeRow("truncated body", 1, truncated(PacketBuilder().ethernet(kDst, kSrc).arp(1, kSrc, "192.0.2.1", kDst, "192.0.2.2").build(), 14 + 20),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0806 net=other pl=20", "truncated_arp");
        addDecodeRow("malformed sizes", 1,
                     PacketBuilder().ethernet(kDst, kSrc, 0x0806).payload(concat(bytesFromHex("0001 0800 08 04 0001"), Bytes(24))).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0806 net=other pl=32", "malformed_arp");
    }
    void arp() { runDecodeRow(); }

    void ipv4_data()
    {
        addDecodeColumns();
        addDecodeRow("options", kRaw, v4({.options = bytesFromHex("0101 070704 00000000")}).udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("option malformed", kRaw, v4({.options = bytesFromHex("4401 0000")}).udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0", "ipv4_option_malformed");
        addDecodeRow("option past header", kRaw, v4({.options = bytesFromHex("0108 0000")}).udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0", "ipv4_option_malformed");
        addDecodeRow("first fragment", kRaw, v4({.identification = 7, .moreFragments = true}).tcp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p6:t64:frag tcp=1>2:02 pl=0");
        addDecodeRow("later fragment", kRaw, v4({.fragmentOffset = 185, .protocol = 6}).payload("abcdefgh").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p6:t64:frag:nonfirst pl=8");
        addDecodeRow("ttl and df", kRaw, v4({.ttl = 1, .dontFragment = true}).icmp(8, 0).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p1:t1:df icmp=8/0 pl=4");
        // Contradictory lengths record no IP layer at all (as tshark: no endpoints, no conversation).
        addDecodeRow("ihl 4", kRaw, v4({.ihl = 4}).udp(1, 2).build(), "net=none pl=0",
                     "bad_ipv4_header_length");
        addDecodeRow("ihl beyond frame", kRaw, v4({.ihl = 15}).udp(1, 2).build(), "net=none pl=0",
                     "bad_ipv4_header_length");
        addDecodeRow("ihl beyond snaplen", kRaw, v4({.ihl = 15}).udp(1, 2).build(), "net=none pl=0",
                     "truncated_ipv4,snap_length_cut", 100);
        addDecodeRow("total below header", kRaw, v4({.totalLength = 10}).udp(1, 2).build(),
                     "net=none pl=0", "bad_ipv4_total_length");
        addDecodeRow("total zero (tso)", kRaw, v4({.totalLength = 0}).udp(1, 2).payload("abcd").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=4");
        addDecodeRow("total beyond capture", kRaw, v4({.totalLength = 100}).udp(1, 2, {.length = 12}).payload("abcd").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=4");
        addDecodeRow("truncated", kRaw, truncated(v4().udp(1, 2).build(), 10), "net=none pl=0", "truncated_ipv4");
        addDecodeRow("bad version on 0800", 1, concat(PacketBuilder().ethernet(kDst, kSrc, 0x0800).build(), v6().udp(1, 2).build()),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0800 net=none pl=0", "bad_ipv4_version");
        addDecodeRow("other protocol", kRaw, v4({.protocol = 132}).payload("sctp").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p132:t64 other pl=4");
    }
    void ipv4() { runDecodeRow(); }

    void ipv6_data()
    {
        addDecodeColumns();
        const char* prefix = "net=ipv6 ip=2001:db8::1>2001:db8::2:";
        auto row = [prefix](const char* name, const Bytes& frame, const char* rest, const char* anomalies = "", int original = 0) {
            const QByteArray expected = QByteArray(prefix) + rest;
            QTest::newRow(name) << kIpv6Link << toQByteArray(frame) << original << QString::fromLatin1(expected)
                                << QString::fromLatin1(anomalies);
        };
        row("extension chain", v6().ipv6HopByHop().ipv6DestinationOptions().ipv6Routing(4, 1).tcp(1, 2).payload("xy").build(),
            "p6:t64 tcp=1>2:02 pl=2");
        row("hop-by-hop long", v6().ipv6HopByHop(Bytes(20)).udp(1, 2).build(), "p17:t64 udp=1>2 pl=0");
        row("first fragment", v6().ipv6Fragment(0, true, 99).udp(1, 2).payload("ab").build(), "p17:t64:frag udp=1>2 pl=2");
        row("atomic fragment", v6().ipv6Fragment(0, false, 99).udp(1, 2).build(), "p17:t64 udp=1>2 pl=0");
        row("later fragment", v6().ipv6Fragment(100, false, 99).udp(1, 2).build(), "p17:t64:frag:nonfirst pl=8");
        row("no next header", v6().ipv6DestinationOptions().payload("zz").build(), "p59:t64 pl=2");
        row("authentication header", v6({.nextHeader = 51}).payload(concat(bytesFromHex("1104 0000"), Bytes(20))).udp(1, 2).build(),
            "p17:t64 udp=1>2 pl=0");
        row("truncated extension", truncated(v6().ipv6HopByHop(Bytes(14)).udp(1, 2).build(), 48), "p0:t64 pl=0",
            "truncated_ipv6_extension_header");
        row("truncated extension by snaplen", truncated(v6().ipv6Routing().udp(1, 2).build(), 44), "p43:t64 pl=0",
            "truncated_ipv6_extension_header,snap_length_cut", 56);
        row("hop limit", v6({.hopLimit = 255}).icmpv6(128, 0, 0x00010001).payload("ping").build(), "p58:t255 icmpv6=128/0 pl=8");
        addDecodeRow("neighbour solicitation", kIpv6Link,
                     PacketBuilder().ipv6("fe80::1", "ff02::1:ff00:2", {.hopLimit = 255}).icmpv6NeighborSolicitation("fe80::2", kSrc).build(),
                     "net=ipv6 ip=fe80::1>ff02::1:ff00:2:p58:t255 icmpv6=135/0 pl=28");
        addDecodeRow("neighbour advertisement", kIpv6Link,
                     PacketBuilder().ipv6("fe80::2", "fe80::1", {.hopLimit = 255}).icmpv6NeighborAdvertisement("fe80::2", false, true, true).build(),
                     "net=ipv6 ip=fe80::2>fe80::1:p58:t255 icmpv6=136/0 pl=20");
        addDecodeRow("truncated", kIpv6Link, truncated(v6().udp(1, 2).build(), 20), "net=none pl=0", "truncated_ipv6");
        addDecodeRow("bad version on 86dd", 1, concat(PacketBuilder().ethernet(kDst, kSrc, 0x86dd).build(), v4().udp(1, 2).build()),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=86dd net=none pl=0", "bad_ipv6_version");
        addDecodeRow("padding after payload length", 1,
                     PacketBuilder().ethernet(kDst, kSrc).ipv6("2001:db8::1", "2001:db8::2").udp(1, 2).payload("a").trailer(30).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=86dd net=ipv6 ip=2001:db8::1>2001:db8::2:p17:t64 udp=1>2 pl=1");
    }
    void ipv6() { runDecodeRow(); }

    void tunnels_data()
    {
        addDecodeColumns();
        addDecodeRow("ip in ip", kRaw, v4().ipv4("172.16.0.1", "172.16.0.2").tcp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p4:t64 ip=172.16.0.1>172.16.0.2:p6:t64 tcp=1>2:02 pl=0");
        addDecodeRow("6in4", kRaw, v4().ipv6("2001:db8::1", "2001:db8::2").udp(1, 2).build(),
                     "net=ipv6 ip=10.0.0.1>10.0.0.2:p41:t64 ip=2001:db8::1>2001:db8::2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("4in6", kIpv6Link, v6().ipv4("172.16.0.1", "172.16.0.2").udp(1, 2).build(),
                     "net=ipv4 ip=2001:db8::1>2001:db8::2:p4:t64 ip=172.16.0.1>172.16.0.2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("gre ipv4", kRaw, v4().gre().ipv4("172.16.0.1", "172.16.0.2").udp(1, 2).payload("abc").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 ip=172.16.0.1>172.16.0.2:p17:t64 udp=1>2 pl=3");
        addDecodeRow("gre key ipv6", kRaw, v4().gre(0x1234).ipv6("2001:db8::1", "2001:db8::2").udp(1, 2).build(),
                     "net=ipv6 ip=10.0.0.1>10.0.0.2:p47:t64 ip=2001:db8::1>2001:db8::2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("gre checksum key sequence", kRaw, v4({.protocol = 47}).payload(bytesFromHex("b000 0800 00000000 00000001 00000002"))
                                                             .ipv4("172.16.0.1", "172.16.0.2").udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 ip=172.16.0.1>172.16.0.2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("gre transparent ethernet", 1,
                     PacketBuilder().ethernet(kDst, kSrc).vlan(7).ipv4("10.0.0.1", "10.0.0.2").gre()
                         .ethernet("02:00:00:00:00:02", "02:00:00:00:00:01").vlan(99).ipv4("172.16.0.1", "172.16.0.2").tcp(1, 2).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 vlan=7 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 "
                     "ip=172.16.0.1>172.16.0.2:p6:t64 tcp=1>2:02 pl=0");
        addDecodeRow("gre unknown protocol", kRaw, v4().gre({}, 0x88be).payload("xyz").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 other pl=3");
        addDecodeRow("gre version 1", kRaw, v4({.protocol = 47}).payload(bytesFromHex("3001 880b 0000 0000")).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 other pl=8");
        addDecodeRow("gre truncated", kRaw, v4({.protocol = 47}).payload("ab").build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 other pl=2", "truncated_gre");
        addDecodeRow("gre truncated key", kRaw, v4({.protocol = 47}).payload(bytesFromHex("2000 0800 0000")).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p47:t64 other pl=6", "truncated_gre");
        addDecodeRow("too deep", kRaw, v4().ipv4("10.0.1.1", "10.0.1.2").ipv4("10.0.2.1", "10.0.2.2").ipv4("10.0.3.1", "10.0.3.2").udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p4:t64 ip=10.0.1.1>10.0.1.2:p4:t64 ip=10.0.2.1>10.0.2.2:p4:t64 pl=0",
                     "tunnel_too_deep");
        addDecodeRow("icmp error quotes a header", kRaw, v4().icmp(3, 3).ipv4("10.0.0.2", "10.0.0.1").udp(1, 2).build(),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p1:t64 icmp=3/3 pl=32");
        addDecodeRow("inner truncated", kRaw, truncated(v4().ipv4("172.16.0.1", "172.16.0.2").tcp(1, 2).build(), 30),
                     "net=ipv4 ip=10.0.0.1>10.0.0.2:p4:t64 pl=0", "truncated_ipv4");
    }
    void tunnels() { runDecodeRow(); }
};

QTEST_APPLESS_MAIN(TestNetworkDecoders)
#include "tst_network_decoders.moc"
