// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/cclink_ief_basic.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Udp, 61450, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeCclinkIefBasic, payload, spec), "cclink_ief_basic");
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
        test::verifyPrefixesSayNoMore(test::bytesFromHex(hex.toStdString()), expected,
                                      [&](const test::Bytes& prefix) { return run(prefix, toService); });
    }

    /// Lengths and counts set to their maximum, every byte flipped in turn: no crash.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()), {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}},
                                  [&](const test::Bytes& mutated) { run(mutated, toService); });
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
