// SPDX-License-Identifier: GPL-3.0-or-later
// Golden-file test of mieruka-cli against real captures (tests/data/captures, see
// tests/data/PROVENANCE.md). The expected values come from an independent oracle, TShark 4.0.17:
//   capinfos -c -d F
//   tshark -r F -q -z endpoints,ip -z endpoints,ipv6 -z conv,tcp -z conv,udp
// Conversations are written "proto addrA:portA addrB:portB packets=N bytes=N" with the two ends in
// ascending (address text, port) order, IPv6 addresses in brackets.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <utility>

namespace {

QString endpointText(const QString& address, int port)
{
    return (address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(address) : address) + QLatin1Char(':')
           + QString::number(port);
}

} // namespace

class TestRealCaptures : public QObject {
    Q_OBJECT

private slots:
    void matchesTshark_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("packets");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QStringList>("ipEndpoints");
        QTest::addColumn<QStringList>("conversations"); ///< TCP and UDP only

    QTest::newRow("sll2.pcap") << QStringLiteral("sll2.pcap") << 3 << 211
        << QStringList{QStringLiteral("116.63.66.108"), QStringLiteral("7.249.151.114")}
        << QStringList{QStringLiteral("tcp 116.63.66.108:443 7.249.151.114:57292 packets=3 bytes=211")};
    QTest::newRow("nanosecs_big_endian.pcap") << QStringLiteral("nanosecs_big_endian.pcap") << 10 << 2198
        << QStringList{QStringLiteral("127.0.0.1")}
        << QStringList{QStringLiteral("tcp 127.0.0.1:8000 127.0.0.1:43030 packets=10 bytes=2198")};
    QTest::newRow("VlanPackets.pcap") << QStringLiteral("VlanPackets.pcap") << 26 << 4686
        << QStringList{QStringLiteral("10.118.10.1"), QStringLiteral("10.118.10.2"), QStringLiteral("10.209.20.3"), QStringLiteral("10.209.20.4")}
        << QStringList{};
    QTest::newRow("QinQ_802.1_AD.pcapng") << QStringLiteral("QinQ_802.1_AD.pcapng") << 1 << 1500
        << QStringList{QStringLiteral("192.85.1.14"), QStringLiteral("192.85.1.22")}
        << QStringList{};
    QTest::newRow("modbus_test_data_part1.pcap") << QStringLiteral("modbus_test_data_part1.pcap") << 118 << 8269
        << QStringList{QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.57"), QStringLiteral("10.0.0.8"), QStringLiteral("10.0.0.9")}
        << QStringList{QStringLiteral("tcp 10.0.0.3:502 10.0.0.57:2387 packets=4 bytes=240"),
                       QStringLiteral("tcp 10.0.0.3:502 10.0.0.57:2578 packets=32 bytes=2054"),
                       QStringLiteral("tcp 10.0.0.3:502 10.0.0.9:3082 packets=25 bytes=1573"),
                       QStringLiteral("tcp 10.0.0.57:2579 10.0.0.8:502 packets=11 bytes=676"),
                       QStringLiteral("tcp 10.0.0.57:2585 10.0.0.8:502 packets=15 bytes=1806"),
                       QStringLiteral("tcp 10.0.0.57:4446 10.0.0.8:502 packets=31 bytes=1920")};
    QTest::newRow("s7comm_varservice_libnodavedemo.pcap") << QStringLiteral("s7comm_varservice_libnodavedemo.pcap") << 31 << 2326
        << QStringList{QStringLiteral("192.168.1.10"), QStringLiteral("192.168.1.40")}
        << QStringList{QStringLiteral("tcp 192.168.1.10:102 192.168.1.40:49187 packets=2 bytes=120"),
                       QStringLiteral("tcp 192.168.1.10:4258 192.168.1.40:102 packets=27 bytes=2104")};
    }

    void matchesTshark()
    {
        QFETCH(QString, file);
        QFETCH(int, packets);
        QFETCH(int, bytes);
        QFETCH(QStringList, ipEndpoints);
        QFETCH(QStringList, conversations);

        const QString path = QStringLiteral(MIERUKA_TEST_DATA_DIR "/captures/") + file;
        QProcess process;
        process.start(QStringLiteral(MIERUKA_CLI_PATH), {QStringLiteral("analyze"), path, QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
        QCOMPARE(err, QByteArray());

        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("packets")).toInteger(), qint64(packets));
        QCOMPARE(totals.value(QStringLiteral("bytes")).toInteger(), qint64(bytes));

        QStringList ips;
        for (const auto& value : root.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("ip")).toArray())
            ips << value.toString();
        ips.sort();
        ipEndpoints.sort();
        QCOMPARE(ips, ipEndpoints);

        QStringList conv;
        for (const auto& value : root.value(QStringLiteral("conversations")).toArray()) {
            const QJsonObject row = value.toObject();
            const QString proto = row.value(QStringLiteral("proto")).toString();
            if (proto != QLatin1String("tcp") && proto != QLatin1String("udp"))
                continue;
            std::pair<QString, int> a{row.value(QStringLiteral("a")).toString(), row.value(QStringLiteral("a_port")).toInt()};
            std::pair<QString, int> b{row.value(QStringLiteral("b")).toString(), row.value(QStringLiteral("b_port")).toInt()};
            if (b < a)
                std::swap(a, b);
            conv << QStringLiteral("%1 %2 %3 packets=%4 bytes=%5")
                        .arg(proto, endpointText(a.first, a.second), endpointText(b.first, b.second))
                        .arg(row.value(QStringLiteral("packets")).toInteger())
                        .arg(row.value(QStringLiteral("bytes")).toInteger());
        }
        conv.sort();
        conversations.sort();
        QCOMPARE(conv, conversations);
    }
};

QTEST_GUILESS_MAIN(TestRealCaptures)
#include "tst_real_captures.moc"
