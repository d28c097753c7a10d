// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/dhcp.h"
#include "tests/support/protocol_test_support.h"

#include <algorithm>

using namespace mieruka;
using protocols::FactList;
using test::toBytes;
using protocols::Subject;

namespace {

FactList run(const test::Bytes& payload, const QString& sourceIp)
{
    const std::string source = sourceIp.toStdString();
    return test::decodePayload(protocols::decodeDhcp, payload, test::PacketSpec{.srcIp = source, .toService = true});
}

// "attribute=value", plus " @ip/mac" for facts about an explicit host; sorted.
QStringList describeAll(const FactList& facts)
{
    return test::describeSortedWithHost(facts);
}

// A BOOTP message: fixed part with the given addresses (hex) and chaddr, the magic cookie, options.
QByteArray bootp(int op, const char* ciaddr, const char* yiaddr, const char* giaddr, const char* mac, const char* options)
{
    QByteArray message = QByteArray::fromHex("0101060012345678" "00000000");
    message[0] = static_cast<char>(op);
    message += QByteArray::fromHex(ciaddr) + QByteArray::fromHex(yiaddr) + QByteArray(4, '\0')
        + QByteArray::fromHex(giaddr);
    QByteArray chaddr = QByteArray::fromHex(mac);
    chaddr.resize(16, '\0');
    message += chaddr + QByteArray(64 + 128, '\0') + QByteArray::fromHex("63825363") + QByteArray::fromHex(options);
    return message;
}

} // namespace

