// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/opcua_operations.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService)
{
    return test::describeOperations(test::decodeOperations(&decodeOpcUaOperations, payload, test::serviceExchange(decode::TransportKind::Tcp, 4840, toService)), {"opcua"},
                                    test::CodeFormat::Hex);
}

void row(const char* name, const char* hex, bool toService, std::initializer_list<const char*> expected)
{
    QTest::newRow(name) << QByteArray(hex) << toService << test::utf8List(expected);
}

} // namespace

class TestOpcUaOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // opcua/open62541_client-server_minimal.pcap frame 9
        row("open secure channel request",
            "4f504e4684000000000000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f53656375"
                "72697479506f6c696379234e6f6e65ffffffffffffffff01000000010000000100be0100000e3d96f275cad501000000"
                "0000000000ffffffff00000000000000000000000000000001000000ffffffffc0270900",
            true, {"session|OpenSecureChannelRequest|1be"});
        // opcua/open62541_client-server_minimal.pcap frame 13
        row("get endpoints",
            "4d5347465d000000050000000500000002000000020000000100ac01000092f29df275cad5010100000000000000ffff"
                "ffff10270000000000180000006f70632e7463703a2f2f6c6f63616c686f73743a34383430ffffffffffffffff",
            true, {"diagnostics|GetEndpointsRequest|1ac"});
        // opcua/open62541_client-server_minimal.pcap frame 17
        row("close secure channel",
            "434c4f4639000000050000000500000003000000030000000100c4010000268ea5f275cad5010100000000000000ffff"
                "ffff10270000000000",
            true, {"session|CloseSecureChannelRequest|1c4"});
        // opcua/open62541_client-server_minimal.pcap frame 39
        row("create session",
            "4d534746a6000000060000000600000003000000030000000100cd010000d02ec4f275cad5010300000000000000ffff"
                "ffff102700000000001c00000075726e3a756e636f6e666967757265643a6170706c69636174696f6effffffff000100"
                "0000ffffffffffffffffffffffffffffffff180000006f70632e7463703a2f2f6c6f63616c686f73743a34383430ffff"
                "ffffffffffffffffffff00000000804f3241ffffff7f",
            true, {"session|CreateSessionRequest|1cd"});
        // opcua/open62541_client-server_minimal.pcap frame 43
        row("activate session",
            "4d534746a1000000060000000600000004000000040000000100d301040100024989f8846a012a40543533b25b4524b2"
                "2bccf275cad5010500000000000000ffffffffc0270900000000ffffffffffffffffffffffffffffffff010044010136"
                "000000190000006f70656e36323534312d757365726e616d652d706f6c69637905000000757365723108000000706173"
                "73776f7264ffffffffffffffffffffffff",
            true, {"session|ActivateSessionRequest|1d3"});
        // opcua/open62541_client-server_minimal.pcap frame 47
        row("browse",
            "4d534746710000000600000006000000050000000500000001000f02040100024989f8846a012a40543533b25b4524de"
                "d4d3f275cad5010600000000000000ffffffff0000000000000000000000000000000000000000000000000001000000"
                "005500000000000000000000003f000000",
            true, {"read|BrowseRequest|20f"});
        // opcua/open62541_client-server_minimal.pcap frame 55
        row("create subscription",
            "4d534746600000000600000006000000070000000700000001001303040100024989f8846a012a40543533b25b452454"
                "e1e2f275cad5010800000000000000ffffffff000000000000000000000000407f40102700000a000000000000000100",
            true, {"read|CreateSubscriptionRequest|313"});
        // opcua/open62541_client-server_minimal.pcap frame 59
        row("create monitored items",
            "4d5347468d000000060000000600000008000000080000000100ef02040100024989f8846a012a40543533b25b452488"
                "b9eaf275cad5010900000000000000ffffffff000000000000000100000002000000010000000301000a000000746865"
                "2e616e737765720d000000ffffffff0000ffffffff02000000010000000000000000406f400000000100000001",
            true, {"read|CreateMonitoredItemsRequest|2ef"});
        // opcua/open62541_client-server_minimal.pcap frame 63
        row("publish",
            "4d5347464e0000000600000006000000090000000900000001003a03040100024989f8846a012a40543533b25b45248e"
                "5bf2f275cad5010a00000000000000ffffffff60ea000000000000000000",
            true, {"read|PublishRequest|33a"});
        // opcua/open62541_client-server_minimal.pcap frame 85
        row("read",
            "4d534746790000000600000006000000140000001400000001007702040100024989f8846a012a40543533b25b452462"
                "0b37f375cad5011500000000000000ffffffff00000000000000000000000000000000000000010000000301000a0000"
                "007468652e616e737765720d000000ffffffff0000ffffffff",
            true, {"read|ReadRequest|277"});
        // opcua/open62541_client-server_minimal.pcap frame 89
        row("write",
            "4d5347466d000000060000000600000015000000150000000100a102040100024989f8846a012a40543533b25b452498"
                "8c3ef375cad5011600000000000000ffffffff00000000000000010000000301000a0000007468652e616e737765720d"
                "000000ffffffff010601000000",
            true, {"write|WriteRequest|2a1"});
        // opcua/open62541_client-server_minimal.pcap frame 121
        row("call",
            "4d53474669000000060000000600000018000000180000000100c802040100024989f8846a012a40543533b25b45246c"
                "f664f375cad5011900000000000000ffffffff0000000000000001000000005501014df4010000000c0c00000048656c"
                "6c6f20536572766572",
            true, {"control|CallRequest|2c8"});
        // opcua/open62541_client-server_minimal.pcap frame 125
        row("add nodes",
            "4d53474600010000060000000600000019000000190000000100e801040100024989f8846a012a40543533b25b452442"
                "6e6cf375cad5011a00000000000000ffffffff00000000000000010000000023002d0101652f01000c0000004e657752"
                "65666572656e636520000000010071010189000000000000000305000000656e2d55530c0000004e6577526566657265"
                "6e63650305000000656e2d5553320000005265666572656e63657320736f6d657468696e672074686174206d69676874"
                "206f72206d69676874206e6f74206578697374000000000000000000000305000000656e2d55531300000049734e6577"
                "6c795265666572656e63656442790000",
            true, {"configuration|AddNodesRequest|1e8"});
        // opcua/open62541_client-server_minimal.pcap frame 141
        row("close session",
            "4d5347464b00000006000000060000001d0000001d0000000100d901040100024989f8846a012a40543533b25b45245c"
                "b28bf375cad5011e00000000000000ffffffff1027000000000001",
            true, {"session|CloseSessionRequest|1d9"});
        // opcua/open62541_discover_getendpoints_discover_urls.pcap frame 57
        row("find servers",
            "4d53474645000000030000000300000002000000020000000100a6010000ecefc63f3aaad7010100000000000000ffff"
                "ffff00000000000000ffffffffffffffffffffffff",
            true, {"diagnostics|FindServersRequest|1a6"});
        // opcua/open62541_browse_next.pcap frame 147
        row("browse next",
            "4d534746630000001e000000230000000500000005000000010015020401000149a01322da423e7d1701202702d07dbc"
                "790ca5eb9dd8010500000000000000ffffffffe80300000000000101000000100000003c58acd0974c7447feff6fa6e5"
                "7e9789",
            true, {"read|BrowseNextRequest|215"});
        // opcua/python_opcua-client-server_minimal.pcap frame 27
        row("translate browse paths",
            "4d5347467f000000090000000e000000050000000500000001002a02020000ec0300009e73f2a8e973d5010500000000"
                "000000ffffffffe803000000000001000000005403000000002100010000070000004f626a6563747300210001020008"
                "0000004d794f626a6563740021000102000a0000004d795661726961626c65",
            true, {"read|TranslateBrowsePathsToNodeIdsRequest|22a"});
        // opcua/open62541_client-server_minimal.pcap frames 85 + 89 in one segment
        row("two messages in one segment",
            "4d534746790000000600000006000000140000001400000001007702040100024989f8846a012a40543533b25b452462"
                "0b37f375cad5011500000000000000ffffffff00000000000000000000000000000000000000010000000301000a0000"
                "007468652e616e737765720d000000ffffffff0000ffffffff4d5347466d000000060000000600000015000000150000"
                "000100a102040100024989f8846a012a40543533b25b4524988c3ef375cad5011600000000000000ffffffff00000000"
                "000000010000000301000a0000007468652e616e737765720d000000ffffffff010601000000",
            true, {"read|ReadRequest|277", "write|WriteRequest|2a1"});
        // opcua/open62541_client-server_minimal.pcap frame 11: responses yield nothing
        row("open secure channel response",
            "4f504e4687000000050000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f53656375"
                "72697479506f6c696379234e6f6e65ffffffffffffffff01000000010000000100c10136ea9df275cad5010000000000"
                "00000000ffffffff00000000000000050000000500000022ea9df275cad501c0270900ffffffff",
            false, {});
        // opcua/open62541_client-server_minimal.pcap frame 15
        row("get endpoints response",
            "4d534746dc010000050000000500000002000000020000000100af016289a5f275cad501010000000000000000ffffff"
                "ff00000001000000180000006f70632e7463703a2f2f6c6f63616c686f73743a343834302000000075726e3a6f70656e"
                "36323534312e7365727665722e6170706c69636174696f6e14000000687474703a2f2f6f70656e36323534312e6f7267"
                "0302000000656e220000006f70656e36323534312d6261736564204f5043205541204170706c69636174696f6e000000"
                "00ffffffffffffffffffffffffffffffff010000002f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72"
                "672f55412f5365637572697479506f6c696379234e6f6e65020000001a0000006f70656e36323534312d616e6f6e796d"
                "6f75732d706f6c69637900000000ffffffffffffffffffffffff190000006f70656e36323534312d757365726e616d65"
                "2d706f6c69637901000000ffffffffffffffff2f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f"
                "55412f5365637572697479506f6c696379234e6f6e6541000000687474703a2f2f6f7063666f756e646174696f6e2e6f"
                "72672f55412d50726f66696c652f5472616e73706f72742f75617463702d756173632d756162696e61727901",
            false, {});
        // crafted: frame 89 header with a HistoryUpdateRequest (700) type id
        row("history update",
            "4d5347466d000000060000000600000015000000150000000100bc02",
            true, {"write|HistoryUpdateRequest|2bc"});
        // crafted: DeleteNodesRequest (500) four-byte type id
        row("delete nodes",
            "4d5347466d000000060000000600000015000000150000000100f401",
            true, {"configuration|DeleteNodesRequest|1f4"});
        // crafted: abort chunk
        row("abort chunk",
            "4d534741180000000600000006000000150000001500000000",
            true, {});
        // crafted: type id in namespace 1
        row("non-standard namespace",
            "4d5347466d000000060000000600000015000000150000000101a102",
            true, {});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), toService), expected);
    }

    /// Every prefix: no crash and no operation the whole message does not carry.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        QFETCH(QStringList, expected);
        test::verifyPrefixesSayNoMore(test::bytesFromHex(hex.toStdString()), expected,
                                      [&](const test::Bytes& prefix) { return run(prefix, toService); });
    }

    /// Every byte replaced by extreme values (maxed lengths and counts): no crash, and no more
    /// operations than the two messages in the longest row.
    void mutatedBytes_data() { decode_data(); }
    void mutatedBytes()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0x00}, std::byte{0x01}, std::byte{0x7f}, std::byte{0x80}, std::byte{0xff}},
                                  [&](const test::Bytes& mutated) {
                                      QVERIFY(run(mutated, toService).size() <= 2);
                                  });
    }
};

QTEST_GUILESS_MAIN(TestOpcUaOperations)
#include "tst_opcua_operations.moc"
