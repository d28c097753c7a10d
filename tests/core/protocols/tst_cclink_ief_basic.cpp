// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/cclink_ief_basic.h"

#include "core/decode/decoded_packet.h"
#include "tests/support/packet_builder.h"

#include <algorithm>
#include <string>

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    decode::DecodedPacket packet;
    packet.network = decode::NetworkKind::Ipv4;
    packet.ipLayerCount = 1;
    packet.ipLayers[0].src = test::ip("10.0.0.1");
    packet.ipLayers[0].dst = test::ip(destination);
    packet.transport = decode::TransportKind::Udp;
    packet.srcPort = toService ? 50000 : 61450;
    packet.dstPort = toService ? 61450 : 50000;
    packet.payload = payload;
    FactList facts;
    decodeCclinkIefBasic(PayloadContext{packet, payload, 0, toService}, facts);
    QStringList result;
    for (const auto& fact : facts) {
        const char* subject = fact.subject == Subject::Source ? "src" : fact.subject == Subject::Destination ? "dst" : "exp";
        QString line = QString::fromLatin1(subject) + QLatin1Char('|')
            + QString::fromUtf8(attributeName(fact.attribute).data(), qsizetype(attributeName(fact.attribute).size()))
            + QLatin1Char('|') + QString::fromStdString(fact.value);
        if (fact.aboutIp)
            line += QLatin1Char('@') + QString::fromStdString(fact.aboutIp->toString());
        result << line;
        if (fact.protocol != "cclink_ief_basic" || fact.confidence <= 0.f || fact.confidence > 1.f)
            result << QStringLiteral("BAD LABEL OR CONFIDENCE");
    }
    return result;
}

} // namespace

class TestCclinkIefBasic : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // slmp-cclink/cclink_ief_basic_only.pcap frame 1 (to the subnet broadcast)
        QTest::newRow("cyclic request")
            << QByteArray("500000ffff030086000000700e00000100000024000000000000000000000000000000010000002baf8d688101000080"
                "8610ac0100d806f40103000b00010000000000818610ac00000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|cclink_ief_basic:master"), QStringLiteral("exp|protocol_role|cclink_ief_basic:slave@172.16.134.129")};
        // slmp-cclink/cclink_ief_basic_only.pcap frame 2 (vendor/model codes are zero)
        QTest::newRow("cyclic response")
            << QByteArray("d00000ffff03007a00000001000000280000000000000000000000000000000000000000000000000000000100000000"
                "000000818610ac0100d80600000000000000000000000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000000000000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|cclink_ief_basic:slave"), QStringLiteral("dst|protocol_role|cclink_ief_basic:master")};
        // crafted: vendor 0x1234, model 0x00abcdef, version 2
        QTest::newRow("cyclic response with identity")
            << QByteArray("d00000ffff030032000000010000002800000000000000000000000000000034120000efcdab00020000000100000000"
                "000000818610ac0100d806")
            << false
            << QStringList{QStringLiteral("src|protocol_role|cclink_ief_basic:slave"), QStringLiteral("dst|protocol_role|cclink_ief_basic:master"), QStringLiteral("src|vendor_id|4660"), QStringLiteral("src|product_code|0x00abcdef"), QStringLiteral("src|hardware_version|0x0002")};
        // crafted: header only, unicast destination
        QTest::newRow("request with unreadable slave list")
            << QByteArray("500000ffff030006000000700e0000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|cclink_ief_basic:master"), QStringLiteral("dst|protocol_role|cclink_ief_basic:slave")};
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService), expected);
    }

    /// Every prefix of every row: no crash, and nothing that the whole message would not say.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        const test::Bytes full = test::bytesFromHex(hex.toStdString());
        for (std::size_t length = 0; length < full.size(); ++length) {
            const test::Bytes prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length));
            for (const QString& fact : run(prefix, toService))
                QVERIFY2(expected.contains(fact), qPrintable(QString::number(length) + QLatin1Char(' ') + fact));
        }
    }

    /// Lengths and counts set to their maximum, every byte flipped in turn: no crash.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        const test::Bytes full = test::bytesFromHex(hex.toStdString());
        for (std::size_t i = 0; i < full.size(); ++i) {
            for (const std::byte value : {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}}) {
                test::Bytes mutated = full;
                mutated[i] = value;
                run(mutated, toService);
            }
        }
        QVERIFY(true);
    }

    void wrongMagic_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("plain slmp read") << QByteArray("500000ffff03000c00100001040000");
        QTest::newRow("wrong station") << QByteArray("500000feff030006000000700e0000");
        QTest::newRow("wrong command") << QByteArray("500000ffff030006000000710e0000");
        QTest::newRow("length beyond payload") << QByteArray("d00000ffff0300ff0000000100");
        QTest::newRow("nonzero end code field") << QByteArray("d00000ffff030004005bc00100");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCclinkIefBasic)
#include "tst_cclink_ief_basic.moc"
