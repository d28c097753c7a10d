// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/mms_operations.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService)
{
    return test::describeOperations(test::decodeOperations(&decodeMmsOperations, payload, test::serviceExchange(decode::TransportKind::Tcp, 102, toService)), {"mms"},
                                    test::CodeFormat::Hex);
}

void row(const char* name, const char* hex, bool toService, std::initializer_list<const char*> expected)
{
    QTest::newRow(name) << QByteArray(hex) << toService << test::utf8List(expected);
}

} // namespace

class TestMmsOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // iec61850/iec61850_read.pcap frame 8 (session CONNECT carrying AARQ + initiate)
        row("session connect initiate",
            "030000bb02f0800db20506130100160102140200023302000134020001c19c318199a003800101a28191810400000001"
                "820400000001a423300f0201010604520100013004060251013010020103060528ca2202013004060251018802060061"
                "5a3058020101a053605180020780a107060528ca220203a20606042bce0f02a303020117be35283306025101020103a0"
                "2aa82880027530810203e8820203e8830105a417800101810305fb00820d03ffffffffffffffffffffff00",
            true, {"session|initiate-RequestPDU|8"});
        // iec61850/iec61850_read.pcap frame 12 (session/presentation wrapped)
        row("read",
            "0300002a02f08001000100611d301b020103a016a014020100a40f800100a10aa0083006a00480026d75",
            true, {"read|read|4"});
        // iec61850/iec61850_write.pcap frame 12
        row("write",
            "0300002a02f08001000100611d301b020103a016a014020100a50fa0083006a00480026d75a003850100",
            true, {"write|write|5"});
        // iec61850/iso9506-1-mms.pcap frame 10
        row("get variable access attributes",
            "0300004202f0800100010061353033020103a02ea02c020304a273a625a023a1211a0e41413145315130314650324c44"
                "301a0f4c4c4e30244252247263625f423032",
            true, {"diagnostics|getVariableAccessAttributes|6"});
        // iec61850/iec61850_get_name_list.pcap frame 12
        row("get name list",
            "0300002402f0800100010061173015020103a010a00e020100a109a003800100a1028000",
            true, {"diagnostics|getNameList|1"});
        // iec61850/iec61850_read.pcap frame 16
        row("conclude wrapped",
            "0300001602f0800100010061093007020103a0028b00",
            true, {"session|conclude-RequestPDU|b"});
        // iec61850/piccolo.pcap frame 3
        row("identify",
            "0300001b02f08001000100610e300c020103a007a0050201018200",
            true, {"diagnostics|identify|2"});
        // iec61850/piccolo.pcap frame 5
        row("status",
            "0300001c02f08001000100610f300d020103a008a006020102800100",
            true, {"diagnostics|status|0"});
        // iec61850/mms-stopRequest.pcap frame 8 (MMS directly on COTP)
        row("initiate on cotp",
            "0300002f02f080a8268002001f81010382010383020808a416800101810305e800820c03ffffffffffffffffffffff",
            true, {"session|initiate-RequestPDU|8"});
        // iec61850/mms-stopRequest.pcap frame 12
        row("start",
            "0300002a02f080a021020101bf281b8017523339353032343339374170706c69636174696f6e5f318100",
            true, {"control|start|28"});
        // iec61850/mms-stopRequest.pcap frame 16
        row("stop",
            "0300002802f080a01f020101bf29198017523339353032343339374170706c69636174696f6e5f31",
            true, {"control|stop|29"});
        // iec61850/mms-resumeRequest.pcap frame 12
        row("resume",
            "0300002802f080a01f020101bf2a198017523339353032343339374170706c69636174696f6e5f31",
            true, {"control|resume|2a"});
        // iec61850/mms-resetRequest.pcap frame 12
        row("reset",
            "0300002802f080a01f020101bf2b198017523339353032343339374170706c69636174696f6e5f31",
            true, {"control|reset|2b"});
        // iec61850/mms-killRequest.pcap frame 12
        row("kill",
            "0300002802f080a01f020101bf2c198017523339353032343339374170706c69636174696f6e5f31",
            true, {"control|kill|2c"});
        // iec61850/mms-deleteProgramInvocation.pcap frame 12
        row("delete program invocation",
            "0300002702f080a01e0201019f27184d7553656375726974795f4170706c69636174696f6e5f31",
            true, {"program|deleteProgramInvocation|27"});
        // iec61850/mms-initiateDownloadSequence.pcap frame 12
        row("take control",
            "0300002002f080a017020101b312a00a80087265736572766564830101860101",
            true, {"control|takeControl|13"});
        // iec61850/mms-initiateDownloadSequence.pcap frame 16
        row("initiate download sequence",
            "0300003202f080a029020101ba24801044544c6f6746696c6573446f6d61696ea10d1a0b4d7553656341433830304d82"
                "0100",
            true, {"program|initiateDownloadSequence|1a"});
        // iec61850/mms-initiateUploadSequence.pcap frame 12
        row("initiate upload sequence",
            "0300001e02f080a0150201019d1044544c6f6746696c6573446f6d61696e",
            true, {"program|initiateUploadSequence|1d"});
        // iec61850/mms-cancelRequest.pcap frame 12
        row("cancel",
            "0300000a02f080850101",
            true, {"other|cancel-RequestPDU|5"});
        // iec61850/mms-stopRequest.pcap frame 20
        row("conclude on cotp",
            "0300000902f0808b00",
            true, {"session|conclude-RequestPDU|b"});
        // iec61850/mms-stopRequest.pcap frames 12 + 16 in one segment
        row("two tpkts in one segment",
            "0300002a02f080a021020101bf281b8017523339353032343339374170706c69636174696f6e5f3181000300002802f0"
                "80a01f020101bf29198017523339353032343339374170706c69636174696f6e5f31",
            true, {"control|start|28", "control|stop|29"});
        // iec61850/mms-stopRequest.pcap frame 18: responses yield nothing
        row("stop response",
            "0300000d000f80a1060201009f2900",
            false, {});
        // iec61850/iec61850_read.pcap frame 14
        row("read response",
            "0300001d02f080010001006110300e020103a009a107020100a402a100",
            false, {});
        // crafted: S7comm job "PLC Stop" on the same port is not MMS
        row("s7comm plc stop",
            "0300002102f080320100000100001000000029000000000009505f50524f4752414d",
            true, {});
        // crafted: S7comm-plus after COTP is not MMS
        row("s7comm plus",
            "0300001102f08072010004310000000000",
            true, {});
        // crafted: fileDelete with a long-form length and two-byte tag
        row("file delete",
            "0300001302f080a0810902010abf4c03800161",
            true, {"program|fileDelete|4c"});
        // crafted: confirmed request with listOfModifiers before the service
        row("modifiers then write",
            "0300001102f080a008020101300085010a",
            true, {"write|write|5"});
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
    /// operations than one per TPKT (bounded).
    void mutatedBytes_data() { decode_data(); }
    void mutatedBytes()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, toService);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0x00}, std::byte{0x01}, std::byte{0x7f}, std::byte{0x80}, std::byte{0xff}},
                                  [&](const test::Bytes& mutated) {
                                      QVERIFY(run(mutated, toService).size() <= 64);
                                  });
    }
};

QTEST_GUILESS_MAIN(TestMmsOperations)
#include "tst_mms_operations.moc"
