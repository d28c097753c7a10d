// SPDX-License-Identifier: GPL-3.0-or-later
// Qt 6.4's moc cannot parse <compare>/<concepts>; it only needs the QObject below.
#ifndef Q_MOC_RUN
#include "core/net/mac_address.h"
#endif

#include <QTest>

using mieruka::net::MacAddress;

class TestMacAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("colons") << QStringLiteral("00:1b:1b:aa:bb:cc") << true << QStringLiteral("00:1b:1b:aa:bb:cc");
        QTest::newRow("upper dashes") << QStringLiteral("00-1B-1B-AA-BB-CC") << true << QStringLiteral("00:1b:1b:aa:bb:cc");
        QTest::newRow("broadcast") << QStringLiteral("ff:ff:ff:ff:ff:ff") << true << QStringLiteral("ff:ff:ff:ff:ff:ff");
        QTest::newRow("mixed separators") << QStringLiteral("00:1b-1b:aa:bb:cc") << false << QString();
        QTest::newRow("short") << QStringLiteral("00:1b:1b:aa:bb") << false << QString();
        QTest::newRow("long") << QStringLiteral("00:1b:1b:aa:bb:cc:dd") << false << QString();
        QTest::newRow("bad digit") << QStringLiteral("00:1b:1b:aa:bb:cg") << false << QString();
        QTest::newRow("dots") << QStringLiteral("001b.1baa.bbcc") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const QByteArray latin = text.toLatin1();
        const auto parsed = MacAddress::parse(std::string_view(latin.constData(), size_t(latin.size())));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(parsed->toString()), canonical);
    }

    void properties_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("zero");
        QTest::addColumn<bool>("broadcast");
        QTest::addColumn<bool>("multicast");
        QTest::addColumn<bool>("local");
        QTest::newRow("zero") << QStringLiteral("00:00:00:00:00:00") << true << false << false << false;
        QTest::newRow("broadcast") << QStringLiteral("ff:ff:ff:ff:ff:ff") << false << true << true << true;
        QTest::newRow("ipv4 multicast") << QStringLiteral("01:00:5e:00:00:fb") << false << false << true << false;
        QTest::newRow("profinet") << QStringLiteral("01:0e:cf:00:00:00") << false << false << true << false;
        QTest::newRow("local") << QStringLiteral("02:42:ac:11:00:02") << false << false << false << true;
        QTest::newRow("siemens") << QStringLiteral("00:1b:1b:01:02:03") << false << false << false << false;
    }

    void properties()
    {
        QFETCH(QString, text);
        QFETCH(bool, zero);
        QFETCH(bool, broadcast);
        QFETCH(bool, multicast);
        QFETCH(bool, local);
        const QByteArray latin = text.toLatin1();
        const auto address = *MacAddress::parse(latin.toStdString());
        QCOMPARE(address.isZero(), zero);
        QCOMPARE(address.isBroadcast(), broadcast);
        QCOMPARE(address.isMulticast(), multicast);
        QCOMPARE(address.isLocallyAdministered(), local);
        QCOMPARE(MacAddress::fromU64(address.toU64()), address);
    }

    void conversions()
    {
        const std::array<std::byte, 7> bytes = {std::byte{0x00}, std::byte{0x1b}, std::byte{0x1b}, std::byte{0xde},
                                                std::byte{0xad}, std::byte{0xbe}, std::byte{0xef}};
        const auto address = MacAddress::fromBytes(bytes);
        QCOMPARE(address.toU64(), std::uint64_t(0x001b1bdeadbeull));
        QCOMPARE(QString::fromStdString(address.toString()), QStringLiteral("00:1b:1b:de:ad:be"));
        QCOMPARE(MacAddress::fromU64(0xffffffffffffull).isBroadcast(), true);
        QVERIFY(MacAddress::fromU64(1) < MacAddress::fromU64(2));
        QCOMPARE(MacAddress(), MacAddress::fromU64(0));
    }
};

QTEST_APPLESS_MAIN(TestMacAddress)
#include "tst_mac_address.moc"
