// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArray>
#include <QStringList>
#include <QTest>

#include "core/protocols/ssdp.h"
#include "tests/support/protocol_test_support.h"

#include <span>

using namespace mieruka;
using protocols::FactList;

class TestSsdp : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // /work/shared/captures/hosts/zeek-parser-SSDP-COM_test.pcap frame 5
        QTest::newRow("notify linux (SSDP-COM #5)")
            << QByteArray("NOTIFY * HTTP/1.1\r\nServer: Linux/4.14.76+ UPnP/1.0 CyberLinkJava/1.8\r\nCache-Control: max-age=300\r\nLocation: http://192.168.1.131:39520/description.xml\r\nNTS: ssdp:alive\r\nNT: urn:schemas-upnp-org:device:MediaRenderer:1\r\nUSN: uuid:4c2b2c0e-5d61-49c0-b45d-88bb4039fe3a::urn:schemas-upnp-org:device:MediaRenderer:1\r\nHOST: 239.255.255.250:1900\r\n\r\n")
            << 55476 << 1900 << true << QStringList{QStringLiteral("system_description=Linux/4.14.76+ UPnP/1.0 CyberLinkJava/1.8/0.90"), QStringLiteral("os_name=Linux 4.14.76+/0.70"), QStringLiteral("device_type=MediaRenderer/0.90")};
        // /work/shared/captures/hosts/ssdp.pcap frame 1 (no OS in the first product token)
        QTest::newRow("notify tomato (ssdp.pcap #1)")
            << QByteArray("NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nCACHE-CONTROL: max-age=120\r\nlOCATION: http://192.168.1.1:7406/rootDesc.xml\r\nSERVER: UPnP/Tomato 1.28.7500 MIPSR2Toastman-RT K26 USB Ext UPnP/1.0 MiniUPnPd/1.6\r\nNT: upnp:rootdevice\r\nUSN: uuid:04645c3d-e6b4-4eea-bd35-5c320c12969f::upnp:rootdevice\r\nNTS: ssdp:alive\r\n\r\n")
            << 9489 << 1900 << true << QStringList{QStringLiteral("system_description=UPnP/Tomato 1.28.7500 MIPSR2Toastman-RT K26 USB Ext UPnP/1.0 MiniUPnPd/1.6/0.90")};
        QTest::newRow("search response windows, lower-case names")
            << QByteArray("HTTP/1.1 200 OK\r\ncache-control: max-age=1800\r\nlocation: http://10.0.0.5:2869/upnphost/udhisapi.dll?content=uuid:1\r\nserver: Microsoft-Windows/10.0 UPnP/1.0 UPnP-Device-Host/1.0\r\nst: urn:schemas-upnp-org:device:MediaServer:1\r\nusn: uuid:1::urn:schemas-upnp-org:device:MediaServer:1\r\n\r\n")
            << 1900 << 50000 << false << QStringList{QStringLiteral("system_description=Microsoft-Windows/10.0 UPnP/1.0 UPnP-Device-Host/1.0/0.90"), QStringLiteral("os_name=Windows 10.0/0.70"), QStringLiteral("device_type=MediaServer/0.90")};
        QTest::newRow("windows nt with space")
            << QByteArray("HTTP/1.1 200 OK\r\nSERVER: Windows NT/5.0, UPnP/1.0\r\nST: upnp:rootdevice\r\n\r\n")
            << 1900 << 50000 << false << QStringList{QStringLiteral("system_description=Windows NT/5.0, UPnP/1.0/0.90"), QStringLiteral("os_name=Windows NT 5.0/0.70")};
        // /work/shared/captures/hosts/zeek-parser-SSDP-COM_test.pcap frame 54
        QTest::newRow("m-search user agent (SSDP-COM #54)")
            << QByteArray("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: urn:dial-multiscreen-org:service:dial:1\r\nUSER-AGENT: Google Chrome/106.0.5249.119 Linux\r\n\r\n")
            << 45784 << 1900 << true << QStringList{QStringLiteral("user_agent=Google Chrome/106.0.5249.119 Linux/0.90")};
        QTest::newRow("m-search ST is not the sender")
            << QByteArray("M-SEARCH * HTTP/1.1\r\nST: urn:schemas-upnp-org:device:MediaServer:1\r\nSERVER: Linux/5.0 UPnP/1.0\r\n\r\n")
            << 45784 << 1900 << true << QStringList{};
        QTest::newRow("hostile control chars")
            << QByteArray("NOTIFY * HTTP/1.1\r\nSERVER: evil\x1b[31m\xe2\x80\xae\r\n\r\n")
            << 1900 << 1900 << true << QStringList{QStringLiteral("system_description=evil\uFFFD[31m\uFFFD/0.90")};
        QTest::newRow("wrong start line")
            << QByteArray("NOTIFY /x HTTP/1.1\r\nSERVER: Linux/5.0 UPnP/1.0\r\n\r\n")
            << 1900 << 1900 << true << QStringList{};
        QTest::newRow("binary")
            << QByteArray::fromHex("4e0000ff00112233")
            << 1900 << 1900 << true << QStringList{};
        QTest::newRow("long header run")
            << QByteArray("NOTIFY * HTTP/1.1\r\n") + QByteArray("X: y\r\n").repeated(5000) + QByteArray("SERVER: Linux/5.0\r\n\r\n")
            << 1900 << 1900 << true << QStringList{};

    }

    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(test::describeWithConfidence(test::senderFacts(protocols::decodeSsdp, test::toBytes(payload), std::uint16_t(srcPort), std::uint16_t(dstPort), toService, false)), expected);
    }

    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        test::checkSenderPrefixes(protocols::decodeSsdp, payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, false);
    }

    void osFromProductTokens()
    {
        QCOMPARE(protocols::osFromProductTokens("Linux/3.14 UPnP/1.0 foo/1").value_or(""), std::string("Linux 3.14"));
        QCOMPARE(protocols::osFromProductTokens("Microsoft-Windows/10.0 UPnP/1.0").value_or(""), std::string("Windows 10.0"));
        QCOMPARE(protocols::osFromProductTokens("Microsoft-Windows-NT/5.1 UPnP/1.0").value_or(""), std::string("Windows NT 5.1"));
        QVERIFY(!protocols::osFromProductTokens("Linuxbox/1.0 UPnP/1.0"));
        QVERIFY(!protocols::osFromProductTokens("Unspecified, UPnP/1.0, Unspecified"));
        QVERIFY(!protocols::osFromProductTokens("/"));
    }
};

QTEST_GUILESS_MAIN(TestSsdp)
#include "tst_ssdp.moc"
