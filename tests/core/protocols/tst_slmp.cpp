// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/slmp.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Tcp, 5000, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeSlmp, payload, spec), "slmp");
}

} // namespace

class TestSlmp : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // crafted: 3E, own station, command 0x0101
        QTest::newRow("3e read type name request")
            << QByteArray("500000ffff03000600100001010000")
            << true
            << QStringList{QStringLiteral("src|protocol_role|slmp:client"), QStringLiteral("dst|protocol_role|slmp:server")};
        // crafted: model "R08CPU" padded, model code 0x4843
        QTest::newRow("3e read type name response")
            << QByteArray("d00000ffff030014000000523038435055202020202020202020204348")
            << false
            << QStringList{QStringLiteral("src|protocol_role|slmp:server"), QStringLiteral("dst|protocol_role|slmp:client"), QStringLiteral("src|model_name|R08CPU"), QStringLiteral("src|product_code|0x4843")};
        // crafted: 4E serial 0x1234
        QTest::newRow("4e read type name response")
            << QByteArray("d4003412000000ffff030014000000513033435055202020202020202020204143")
            << false
            << QStringList{QStringLiteral("src|protocol_role|slmp:server"), QStringLiteral("dst|protocol_role|slmp:client"), QStringLiteral("src|model_name|Q03CPU"), QStringLiteral("src|product_code|0x4341")};
        // crafted: 2 words, not a type name
        QTest::newRow("3e batch read response")
            << QByteArray("d00000ffff03000600000034120000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|slmp:server"), QStringLiteral("dst|protocol_role|slmp:client")};
        // crafted: end code 0xc059
        QTest::newRow("3e error response")
            << QByteArray("d00000ffff0300020059c0")
            << false
            << QStringList{QStringLiteral("src|protocol_role|slmp:server"), QStringLiteral("dst|protocol_role|slmp:client")};
        // crafted: type name with control bytes
        QTest::newRow("binary model name rejected")
            << QByteArray("d00000ffff030014000000010101010101010101010101010101014348")
            << false
            << QStringList{QStringLiteral("src|protocol_role|slmp:server"), QStringLiteral("dst|protocol_role|slmp:client")};
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
        QTest::newRow("ascii mode") << QByteArray("35303030303046463033464630303030");
        QTest::newRow("module io out of range") << QByteArray("500000ff00ff000600100001010000");
        QTest::newRow("length beyond payload") << QByteArray("500000ffff0300ff00100001010000");
        QTest::newRow("4e reserved nonzero") << QByteArray("54003412010000ffff03000600100001010000");
        QTest::newRow("maxed length") << QByteArray("d00000ffff0300ffff0000");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlmp)
#include "tst_slmp.moc"
