// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/dnp3.h"

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
    packet.transport = decode::TransportKind::Tcp;
    packet.srcPort = toService ? 50000 : 20000;
    packet.dstPort = toService ? 20000 : 50000;
    packet.payload = payload;
    FactList facts;
    decodeDnp3(PayloadContext{packet, payload, 0, toService}, facts);
    QStringList result;
    for (const auto& fact : facts) {
        const char* subject = fact.subject == Subject::Source ? "src" : fact.subject == Subject::Destination ? "dst" : "exp";
        QString line = QString::fromLatin1(subject) + QLatin1Char('|')
            + QString::fromUtf8(attributeName(fact.attribute).data(), qsizetype(attributeName(fact.attribute).size()))
            + QLatin1Char('|') + QString::fromStdString(fact.value);
        if (fact.aboutIp)
            line += QLatin1Char('@') + QString::fromStdString(fact.aboutIp->toString());
        result << line;
        if (fact.protocol != "dnp3" || fact.confidence <= 0.f || fact.confidence > 1.f)
            result << QStringLiteral("BAD LABEL OR CONFIDENCE");
    }
    return result;
}

} // namespace

class TestDnp3 : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // dnp3/dnp3_read.pcap frame 4
        QTest::newRow("read request from master")
            << QByteArray("056414c4020003004503c7c8013c02063c03063c04063c010642ac")
            << true
            << QStringList{QStringLiteral("src|protocol_role|dnp3:master"), QStringLiteral("dst|protocol_role|dnp3:outstation"), QStringLiteral("src|station_address|dnp3:3")};
        // dnp3/dnp3_read.pcap frame 6
        QTest::newRow("response from outstation")
            << QByteArray("05647444030002006854f4c88100000102000008810181010101d3740101010a02000006000000000000011e6ca40100"
                "000e01ef03")
            << false
            << QStringList{QStringLiteral("src|protocol_role|dnp3:outstation"), QStringLiteral("dst|protocol_role|dnp3:master"), QStringLiteral("src|station_address|dnp3:2")};
        // crafted: primary, function 9, DIR=1
        QTest::newRow("link status request")
            << QByteArray("056405c901000a000000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|dnp3:master"), QStringLiteral("dst|protocol_role|dnp3:outstation"), QStringLiteral("src|station_address|dnp3:10")};
        // crafted: source 0xfffd (broadcast)
        QTest::newRow("reserved source address")
            << QByteArray("056405440100fdff0000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|dnp3:outstation"), QStringLiteral("dst|protocol_role|dnp3:master")};
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
        QTest::newRow("wrong start") << QByteArray("056505c901000a000000");
        QTest::newRow("length below minimum") << QByteArray("056404c901000a000000");
        QTest::newRow("undefined primary function") << QByteArray("056405c501000a000000");
        QTest::newRow("undefined secondary function") << QByteArray("0564058201000a000000");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnp3)
#include "tst_dnp3.moc"
