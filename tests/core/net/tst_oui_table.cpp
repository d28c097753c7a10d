// SPDX-License-Identifier: GPL-3.0-or-later
// Qt 6.4's moc cannot parse <compare>/<concepts>; it only needs the QObject below.
#ifndef Q_MOC_RUN
#include "core/net/oui_table.h"
#endif

#include <QTest>

using mieruka::net::MacAddress;
using mieruka::net::OuiTable;

// Expectations were checked against Debian's ieee-data CSVs (the build input).
class TestOuiTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lookup_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<int>("bits");
        auto row = [](const char* name, const char* mac, const char* vendor, int bits) {
            QTest::newRow(name) << QString::fromLatin1(mac) << QString::fromUtf8(vendor) << bits;
        };
        row("MA-L, trailing comma trimmed", "00:1b:1b:01:02:03", "Siemens AG", 24);
        row("MA-L, comma inside quotes", "00:00:0c:12:34:56", "Cisco Systems, Inc", 24);
        row("MA-L, doubled quotes", "00:1e:fc:00:00:01", "JSC \"MASSA-K\"", 24);
        row("MA-L, leading space trimmed", "e8:c1:b8:00:00:01", "Nanjing Bangzhong Electronic Commerce Limited", 24);
        row("MA-L, trailing space trimmed", "24:29:fe:00:00:01", "KYOCERA Corporation", 24);
        row("MA-L duplicate: first wins", "08:00:30:00:00:01", "NETWORK RESEARCH CORPORATION", 24);
        row("MA-M inside MA-L block", "00:55:da:e1:23:45", "Victorsure Limited", 28);
        row("MA-M private kept", "74:1a:e0:91:00:00", "Private", 28);
        row("MA-L owner of MA-M block", "74:1a:e0:f0:00:00", "IEEE Registration Authority", 24);
        row("MA-S inside MA-L block", "70:b3:d5:f2:f1:23", "TELEPLATFORMS", 36);
        row("IAB inside MA-L block", "00:50:c2:7d:5f:ff", "DEUTA-WERKE GmbH", 36);
        row("unregistered", "ff:ff:ff:00:00:00", "", 0);
    }

    void lookup()
    {
        QFETCH(QString, mac);
        QFETCH(QString, vendor);
        QFETCH(int, bits);
        const auto address = *MacAddress::parse(mac.toLatin1().toStdString());
        const auto match = OuiTable::find(address);
        QCOMPARE(QString::fromUtf8(match.vendor.data(), qsizetype(match.vendor.size())), vendor);
        QCOMPARE(match.prefixBits, bits);
        QCOMPARE(OuiTable::lookup(address), match.vendor);
    }

    void tableSizes()
    {
        QVERIFY(OuiTable::entryCount(24) > 30000);
        QVERIFY(OuiTable::entryCount(28) > 4000);
        QVERIFY(OuiTable::entryCount(36) > 9000);
        QCOMPARE(OuiTable::entryCount(12), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestOuiTable)
#include "tst_oui_table.moc"
