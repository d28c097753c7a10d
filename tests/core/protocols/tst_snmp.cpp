// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArray>
#include <QStringList>
#include <QTest>

#include "core/protocols/snmp.h"
#include "tests/support/protocol_test_support.h"

#include <span>

using namespace mieruka;
using protocols::FactList;

class TestSnmp : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // /work/shared/captures/hosts/snmpv1_get.pcap frames 2 and 4
        QTest::newRow("v1 response sysObjectID (snmpv1_get #2)")
            << QByteArray::fromHex("303802010004067075626c6963a22b0201260201000201003020301e06082b0601020101020006122b060104018f5101010182295d011b020201")
            << 161 << 1024 << false << QStringList{QStringLiteral("security_finding=snmp_community_public/0.95"), QStringLiteral("device_type=1.3.6.1.4.1.2001.1.1.1.297.93.1.27.2.2.1/0.95")};
        QTest::newRow("v1 response sysName sysLocation (snmpv1_get #4)")
            << QByteArray::fromHex("304702010004067075626c6963a23a020127020100020100302f301106082b0601020101050004054236333030301a06082b06010201010600040e4368616e64726127732063756265")
            << 161 << 1024 << false << QStringList{QStringLiteral("security_finding=snmp_community_public/0.95"), QStringLiteral("hostname=B6300/0.95"), QStringLiteral("location=Chandra's cube/0.95")};
        // /work/shared/captures/hosts/snmpv3_get_next.pcap frame 2
        QTest::newRow("v3 report (snmpv3_get_next #2)")
            << QByteArray::fromHex("306a02010330100204207b2f7202024000040100020103041d301b040d80001f8880a9498e5e3a2c30430201dd0201dd0400040004003034040d80001f8880a9498e5e3a2c30430400a8210204207b2f720201000201003013301106092b060106030f010100410400000003")
            << 161 << 1024 << false << QStringList{QStringLiteral("protocol_role=snmp:agent/0.90")};
        QTest::newRow("v2c response sysDescr private community")
            << QByteArray::fromHex("302d020101040770726976617465a21f0201010201000201003014301206082b0601020101010004064349534f2031")
            << 161 << 1024 << false << QStringList{QStringLiteral("security_finding=snmp_community_private/0.95"), QStringLiteral("system_description=CISO 1/0.95")};
        QTest::newRow("v2c trap other community not stored")
            << QByteArray::fromHex("302f020101040773336372337421a7210201050201000201003016301406082b0601020101050004086c696e652d706c63")
            << 40000 << 162 << true << QStringList{QStringLiteral("security_finding=snmp_community_other/0.95"), QStringLiteral("hostname=line-plc/0.95")};
        QTest::newRow("v1 get request ignored")
            << QByteArray::fromHex("302602010004067075626c6963a019020126020100020100300e300c06082b060102010101000500")
            << 1024 << 161 << true << QStringList{};
        QTest::newRow("long form length maxed")
            << QByteArray::fromHex("3084ffffffff020100")
            << 161 << 1024 << false << QStringList{};
        QTest::newRow("length longer than datagram")
            << QByteArray::fromHex("30820fff02010004067075626c6963a200")
            << 161 << 1024 << false << QStringList{};
        QTest::newRow("indefinite length")
            << QByteArray::fromHex("308002010004067075626c6963a2800000")
            << 161 << 1024 << false << QStringList{};
        QTest::newRow("oid arc too wide")
            << QByteArray::fromHex("302602010004067075626c6963a219020101020100020100300e300c06072bffffffffff7f040178")
            << 161 << 1024 << false << QStringList{QStringLiteral("security_finding=snmp_community_public/0.95")};
        QTest::newRow("wrong magic")
            << QByteArray::fromHex("0102030405060708")
            << 161 << 1024 << false << QStringList{};

    }

    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(test::describeWithConfidence(test::senderFacts(protocols::decodeSnmp, test::toBytes(payload), std::uint16_t(srcPort), std::uint16_t(dstPort), toService, false)), expected);
    }

    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        test::checkSenderPrefixes(protocols::decodeSnmp, payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, false);
    }

    void oidToString()
    {
        const auto bytes = test::bytesFromHex("2b06010401090110 84");
        QCOMPARE(protocols::snmpOidToString(std::span(bytes).first(7)).value_or(""), std::string("1.3.6.1.4.1.9.1"));
        QVERIFY(!protocols::snmpOidToString(bytes)); // ends inside an arc
        const auto joint = test::bytesFromHex("8837");
        QCOMPARE(protocols::snmpOidToString(joint).value_or(""), std::string("2.999"));
    }
};

QTEST_GUILESS_MAIN(TestSnmp)
#include "tst_snmp.moc"
