// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/opcua.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// Facts as "src|attribute|value" (dst / exp for the other subjects), in emission order.
QStringList run(const test::Bytes& payload, bool toService, const char* destination = "10.0.0.2")
{
    const auto spec = test::serviceExchange(decode::TransportKind::Tcp, 4840, toService, destination);
    return test::describeBySubject(test::decodePayload(decodeOpcUa, payload, spec), "opcua");
}

} // namespace

class TestOpcUa : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // opcua/open62541_client-server-getEndpoints.pcap frame 5
        QTest::newRow("hello")
            << QByteArray("48454c463800000000000000ffff0000ffff00000000000000000000180000006f70632e7463703a2f2f6c6f63616c68"
                "6f73743a34383430")
            << true
            << QStringList{QStringLiteral("src|protocol_role|opcua:client"), QStringLiteral("dst|protocol_role|opcua:server")};
        // opcua/open62541_client-server-getEndpoints.pcap frame 7
        QTest::newRow("acknowledge")
            << QByteArray("41434b461c00000000000000ffff0000ffff00000000000000000000")
            << false
            << QStringList{QStringLiteral("src|protocol_role|opcua:server"), QStringLiteral("dst|protocol_role|opcua:client")};
        // opcua/open62541_client-server-getEndpoints.pcap frame 9
        QTest::newRow("open secure channel policy none")
            << QByteArray("4f504e4684000000000000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f53656375"
                "72697479506f6c696379234e6f6e65ffffffffffffffff01000000010000000100be01000060acd99b5595d701000000"
                "0000000000ffffffff00000000000000000000000000000001000000ffffffffc0270900")
            << true
            << QStringList{QStringLiteral("dst|security_finding|opcua_security_policy_none")};
        // opcua/open62541_client-server_mainloop.pcap frame 21
        QTest::newRow("get endpoints response")
            << QByteArray("4d534746dc010000030000000300000002000000020000000100af01b264f64e2dd1d501010000000000000000ffffff"
                "ff00000001000000180000006f70632e7463703a2f2f6c6f63616c686f73743a343834302000000075726e3a6f70656e"
                "36323534312e7365727665722e6170706c69636174696f6e14000000687474703a2f2f6f70656e36323534312e6f7267"
                "0302000000656e220000006f70656e36323534312d6261736564204f5043205541204170706c69636174696f6e000000"
                "00ffffffffffffffffffffffffffffffff010000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72"
                "672f55412f5365637572697479506f6c696379234e6f6e65020000001a0000006f70656e36323534312d616e6f6e796d"
                "6f75732d706f6c69637900000000ffffffffffffffffffffffff190000006f70656e36323534312d757365726e616d65"
                "2d706f6c69637901000000ffffffffffffffff2f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f"
                "55412f5365637572697479506f6c696379234e6f6e6541000000687474703a2f2f6f7063666f756e646174696f6e2e6f"
                "72672f55412d50726f66696c652f5472616e73706f72742f75617463702d756173632d756162696e61727901")
            << false
            << QStringList{QStringLiteral("src|application_uri|urn:open62541.server.application"), QStringLiteral("src|product_name|open62541-based OPC UA Application"), QStringLiteral("src|security_finding|opcua_security_mode_none")};
        // opcua/python_opcua-client-server_minimal.pcap (CreateSessionRequest)
        QTest::newRow("create session request")
            << QByteArray("4d5347461f010000090000000e00000002000000020000000100cd01000038b2f1a8e973d5010200000000000000ffff"
                "ffffe80300000000001400000075726e3a667265656f706375613a636c69656e741e00000075726e3a667265656f7063"
                "75612e6769746875622e696f3a636c69656e7402120000005075726520507974686f6e20436c69656e7401000000ffff"
                "ffffffffffff00000000ffffffff2a0000006f70632e7463703a2f2f6c6f63616c686f73743a343834302f667265656f"
                "706375612f7365727665722f1b0000005075726520507974686f6e20436c69656e742053657373696f6e3120000000c5"
                "44de7293e5170aaeadb0abec732f035e0b82fed67c1c4728b2a9b3953f0a88ffffffff0000000040774b4100000000")
            << true
            << QStringList{QStringLiteral("src|product_name|Pure Python Client"), QStringLiteral("src|application_uri|urn:freeopcua:client")};
        // crafted: Basic256Sha256
        QTest::newRow("open secure channel with security")
            << QByteArray("4f504e46000100000000000039000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f53656375"
                "72697479506f6c696379234261736963323536536861323536ffffffffffffffff")
            << true
            << QStringList{};
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
        QTest::newRow("not ua tcp") << QByteArray("48454c5838000000");
        QTest::newRow("unknown chunk type") << QByteArray("48454c5a38000000");
        QTest::newRow("nested diagnostics") << QByteArray("4d53474600100000010000000200000003000000040000000100af010000000000000000000000000000000040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040404040"
                "4040404040404040404040404040404040404040");
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), true).isEmpty());
        QVERIFY(run(test::bytesFromHex(hex.toStdString()), false).isEmpty());
    }

    /// With policy None the type id (446 request) decides, not the port hint.
    void openRequestOnUnknownPort()
    {
        QCOMPARE(run(test::bytesFromHex("4f504e4684000000000000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f5365637572697479506f6c696379234e6f6e65ffffffffffffffff01000000010000000100be01000060acd99b5595d7010000000000000000ffffffff00000000000000000000000000000001000000ffffffffc0270900"), false),
                 QStringList{QStringLiteral("dst|security_finding|opcua_security_policy_none")});
    }
};

QTEST_GUILESS_MAIN(TestOpcUa)
#include "tst_opcua.moc"
