// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/dns_names.h"
#include "tests/support/protocol_test_support.h"

#include <cstdio>

using namespace mieruka;
using protocols::FactList;

namespace {

FactList run(const test::Bytes& payload, const QString& source, std::uint16_t srcPort, std::uint16_t dstPort, bool tcp)
{
    const std::string sourceIp = source.toStdString();
    return test::decodePayload(protocols::decodeDnsNames, payload,
                               test::PacketSpec{.transport = tcp ? decode::TransportKind::Tcp : decode::TransportKind::Udp,
                                                .srcPort = srcPort,
                                                .dstPort = dstPort,
                                                .srcIp = sourceIp,
                                                .toService = dstPort == 53 || dstPort == 5353 || dstPort == 5355});
}

/// "attribute=value@about/confidence", about = "src" or the explicit address.
QStringList describe(const FactList& facts)
{
    QStringList out;
    for (const auto& fact : facts) {
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", double(fact.confidence));
        const std::string about = fact.subject == protocols::Subject::Explicit && fact.aboutIp ? fact.aboutIp->toString()
                                                                                              : std::string("src");
        out << QString::fromStdString(std::string(protocols::attributeName(fact.attribute)) + '=' + fact.value + '@'
                                      + about + '/' + confidence);
    }
    return out;
}

QString longNameMessage()
{
    // five 63-byte labels: 320 octets, over the RFC 1035 limit of 255
    QString hex = QStringLiteral("000084000000000100000000");
    for (int i = 0; i < 5; ++i)
        hex += QStringLiteral("3f") + QString(QStringLiteral("61")).repeated(63);
    return hex + QStringLiteral("0000010001000000780004c0a80001");
}

} // namespace

