// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode_test_util.h"

using namespace mieruka::test;

namespace {

constexpr const char* kDst = "00:00:5e:00:53:01";
constexpr const char* kSrc = "00:1b:1b:00:00:01";

Bytes ipv4Udp()
{
    return PacketBuilder().ipv4("192.0.2.1", "192.0.2.2").udp(5000, 53).payload("abcd").build();
}

Bytes ipv6Udp()
{
    return PacketBuilder().ipv6("2001:db8::1", "2001:db8::2").udp(5000, 53).payload("abcd").build();
}

Bytes concat(const Bytes& head, const Bytes& tail)
{
    Bytes out = head;
    out.insert(out.end(), tail.begin(), tail.end());
    return out;
}

} // namespace

class TestLinkDecoders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ethernet_data()
    {
        addDecodeColumns();
        addDecodeRow("ipv4 tcp syn", 1,
                     PacketBuilder().ethernet(kDst, kSrc).ipv4("192.0.2.1", "192.0.2.2", {.dontFragment = true})
                         .tcp(40000, 502, {.options = TcpOptionBytes().mss(1460).nop().windowScale(7).sackPermitted().timestamps(1, 0).bytes()})
                         .build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0800 net=ipv4 ip=192.0.2.1>192.0.2.2:p6:t64:df "
                     "tcp=40000>502:02 mss=1460 ws=7 sack ts opts=2,1,3,4,8 pl=0");
        addDecodeRow("vlan", 1, PacketBuilder().ethernet(kDst, kSrc).vlan(10).ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 vlan=10 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("qinq 88a8", 1,
                     PacketBuilder().ethernet(kDst, kSrc).vlan(100, 0x88a8).vlan(200).ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 vlan=100,200 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0");
        addDecodeRow("three tags", 1,
                     PacketBuilder().ethernet(kDst, kSrc).vlan(1, 0x9100).vlan(2).vlan(3).vlan(4).ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 vlan=1,2 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=0",
                     "too_many_vlan_tags");
        addDecodeRow("truncated header", 1, bytesFromHex("00005e005301 001b1b00"), "net=none pl=0", "truncated_link_header");
        addDecodeRow("truncated vlan", 1, bytesFromHex("00005e005301 001b1b000001 8100 000a"),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=8100 net=none pl=0", "truncated_vlan");
        addDecodeRow("profinet rt", 1, PacketBuilder().ethernet(kDst, kSrc, 0x8892).payload(bytesFromHex("fefe 0102")).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=8892 net=other pl=4");
        addDecodeRow("arp", 1,
                     PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", kSrc).arp(1, kSrc, "192.0.2.1", "00:00:00:00:00:00", "192.0.2.9").trailer(18).build(),
                     "eth=00:1b:1b:00:00:01>ff:ff:ff:ff:ff:ff et=0806 net=arp arp=1,00:1b:1b:00:00:01,192.0.2.1,00:00:00:00:00:00,192.0.2.9 pl=0");
        addDecodeRow("padding is not payload", 1,
                     PacketBuilder().ethernet(kDst, kSrc).ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).payload("xy").trailer(16).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=2");
        addDecodeRow("802.3 stp", 1,
                     PacketBuilder().ethernet8023("01:80:c2:00:00:00", kSrc).payload(bytesFromHex("424203 0000 00 00")).trailer(20).build(),
                     "eth=00:1b:1b:00:00:01>01:80:c2:00:00:00 llc net=other pl=4");
        addDecodeRow("802.3 llc I-format", 1,
                     PacketBuilder().ethernet8023("01:80:c2:00:00:00", kSrc).payload(bytesFromHex("f0f0 0000 ab")).build(),
                     "eth=00:1b:1b:00:00:01>01:80:c2:00:00:00 llc net=other pl=1");
        addDecodeRow("802.3 snap ipv4", 1,
                     concat(PacketBuilder().ethernet8023(kDst, kSrc, 8 + 32).payload(bytesFromHex("aaaa03 000000 0800")).build(),
                            PacketBuilder().ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).payload("abcd").build()),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0800 llc net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=4");
        addDecodeRow("802.3 snap cdp", 1,
                     PacketBuilder().ethernet8023("01:00:0c:cc:cc:cc", kSrc).payload(bytesFromHex("aaaa03 00000c 2000 0102")).build(),
                     "eth=00:1b:1b:00:00:01>01:00:0c:cc:cc:cc llc net=other pl=2");
        addDecodeRow("802.3 truncated llc", 1, PacketBuilder().ethernet8023(kDst, kSrc).payload(bytesFromHex("aa")).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 llc net=other pl=1", "truncated_llc");
        addDecodeRow("802.3 truncated snap", 1, PacketBuilder().ethernet8023(kDst, kSrc).payload(bytesFromHex("aaaa03 0000")).build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 llc net=other pl=2", "truncated_llc");
        addDecodeRow("snap length cut", 1, PacketBuilder().ethernet(kDst, kSrc).ipv4("10.0.0.1", "10.0.0.2").udp(1, 2).payload("abcdef").build(),
                     "eth=00:1b:1b:00:00:01>00:00:5e:00:53:01 et=0800 net=ipv4 ip=10.0.0.1>10.0.0.2:p17:t64 udp=1>2 pl=6",
                     "snap_length_cut", 1514);
    }
    void ethernet() { runDecodeRow(); }

    void cooked_data()
    {
        addDecodeColumns();
        const Bytes sll = bytesFromHex("0000 0001 0006 001b1b000001 0000 0800");
        const Bytes sll2 = bytesFromHex("0800 0000 00000002 0001 04 06 001b1b000001 0000");
        addDecodeRow("sll ipv4", 113, concat(sll, ipv4Udp()),
                     "src=00:1b:1b:00:00:01 et=0800 net=ipv4 ip=192.0.2.1>192.0.2.2:p17:t64 udp=5000>53 pl=4");
        addDecodeRow("sll non-ether addr", 113, concat(bytesFromHex("0000 0200 0000 0000000000000000 86dd"), ipv6Udp()),
                     "et=86dd net=ipv6 ip=2001:db8::1>2001:db8::2:p17:t64 udp=5000>53 pl=4");
        addDecodeRow("sll 802.2", 113, concat(bytesFromHex("0000 0001 0006 001b1b000001 0000 0004"), bytesFromHex("424203 0000")),
                     "src=00:1b:1b:00:00:01 llc net=other pl=2");
        addDecodeRow("sll truncated", 113, bytesFromHex("0000 0001 0006 001b1b"), "net=none pl=0", "truncated_link_header");
        addDecodeRow("sll2 ipv4", 276, concat(sll2, ipv4Udp()),
                     "src=00:1b:1b:00:00:01 et=0800 net=ipv4 ip=192.0.2.1>192.0.2.2:p17:t64 udp=5000>53 pl=4");
        addDecodeRow("sll2 truncated", 276, bytesFromHex("0800 0000 00000002 0001 04"), "net=none pl=0", "truncated_link_header");
    }
    void cooked() { runDecodeRow(); }

    void loopbackAndRaw_data()
    {
        addDecodeColumns();
        const char* v4 = "net=ipv4 ip=192.0.2.1>192.0.2.2:p17:t64 udp=5000>53 pl=4";
        const char* v6 = "net=ipv6 ip=2001:db8::1>2001:db8::2:p17:t64 udp=5000>53 pl=4";
        addDecodeRow("null le inet", 0, concat(bytesFromHex("02000000"), ipv4Udp()), v4);
        addDecodeRow("null be inet", 0, concat(bytesFromHex("00000002"), ipv4Udp()), v4);
        addDecodeRow("null le inet6 24", 0, concat(bytesFromHex("18000000"), ipv6Udp()), v6);
        addDecodeRow("null le inet6 28", 0, concat(bytesFromHex("1c000000"), ipv6Udp()), v6);
        addDecodeRow("null be inet6 30", 0, concat(bytesFromHex("0000001e"), ipv6Udp()), v6);
        addDecodeRow("null unknown", 0, concat(bytesFromHex("63000000"), ipv4Udp()), "net=none pl=32", "unknown_loopback_family");
        addDecodeRow("null truncated", 0, bytesFromHex("0200"), "net=none pl=0", "truncated_link_header");
        addDecodeRow("loop inet", 108, concat(bytesFromHex("00000002"), ipv4Udp()), v4);
        addDecodeRow("loop inet6", 108, concat(bytesFromHex("00000018"), ipv6Udp()), v6);
        addDecodeRow("ppp hdlc ipv4", 9, concat(bytesFromHex("ff03 0021"), ipv4Udp()), v4);
        addDecodeRow("ppp ipv6 no address", 9, concat(bytesFromHex("0057"), ipv6Udp()), v6);
        addDecodeRow("ppp compressed protocol", 9, concat(bytesFromHex("21"), ipv4Udp()), v4);
        addDecodeRow("ppp lcp", 9, bytesFromHex("ff03 c021 0101 0004"), "net=none pl=4");
        addDecodeRow("ppp truncated", 9, bytesFromHex("ff03 00"), "net=none pl=0", "truncated_link_header");
        addDecodeRow("raw v4", 101, ipv4Udp(), v4);
        addDecodeRow("raw v6", 101, ipv6Udp(), v6);
        addDecodeRow("raw bad version", 101, bytesFromHex("50000000"), "net=none pl=0", "bad_ipv4_version");
        addDecodeRow("raw empty", 101, {}, "net=none pl=0", "truncated_link_header");
        addDecodeRow("ipv4 link type", 228, ipv4Udp(), v4);
        addDecodeRow("ipv6 link type", 229, ipv6Udp(), v6);
        addDecodeRow("unsupported", 147, ipv4Udp(), "net=none pl=0", "unsupported_link_type");
    }
    void loopbackAndRaw() { runDecodeRow(); }

    void reuseResetsOutput()
    {
        mieruka::decode::PacketDecoder decoder;
        mieruka::decode::DecodedPacket packet;
        const Bytes first = PacketBuilder().ethernet(kDst, kSrc).vlan(5).ipv4("10.0.0.1", "10.0.0.2").tcp(1, 2).build();
        QVERIFY(decoder.decode(1, first, std::uint32_t(first.size()), packet));
        const Bytes second = concat(bytesFromHex("02000000"), ipv4Udp());
        QVERIFY(decoder.decode(0, second, std::uint32_t(second.size()), packet));
        QCOMPARE(describe(packet), QStringLiteral("net=ipv4 ip=192.0.2.1>192.0.2.2:p17:t64 udp=5000>53 pl=4"));
        QCOMPARE(packet.linkType, 0);
        QVERIFY(!decoder.decode(12345, second, std::uint32_t(second.size()), packet));
        QCOMPARE(packet.network, mieruka::decode::NetworkKind::None);
    }
};

QTEST_APPLESS_MAIN(TestLinkDecoders)
#include "tst_link_decoders.moc"