class TestDhcp : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");

        // hosts/dhcp-eve-extended-option-60_input.pcap frame 1: REQUEST from 0.0.0.0.
        QTest::newRow("request from 0.0.0.0 (capture)")
            << bootp(1, "00000000", "00000000", "00000000", "28cfdadc8d76",
                     "3501033d070128cfdadc8d763204c0a8016f0c0c4e69636b734d6163426f6f6b510f0000004e69636b734d6163426f"
                     "6f6b3c084d53465420352e30370c010f03062c2e2f1f2179f92bff")
            << QString::fromLatin1("0.0.0.0")
            << QStringList{QStringLiteral("dhcp_client_id=01:28:cf:da:dc:8d:76 @-/28:cf:da:dc:8d:76"),
                           QStringLiteral("dhcp_fingerprint=1,15,3,6,44,46,47,31,33,121,249,43 @-/28:cf:da:dc:8d:76"),
                           QStringLiteral("dhcp_vendor_class=MSFT 5.0 @-/28:cf:da:dc:8d:76"),
                           QStringLiteral("hostname=NicksMacBook @-/28:cf:da:dc:8d:76")};
        // hosts/dhcp-eve-extended_input.pcap frame 1: REQUEST from a bound client (ciaddr set).
        QTest::newRow("request from bound client (capture)")
            << bootp(1, "0a100104", "00000000", "00000000", "0011321749f0",
                     "3501030c056e617331003707011c02030f060c3d07010011321749f0ff")
            << QString::fromLatin1("10.16.1.4")
            << QStringList{QStringLiteral("dhcp_client_id=01:00:11:32:17:49:f0"),
                           QStringLiteral("dhcp_fingerprint=1,28,2,3,15,6,12"), QStringLiteral("hostname=nas1")};
        // Same capture, frame 2: the ACK naming nas1.
        QTest::newRow("ack (capture)")
            << bootp(2, "0a100104", "0a100104", "00000000", "0011321749f0",
                     "35010536040a100101330400000e103a04000006913b0400000bd70104ffff00001c040a10ffff06040a1001010f07756e"
                     "782e6361000c056e6173310003040a100101ff")
            << QString::fromLatin1("10.16.1.1")
            << QStringList{QStringLiteral("hostname=nas1 @10.16.1.4/00:11:32:17:49:f0"),
                           QStringLiteral("protocol_role=dhcp:server")};
        QTest::newRow("fqdn wire format, text client id")
            << bootp(1, "c0a80114", "00000000", "00000000", "001b1b000001",
                     "350108" "5115050000" "04706c6331076578616d706c6503636f6d00" "3d0400616263" "ff")
            << QString::fromLatin1("192.168.1.20")
            << QStringList{QStringLiteral("dhcp_client_id=abc"), QStringLiteral("domain_name=plc1.example.com"),
                           QStringLiteral("hostname=plc1")};
        QTest::newRow("relayed discover")
            << bootp(1, "00000000", "00000000", "0a000001", "001b1b000002", "3501010c03686d69ff")
            << QString::fromLatin1("10.0.0.1") << QStringList{QStringLiteral("hostname=hmi @-/00:1b:1b:00:00:02")};
        QTest::newRow("offer through a relay")
            << bootp(2, "00000000", "0a000032", "0a000001", "001b1b000002", "3501023604 0a090909 0c03686d69ff")
            << QString::fromLatin1("10.0.0.1")
            << QStringList{QStringLiteral("hostname=hmi @10.0.0.50/00:1b:1b:00:00:02"),
                           QStringLiteral("protocol_role=dhcp:server @10.9.9.9/-")};
        QTest::newRow("pad and overload")
            << bootp(1, "c0a80115", "00000000", "00000000", "001b1b000003", "0000340103350101 0c027063 ff")
            << QString::fromLatin1("192.168.1.21") << QStringList{QStringLiteral("hostname=pc")};
        QTest::newRow("release carries no identity")
            << bootp(1, "c0a80115", "00000000", "00000000", "001b1b000003", "3501070c027063ff")
            << QString::fromLatin1("192.168.1.21") << QStringList{};
        QTest::newRow("option length past the end")
            << bootp(1, "c0a80115", "00000000", "00000000", "001b1b000003", "3501010cff7063")
            << QString::fromLatin1("192.168.1.21") << QStringList{};
        QTest::newRow("wrong magic")
            << bootp(1, "c0a80115", "00000000", "00000000", "001b1b000003", "3501010c027063ff").replace(
                   QByteArray::fromHex("63825363"), QByteArray::fromHex("63825364"))
            << QString::fromLatin1("192.168.1.21") << QStringList{};
        QTest::newRow("not bootp") << QByteArray::fromHex("0301060000") << QString::fromLatin1("192.168.1.21")
                                   << QStringList{};
        QTest::newRow("empty") << QByteArray() << QString::fromLatin1("192.168.1.21") << QStringList{};
    }

    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const test::Bytes bytes = toBytes(payload);
        const FactList facts = run(bytes, source);
        QCOMPARE(describeAll(facts), expected);
        for (const auto& fact : facts)
            QCOMPARE(fact.protocol, std::string_view("dhcp"));
    }

    // Every prefix decodes without crashing, and whatever it yields is also a fact of the whole.
    void truncated_data() { decode_data(); }
    void truncated()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, source);
        const test::Bytes bytes = toBytes(payload);
        test::verifyPrefixesSayNoMore(bytes, describeAll(run(bytes, source)),
                                      [&](const test::Bytes& prefix) { return describeAll(run(prefix, source)); });
    }

    void maximalLengthsAreBounded()
    {
        // 255-byte options everywhere: values are kept bounded.
        QByteArray options = QByteArray::fromHex("350101");
        for (const char code : {char(12), char(55), char(60), char(61), char(81)})
            options += QByteArray(1, code) + QByteArray(1, char(0xff)) + QByteArray(255, 'A');
        QByteArray message = bootp(1, "c0a80115", "00000000", "00000000", "001b1b000003", "") + options;
        const test::Bytes bytes = toBytes(message);
        const FactList facts = run(bytes, QString::fromLatin1("192.168.1.21"));
        QCOMPARE(facts.size(), std::size_t(4)); // the FQDN has no dot and option 12 names the host
        for (const auto& fact : facts)
            QVERIFY(fact.value.size() <= 1024);
    }
};

QTEST_GUILESS_MAIN(TestDhcp)
#include "tst_dhcp.moc"
