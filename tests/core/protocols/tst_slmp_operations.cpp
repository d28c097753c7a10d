// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/slmp_operations.h"

#include "tests/support/protocol_test_support.h"

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService)
{
    return test::describeOperations(test::decodeOperations(&decodeSlmpOperations, payload, test::serviceExchange(decode::TransportKind::Tcp, 5000, toService)), {"slmp"},
                                    test::CodeFormat::Hex);
}

void row(const char* name, const char* hex, bool toService, std::initializer_list<const char*> expected)
{
    QTest::newRow(name) << QByteArray(hex) << toService << test::utf8List(expected);
}

} // namespace

class TestSlmpOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("toService");
        QTest::addColumn<QStringList>("expected");
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("batch read 3E",
            "500000ffff03000c00100001040000640000a80a00",
            true, {"read|Device Read|4010000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("random read",
            "500000ffff030008001000030400000000",
            true, {"read|Device Read Random|4030000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("block read",
            "500000ffff030008001000060400000000",
            true, {"read|Device Read Block|4060000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("batch write bits",
            "500000ffff03000d001000011401000a000090010010",
            true, {"write|Device Write|14010001"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("random write",
            "500000ffff030008001000021400000000",
            true, {"write|Device Write Random|14020000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("block write",
            "500000ffff030008001000061400000000",
            true, {"write|Device Write Block|14060000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("memory write",
            "500000ffff030008001000131600000000",
            true, {"write|Memory Write|16130000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("extend unit write",
            "500000ffff030008001000011600000000",
            true, {"write|Extend Unit Write|16010000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote run",
            "500000ffff03000a0010000110000001000000",
            true, {"control|Remote RUN|10010000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote stop",
            "500000ffff030008001000021000000100",
            true, {"control|Remote STOP|10020000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote pause",
            "500000ffff030008001000031000000100",
            true, {"control|Remote PAUSE|10030000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote latch clear",
            "500000ffff030008001000051000000100",
            true, {"control|Remote Latch Clear|10050000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote reset",
            "500000ffff030008001000061000000100",
            true, {"control|Remote RESET|10060000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("read type name",
            "500000ffff03000600100001010000",
            true, {"diagnostics|Read Type Name|1010000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote unlock",
            "500000ffff03000c00100030160000040031323334",
            true, {"configuration|Remote Unlock|16300000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("remote lock",
            "500000ffff03000c00100031160000040031323334",
            true, {"configuration|Remote Lock|16310000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("clear error",
            "500000ffff03000600100017160000",
            true, {"control|Clear Error|16170000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("delete file",
            "500000ffff030008001000221804000000",
            true, {"program|Delete File|18220004"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("write file",
            "500000ffff030008001000291800000000",
            true, {"program|Write File|18290000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("4E remote stop",
            "54003412000000ffff030008001000021000000100",
            true, {"control|Remote STOP|10020000"});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture); two frames in one TCP segment
        row("two frames in one segment",
            "500000ffff030008001000021000000100500000ffff03000600100001010000",
            true, {"control|Remote STOP|10020000", "diagnostics|Read Type Name|1010000"});
        // crafted per the SLMP reference frame layout; responses (0xD000 / 0xD400) yield nothing
        row("3E response",
            "d00000ffff030002000000",
            false, {});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture)
        row("4E response",
            "d4003412000000ffff030002000000",
            false, {});
        // crafted per the SLMP reference frame layout (the corpus has no 3E/4E capture); unknown command code
        row("unknown command",
            "500000ffff03000600100099990000",
            true, {});
        // crafted: unrelated text on the port
        row("not slmp",
            "474554202f20485454502f312e310d0a",
            true, {});
        // crafted: request data length below the fixed part
        row("short data length",
            "500000ffff0300040010000210",
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
    /// operations than the two frames in the longest row.
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

QTEST_GUILESS_MAIN(TestSlmpOperations)
#include "tst_slmp_operations.moc"
