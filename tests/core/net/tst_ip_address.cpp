// SPDX-License-Identifier: GPL-3.0-or-later
// Qt 6.4's moc cannot parse <compare>/<concepts>; it only needs the QObject below.
#ifndef Q_MOC_RUN
#include "core/net/ip_address.h"
#endif

#include <QTest>

#include <unordered_set>

using mieruka::net::IpAddress;

namespace {

std::optional<IpAddress> parse(const QString& text)
{
    return IpAddress::parse(text.toLatin1().toStdString());
}

} // namespace

class TestIpAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char* name, const char* in, bool ok, const char* out) {
            QTest::newRow(name) << QString::fromLatin1(in) << ok << QString::fromLatin1(out);
        };
        row("v4", "192.168.0.1", true, "192.168.0.1");
        row("v4 zero", "0.0.0.0", true, "0.0.0.0");
        row("v4 max", "255.255.255.255", true, "255.255.255.255");
        row("v4 octet too big", "256.1.1.1", false, "");
        row("v4 three parts", "1.2.3", false, "");
        row("v4 five parts", "1.2.3.4.5", false, "");
        row("v4 leading zero", "01.2.3.4", false, "");
        row("v4 empty part", "1..3.4", false, "");
        row("v4 trailing dot", "1.2.3.4.", false, "");
        row("empty", "", false, "");
        row("doc", "2001:db8::1", true, "2001:db8::1");
        row("doc long form", "2001:0DB8:0000:0000:0000:0000:0000:0001", true, "2001:db8::1");
        row("unspecified", "::", true, "::");
        row("loopback", "::1", true, "::1");
        row("single zero group", "2001:db8:0:1:1:1:1:1", true, "2001:db8:0:1:1:1:1:1");
        row("leftmost longest", "2001:0:0:1:0:0:0:1", true, "2001:0:0:1::1");
        row("tie picks first", "2001:db8:0:0:1:0:0:1", true, "2001:db8::1:0:0:1");
        row("leftmost input", "2001:0:0:1::1", true, "2001:0:0:1::1");
        row("mapped", "::ffff:192.0.2.1", true, "::ffff:192.0.2.1");
        row("mapped hex", "::ffff:c000:0201", true, "::ffff:192.0.2.1");
        row("trailing zeros", "fe80::", true, "fe80::");
        row("link local", "fe80::1:2", true, "fe80::1:2");
        row("all groups", "1:2:3:4:5:6:7:8", true, "1:2:3:4:5:6:7:8");
        row("embedded v4 full", "0:0:0:0:0:ffff:10.0.0.1", true, "::ffff:10.0.0.1");
        row("two gaps", "1::2::3", false, "");
        row("too many groups", "1:2:3:4:5:6:7:8:9", false, "");
        row("gap with eight groups", "1:2:3:4::5:6:7:8", false, "");
        row("group too long", "12345::1", false, "");
        row("bad hex", "2001:db8::g", false, "");
        row("seven groups", "1:2:3:4:5:6:7", false, "");
        row("leading single colon", ":1::2", false, "");
        row("trailing single colon", "1::2:", false, "");
        row("v4 not last", "::1.2.3.4:1", false, "");
    }

    void roundTrip()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto parsed = parse(input);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(QString::fromStdString(parsed->toString()), canonical);
        QCOMPARE(parse(canonical), parsed);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("multicast");
        QTest::addColumn<bool>("broadcast");
        QTest::addColumn<bool>("unspecified");
        QTest::addColumn<bool>("linkLocal");
        QTest::addColumn<bool>("privateAddress");
        QTest::addColumn<bool>("global");
        auto row = [](const char* in, bool m, bool b, bool u, bool l, bool p, bool g) {
            QTest::newRow(in) << QString::fromLatin1(in) << m << b << u << l << p << g;
        };
        row("10.1.2.3", false, false, false, false, true, false);
        row("172.16.0.1", false, false, false, false, true, false);
        row("172.32.0.1", false, false, false, false, false, true);
        row("192.168.1.1", false, false, false, false, true, false);
        row("100.64.0.1", false, false, false, false, true, false);
        row("127.0.0.1", false, false, false, false, true, false);
        row("169.254.1.1", false, false, false, true, false, false);
        row("224.0.0.251", true, false, false, false, false, false);
        row("255.255.255.255", false, true, false, false, false, false);
        row("0.0.0.0", false, false, true, false, false, false);
        row("8.8.8.8", false, false, false, false, false, true);
        row("fe80::1", false, false, false, true, false, false);
        row("fd00::1", false, false, false, false, true, false);
        row("ff02::1", true, false, false, false, false, false);
        row("::", false, false, true, false, false, false);
        row("::1", false, false, false, false, true, false);
        row("2001:db8::1", false, false, false, false, false, true);
    }

    void classify()
    {
        QFETCH(QString, input);
        QFETCH(bool, multicast);
        QFETCH(bool, broadcast);
        QFETCH(bool, unspecified);
        QFETCH(bool, linkLocal);
        QFETCH(bool, privateAddress);
        QFETCH(bool, global);
        const auto address = *parse(input);
        QCOMPARE(address.isMulticast(), multicast);
        QCOMPARE(address.isBroadcast(), broadcast);
        QCOMPARE(address.isUnspecified(), unspecified);
        QCOMPARE(address.isLinkLocal(), linkLocal);
        QCOMPARE(address.isPrivate(), privateAddress);
        QCOMPARE(address.isGlobalUnicast(), global);
    }

    void valueSemantics()
    {
        const auto a = IpAddress::v4(0xc0000201);
        QVERIFY(a.isV4());
        QCOMPARE(a.v4Value(), 0xc0000201u);
        QCOMPARE(QString::fromStdString(a.toString()), QStringLiteral("192.0.2.1"));
        const std::array<std::byte, 4> raw = {std::byte{192}, std::byte{0}, std::byte{2}, std::byte{1}};
        QCOMPARE(IpAddress::v4FromBytes(raw), a);
        QVERIFY(!IpAddress().isValid());
        QCOMPARE(IpAddress().toString(), std::string());
        // A v4 address and its v4-mapped v6 form are different keys.
        QVERIFY(*parse(QStringLiteral("::ffff:192.0.2.1")) != a);
        std::unordered_set<IpAddress> set{a, *parse(QStringLiteral("2001:db8::1")), a};
        QCOMPARE(set.size(), std::size_t(2));
        QVERIFY(IpAddress::v4(1) < IpAddress::v4(2));
    }
};

QTEST_APPLESS_MAIN(TestIpAddress)
#include "tst_ip_address.moc"
