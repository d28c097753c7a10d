// SPDX-License-Identifier: GPL-3.0-or-later
#include <QByteArray>
#include <QStringList>
#include <QTest>

#include "core/protocols/http_headers.h"
#include "tests/support/protocol_test_support.h"

#include <span>

using namespace mieruka;
using protocols::FactList;

class TestHttpHeaders : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("srcPort");
        QTest::addColumn<int>("dstPort");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // /work/shared/captures/hosts/get.pcap frames 4 and 6
        QTest::newRow("request wget (get.pcap #4)")
            << QByteArray("GET /download/CHANGES.bro-aux.txt HTTP/1.1\r\nUser-Agent: Wget/1.14 (darwin12.2.0)\r\nAccept: */*\r\nHost: bro.org\r\nConnection: Keep-Alive\r\n\r\n")
            << 50000 << 80 << true << QStringList{QStringLiteral("user_agent=Wget/1.14 (darwin12.2.0)/0.90")};
        QTest::newRow("response apache (get.pcap #6)")
            << QByteArray("HTTP/1.1 200 OK\r\nDate: Mon, 03 Jun 2013 04:01:27 GMT\r\nServer: Apache/2.4.3 (Fedora)\r\nContent-Length: 4705\r\n\r\nServer: not-a-header\r\n")
            << 80 << 50000 << false << QStringList{QStringLiteral("server_banner=Apache/2.4.3 (Fedora)/0.90")};
        QTest::newRow("basic auth challenge")
            << QByteArray("HTTP/1.0 401 Unauthorized\r\nserver: GoAhead-Webs\r\nwww-authenticate: Basic realm=\"PLC\"\r\n\r\n")
            << 8080 << 50000 << false << QStringList{QStringLiteral("server_banner=GoAhead-Webs/0.90"), QStringLiteral("security_finding=http_basic_auth/0.95")};
        QTest::newRow("basic auth sent, never the credential")
            << QByteArray("POST /cgi-bin/set HTTP/1.1\r\nAuthorization: Basic YWRtaW46c2VjcmV0\r\nUSER-AGENT: curl/7.88\r\n\r\n")
            << 50000 << 8000 << true << QStringList{QStringLiteral("security_finding=http_basic_auth_sent/0.95"), QStringLiteral("user_agent=curl/7.88/0.90")};
        QTest::newRow("digest is not basic")
            << QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"x\"\r\n\r\n")
            << 80 << 50000 << false << QStringList{};
        QTest::newRow("body segment ignored")
            << QByteArray("User-Agent: fake\r\nServer: fake\r\n\r\n")
            << 50000 << 80 << true << QStringList{};
        QTest::newRow("unknown method")
            << QByteArray("FOO / HTTP/1.1\r\nUser-Agent: x\r\n\r\n")
            << 50000 << 80 << true << QStringList{};
        QTest::newRow("request line without version")
            << QByteArray("GET /index.html\r\nUser-Agent: x\r\n\r\n")
            << 50000 << 80 << true << QStringList{};
        QTest::newRow("header line cut by segment end")
            << QByteArray("GET / HTTP/1.1\r\nUser-Agent: Mozilla/5.0 (Wind")
            << 50000 << 80 << true << QStringList{};
        QTest::newRow("binary")
            << QByteArray::fromHex("16030100a5010000a10303")
            << 50000 << 80 << true << QStringList{};

    }

    void decode()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(test::describeWithConfidence(test::senderFacts(protocols::decodeHttpHeaders, test::toBytes(payload), std::uint16_t(srcPort), std::uint16_t(dstPort), toService, true)), expected);
    }

    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, srcPort);
        QFETCH(int, dstPort);
        QFETCH(bool, toService);
        test::checkSenderPrefixes(protocols::decodeHttpHeaders, payload, std::uint16_t(srcPort), std::uint16_t(dstPort), toService, true);
    }
};

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_http_headers.moc"
