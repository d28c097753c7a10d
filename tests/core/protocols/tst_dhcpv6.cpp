// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/dhcpv6.h"
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
    return test::decodePayload(protocols::decodeDhcpv6, payload, test::PacketSpec{.srcIp = source, .toService = true});
}

// "attribute=value", plus " @ip/mac" for facts about an explicit host; sorted.
QStringList describeAll(const FactList& facts)
{
    return test::describeSortedWithHost(facts);
}

} // namespace

class TestDhcpv6 : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");

        // hosts/zeek-parser-DHCPv6-COM_test.pcap frame 1: Solicit from Windows Server 2008 R2.
        QTest::newRow("solicit (capture)")
            << QByteArray::fromHex("01c85fb60008000200000001000e0001000123880919000c295201f30003000c0e000c290000000000000000"
                                   "0027001d000e76616772616e742d323030385232056861707079056372617a79000010000e0000013700"
                                   "084d53465420352e30000600080018001700110027")
            << QString::fromLatin1("fe80::8882:5cf6:f2eb:c8b9")
            << QStringList{QStringLiteral("dhcp_client_id=00:01:00:01:23:88:09:19:00:0c:29:52:01:f3"),
                           QStringLiteral("dhcp_fingerprint=24,23,17,39"),
                           QStringLiteral("dhcp_vendor_class=311:MSFT 5.0"),
                           QStringLiteral("domain_name=vagrant-2008R2.happy.crazy"),
                           QStringLiteral("hostname=vagrant-2008R2")};
        // hosts/dhcp6_outlease_acquisition.pcapng frame 2: Advertise.
        QTest::newRow("advertise (capture)")
            << QByteArray::fromHex("029de03f0001000e000100011def69bd000c295e77440002000e000100011de4b858000c291fa7550003"
                                   "0028295e77440000070800000b400005001820010db800010002000000000000100200000e1000000e10"
                                   "0017001020010db8000000000000000000000035")
            << QString::fromLatin1("fe80::20c:29ff:fe1f:a755") << QStringList{QStringLiteral("protocol_role=dhcpv6:server")};
        QTest::newRow("inform: host-only fqdn, vendor class items")
            << QByteArray::fromHex("0b000001" "0027000601" "04706c6331" "0010000f" "0000a2c5" "0003" "616263" "0004" "64656667"
                                   "00060004" "00170018")
            << QString::fromLatin1("fe80::1")
            << QStringList{QStringLiteral("dhcp_fingerprint=23,24"), QStringLiteral("dhcp_vendor_class=41669:abc,defg"),
                           QStringLiteral("hostname=plc1")};
        QTest::newRow("relay-forward ignored")
            << QByteArray::fromHex("0c00fe800000000000000000000000000001fe80000000000000000000000000000200090004") + QByteArray::fromHex("01000001")
            << QString::fromLatin1("fe80::1") << QStringList{};
        QTest::newRow("option length maxed")
            << QByteArray::fromHex("01000001" "0006ffff" "00170018") << QString::fromLatin1("fe80::1") << QStringList{};
        QTest::newRow("fqdn with compression pointer")
            << QByteArray::fromHex("01000001" "0027000301c00c") << QString::fromLatin1("fe80::1") << QStringList{};
        QTest::newRow("unknown message type")
            << QByteArray::fromHex("2a000001" "00060004" "00170018") << QString::fromLatin1("fe80::1") << QStringList{};
        QTest::newRow("empty") << QByteArray() << QString::fromLatin1("fe80::1") << QStringList{};
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
            QCOMPARE(fact.protocol, std::string_view("dhcpv6"));
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
        QByteArray message = QByteArray::fromHex("01000001");
        for (const char code : {char(1), char(6), char(16), char(39)}) {
            message += QByteArray::fromHex("00") + QByteArray(1, code) + QByteArray::fromHex("0400");
            message += QByteArray(1024, char(0x3f)); // '?' also makes 63-byte labels for option 39
        }
        const test::Bytes bytes = toBytes(message);
        const FactList facts = run(bytes, QString::fromLatin1("fe80::1"));
        QVERIFY(!facts.empty());
        for (const auto& fact : facts)
            QVERIFY(fact.value.size() <= 1024);
    }
};

QTEST_GUILESS_MAIN(TestDhcpv6)
#include "tst_dhcpv6.moc"
