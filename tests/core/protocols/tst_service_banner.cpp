// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArray>
#include <QStringList>
#include <QTest>

#include "core/protocols/service_banner.h"
#include "tests/support/protocol_test_support.h"

#include <span>

using namespace mieruka;
using protocols::FactList;

class TestServiceBanner : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ssh server debian")
            << QByteArray("SSH-2.0-OpenSSH_8.4p1 Debian-5\r\n")
            << 22 << 50000 << false << QStringList{QStringLiteral("server_banner=OpenSSH_8.4p1 Debian-5/0.90"), QStringLiteral("os_name=Debian/0.60")};
        QTest::newRow("ssh server ubuntu")
            << QByteArray("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.1\r\n")
            << 22 << 50000 << false << QStringList{QStringLiteral("server_banner=OpenSSH_8.9p1 Ubuntu-3ubuntu0.1/0.90"), QStringLiteral("os_name=Ubuntu/0.60")};
        QTest::newRow("ssh server windows")
            << QByteArray("SSH-2.0-OpenSSH_for_Windows_8.1\r\n")
            << 22 << 50000 << false << QStringList{QStringLiteral("server_banner=OpenSSH_for_Windows_8.1/0.90"), QStringLiteral("os_name=Windows/0.60")};
        QTest::newRow("ssh server dropbear no os")
            << QByteArray("SSH-2.0-dropbear_2019.78\r\n")
            << 22 << 50000 << false << QStringList{QStringLiteral("server_banner=dropbear_2019.78/0.90")};
        QTest::newRow("ssh client")
            << QByteArray("SSH-2.0-PuTTY_Release_0.78\r\n")
            << 50000 << 22 << true << QStringList{QStringLiteral("user_agent=PuTTY_Release_0.78/0.90")};
        QTest::newRow("ssh no line end")
            << QByteArray("SSH-2.0-OpenSSH_8.4p1 Debian-5")
            << 22 << 50000 << false << QStringList{};
        QTest::newRow("ssh binary packet")
            << QByteArray::fromHex("000001bc0a14")
            << 22 << 50000 << false << QStringList{};
        // /work/shared/captures/it-services/ipv4.pcap frames 4 and 17
        QTest::newRow("ftp greeting (ipv4.pcap #4)")
            << QByteArray("220 ftp.NetBSD.org FTP server (NetBSD-ftpd 20100320) ready.\r\n")
            << 21 << 50003 << false << QStringList{QStringLiteral("server_banner=ftp.NetBSD.org FTP server (NetBSD-ftpd 20100320) ready./0.90")};
        QTest::newRow("ftp syst (ipv4.pcap #17)")
            << QByteArray("215 UNIX Type: L8 Version: NetBSD-ftpd 20100320\r\n")
            << 21 << 50003 << false << QStringList{QStringLiteral("os_name=UNIX/0.50")};
        QTest::newRow("ftp multiline greeting")
            << QByteArray("220-Welcome to PLC FTP\r\n220 ready\r\n")
            << 21 << 50003 << false << QStringList{QStringLiteral("server_banner=Welcome to PLC FTP/0.90")};
        QTest::newRow("ftp other reply")
            << QByteArray("230 Guest login ok\r\n")
            << 21 << 50003 << false << QStringList{};
        QTest::newRow("ftp command from client")
            << QByteArray("220 not a reply\r\n")
            << 50003 << 21 << true << QStringList{};
        // /work/shared/captures/it-services/telnet.pcap frames 9 and 27
        QTest::newRow("telnet negotiation only (telnet.pcap #9)")
            << QByteArray::fromHex("fffb03fffd18fffd1ffffd20fffd21fffd22fffa22010bfff0")
            << 23 << 1254 << false << QStringList{QStringLiteral("protocol_role=telnet:server/0.90")};
        QTest::newRow("telnet banner (telnet.pcap #27)")
            << QByteArray("\r\nOpenBSD/i386 (oof) (ttyp2)\r\n\r\n")
            << 23 << 1254 << false << QStringList{QStringLiteral("server_banner=OpenBSD/i386 (oof) (ttyp2)/0.70"), QStringLiteral("protocol_role=telnet:server/0.70")};
        QTest::newRow("telnet negotiation then banner")
            << QByteArray::fromHex("fffd18fffa2001fff0") + QByteArray("\r\nRouter-7 Console\r\nlogin: ")
            << 23 << 1254 << false << QStringList{QStringLiteral("protocol_role=telnet:server/0.90"), QStringLiteral("server_banner=Router-7 Console/0.70")};
        QTest::newRow("telnet prompt is not a banner")
            << QByteArray("login: ")
            << 23 << 1254 << false << QStringList{};
        QTest::newRow("telnet session output")
            << QByteArray("64 bytes from 204.71.200.67: icmp_seq=0 ttl=241 time=69.885 ms\r\n")
            << 23 << 1254 << false << QStringList{};
        QTest::newRow("telnet unterminated subnegotiation")
            << QByteArray::fromHex("fffa18") + QByteArray(4000, 'A')
            << 23 << 1254 << false << QStringList{QStringLiteral("protocol_role=telnet:server/0.90")};
        QTest::newRow("telnet client side")
            << QByteArray::fromHex("fffb18") + QByteArray("\r\nclient\r\n\r\n")
            << 1254 << 23 << true << QStringList{};

    }

    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(test::describeWithConfidence(test::senderFacts(protocols::decodeServiceBanner, test::toBytes(payload), std::uint16_t(srcPort), std::uint16_t(dstPort), toService, true)), expected);
    }

    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        test::checkSenderPrefixes(protocols::decodeServiceBanner, payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, true);
    }
};

QTEST_GUILESS_MAIN(TestServiceBanner)
#include "tst_service_banner.moc"