class TestDnsNames : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<QStringList>("expected");

        // /work/shared/captures/mixed/wrapup.pcapng frame 7: mDNS announcement of VJTI-PC3 (A, AAAA, PTRs)
        QTest::newRow("mdns announcement (wrapup #7)")
            << QStringLiteral("00008400000000080000000208564a54492d504333095f6e692d6c6f676f73045f746370056c6f63616c000021800100000078001100000000092708564a54492d504333c024c00c0010800100001194000100095f7365727669636573075f646e732d7364045f756470c024000c0001000011940002c015c015000c0001000011940002c00cc03b00018001000000780004c0a800100231360130033136380331393207696e2d61646472046172706100000c8001000000780002c03bc03b001c8001000000780010fe80000000000000098ade6ea5a46cfa0141014601430136013401410135014101450136014501440141013801390130013001300130013001300130013001300130013001300130013001380145014603697036c0ab000c8001000000780002c03bc00c002f8001000000780009c00c00050000800040c03b002f8001000000780008c03b000440000008")
            << QStringLiteral("192.168.0.16") << 5353 << 5353 << false
            << QStringList{QStringLiteral("hostname=VJTI-PC3@192.168.0.16/0.95"),
                           QStringLiteral("domain_name=VJTI-PC3.local@192.168.0.16/0.95"),
                           QStringLiteral("hostname=VJTI-PC3@fe80::98a:de6e:a5a4:6cfa/0.70"),
                           QStringLiteral("domain_name=VJTI-PC3.local@fe80::98a:de6e:a5a4:6cfa/0.70")};
        // crafted (RFC 6763 device-info TXT)
        QTest::newRow("mdns device-info model")
            << QStringLiteral("000084000000000100000000054d794d61630c5f6465766963652d696e666f045f746370056c6f63616c0000108001000011940020146d6f64656c3d4d6163426f6f6b50726f31342c310a6f7378766572733d3138")
            << QStringLiteral("192.168.0.20") << 5353 << 5353 << false
            << QStringList{QStringLiteral("model_name=MacBookPro14,1@src/0.90")};
        QTest::newRow("mdns name outside .local")
            << QStringLiteral("00008400000000010000000004686f7374076578616d706c650000018001000000780004c0a80005")
            << QStringLiteral("192.168.0.5") << 5353 << 5353 << false << QStringList{};
        QTest::newRow("mdns goodbye (ttl 0)")
            << QStringLiteral("00008400000000010000000003706c63056c6f63616c0000018001000000000004c0a80005")
            << QStringLiteral("192.168.0.5") << 5353 << 5353 << false << QStringList{};
        // /work/shared/captures/hosts/llmnr-udp_input.pcap frame 2
        QTest::newRow("llmnr udp response (llmnr-udp #2)")
            << QStringLiteral("c341800000010001000000000668733230313100000100010648533230313100000100010000001e0004c0a80a65")
            << QStringLiteral("192.168.10.101") << 5355 << 61640 << false
            << QStringList{QStringLiteral("hostname=HS2011@192.168.10.101/0.95")};
        // /work/shared/captures/hosts/llmnr-tcp_input.pcap frame 6 (two-byte length prefix)
        QTest::newRow("llmnr tcp response (llmnr-tcp #6)")
            << QStringLiteral("002d1234800000010001000000000b776f726b73746174696f6e0000010001c00c00010001000000010004c0a80164")
            << QStringLiteral("192.168.1.100") << 5355 << 49152 << true
            << QStringList{QStringLiteral("hostname=workstation@192.168.1.100/0.95")};
        QTest::newRow("llmnr query skipped")
            << QStringLiteral("c34100000001000000000000066873323031310000010001")
            << QStringLiteral("192.168.10.5") << 61640 << 5355 << false << QStringList{};
        // /work/shared/captures/formats/many_interfaces-1.pcapng frame 21
        QTest::newRow("dns ptr in-addr.arpa (many_interfaces #21)")
            << QStringLiteral("ec32818000010001000000000331383903323034033139340331373307696e2d61646472046172706100000c0001c00c000c0001000111a300160a71622d696e2d66313839053165313030036e657400")
            << QStringLiteral("192.168.1.1") << 53 << 60000 << false
            << QStringList{QStringLiteral("protocol_role=dns:server@src/0.90"),
                           QStringLiteral("hostname=qb-in-f189@173.194.204.189/0.60"),
                           QStringLiteral("domain_name=qb-in-f189.1e100.net@173.194.204.189/0.60")};
        QTest::newRow("dns ptr ip6.arpa")
            << QStringLiteral("1234818000010001000000000132013401300130013001300130013001300130013001300130013001300130013001300130013001300130013001300138016201640130013101300130013203697036046172706100000c0001c00c000c000100000e10001404706c633105706c616e74076578616d706c6500")
            << QStringLiteral("10.0.0.53") << 53 << 40000 << false
            << QStringList{QStringLiteral("protocol_role=dns:server@src/0.90"),
                           QStringLiteral("hostname=plc1@2001:db8::42/0.60"),
                           QStringLiteral("domain_name=plc1.plant.example@2001:db8::42/0.60")};
        QTest::newRow("dns A answer: only the server role")
            << QStringLiteral("00078180000100010000000003777777076578616d706c6503636f6d0000010001c00c000100010000012c00045db8d822")
            << QStringLiteral("10.0.0.53") << 53 << 40000 << false
            << QStringList{QStringLiteral("protocol_role=dns:server@src/0.90")};
        QTest::newRow("dns query skipped")
            << QStringLiteral("00070100000100000000000003777777076578616d706c6503636f6d0000010001")
            << QStringLiteral("10.0.0.7") << 40000 << 53 << false << QStringList{};
        // hostile
        QTest::newRow("pointer to itself")
            << QStringLiteral("000084000001000100000000c00c00010001") << QStringLiteral("10.0.0.1") << 5353 << 5353
            << false << QStringList{};
        QTest::newRow("forward pointer")
            << QStringLiteral("000084000000000100000000c020000100010000007800040000000003706c63056c6f63616c00")
            << QStringLiteral("10.0.0.1") << 5353 << 5353 << false << QStringList{};
        QTest::newRow("name over 255 octets") << longNameMessage() << QStringLiteral("10.0.0.1") << 5353 << 5353
                                              << false << QStringList{};
        QTest::newRow("counts and rdlength maxed")
            << QStringLiteral("00008400ffffffffffffffff03706c63056c6f63616c000001000100000078ffff00000000")
            << QStringLiteral("10.0.0.1") << 5353 << 5353 << false << QStringList{};
        QTest::newRow("tcp length prefix maxed")
            << QStringLiteral("ffff1234800000010001000000000b776f726b73746174696f6e0000010001c00c00010001000000010004c0a80164")
            << QStringLiteral("192.168.1.100") << 5355 << 49152 << true
            << QStringList{QStringLiteral("hostname=workstation@192.168.1.100/0.95")};
        QTest::newRow("not dns ports") << QStringLiteral("c341800000010001000000000668733230313100000100010648533230313100000100010000001e0004c0a80a65")
                                       << QStringLiteral("10.0.0.1") << 40000 << 40001 << false << QStringList{};
    }

    void decode()
    {
        QFETCH(QString, hex);
        QFETCH(QString, source);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, tcp);
        QFETCH(QStringList, expected);
        const auto payload = test::bytesFromHex(hex.toStdString());
        QCOMPARE(describe(run(payload, source, std::uint16_t(srcPort), std::uint16_t(dstPort), tcp)), expected);
    }

    /// Every prefix of every row: no crash, and nothing that the whole message would not say.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QString, hex);
        QFETCH(QString, source);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, tcp);
        const auto payload = test::bytesFromHex(hex.toStdString());
        const auto describePart = [&](const test::Bytes& part) {
            return describe(run(part, source, std::uint16_t(srcPort), std::uint16_t(dstPort), tcp));
        };
        test::verifyPrefixesSayNoMore(payload, describePart(payload), describePart);
    }

    /// A chain of backward pointers (each legal on its own) is followed only so far.
    void pointerChainIsBounded_data()
    {
        QTest::addColumn<int>("links");
        QTest::addColumn<int>("expectedFacts");
        QTest::newRow("10 links") << 10 << 2;
        QTest::newRow("200 links") << 200 << 0;
    }
    void pointerChainIsBounded()
    {
        QFETCH(int, links);
        QFETCH(int, expectedFacts);
        // answer 1: type 99 whose rdata holds "plc.local" and then the chain;
        // answer 2: A record whose owner is the last link of the chain.
        test::Bytes rdata = test::bytesFromHex("03706c63056c6f63616c00");
        const std::size_t rdataStart = 12 + 11 + 10; // header, owner "plc.local", type..rdlength
        std::size_t previous = rdataStart;
        for (int i = 0; i < links; ++i) {
            const std::size_t here = rdataStart + rdata.size();
            rdata.push_back(std::byte(0xc0 | (previous >> 8)));
            rdata.push_back(std::byte(previous & 0xff));
            previous = here;
        }
        test::Bytes message = test::bytesFromHex("000084000000000200000000 03706c63056c6f63616c00 0063 0001 00000078");
        message.push_back(std::byte(rdata.size() >> 8));
        message.push_back(std::byte(rdata.size() & 0xff));
        message.insert(message.end(), rdata.begin(), rdata.end());
        message.push_back(std::byte(0xc0 | (previous >> 8)));
        message.push_back(std::byte(previous & 0xff));
        const auto tail = test::bytesFromHex("0001 0001 00000078 0004 c0a80001");
        message.insert(message.end(), tail.begin(), tail.end());
        QCOMPARE(int(run(message, QStringLiteral("192.168.0.1"), 5353, 5353, false).size()), expectedFacts);
    }
};

QTEST_GUILESS_MAIN(TestDnsNames)
#include "tst_dns_names.moc"
