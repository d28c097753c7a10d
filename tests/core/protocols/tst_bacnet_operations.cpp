// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/protocols/bacnet_operations.h"

#include "tests/support/protocol_test_support.h"

#include <initializer_list>

using namespace mieruka;
using namespace mieruka::protocols;

namespace {

/// "class|name|code" per operation; a wrong protocol label or an empty name adds "BAD LABEL".
QStringList run(const test::Bytes& payload, bool toService = true)
{
    return test::describeOperations(test::decodeOperations(&decodeBacnetOperations, payload, test::serviceExchange(decode::TransportKind::Udp, 47808, toService)), {"bacnet"},
                                    test::CodeFormat::Decimal);
}

/// A crafted Original-Unicast-NPDU around `apduHex` (local network, no routing).
QByteArray unicast(const QByteArray& apduHex)
{
    const QByteArray body = QByteArray("0104") + apduHex;
    return QByteArray("810a") + QByteArray::number(body.size() / 2 + 4, 16).rightJustified(4, '0') + body;
}

} // namespace

class TestBacnetOperations : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char* name, const QByteArray& hex, std::initializer_list<const char*> expected) {
            QTest::newRow(name) << hex << test::utf8List(expected);
        };
        // Real requests, cited by capture (bacnet/…) and frame.
        row("reinitialize coldstart, routed from SNET (bacnet-stack-services.pcap frame 100)",
            "810a0018010c000d013d0203351409001d06004a65737573", {"control|reinitializeDevice (coldstart)|20"});
        row("reinitialize warmstart, to DNET (bacnet_services.pcap frame 400)",
            "810a001c01240003016cff02038a1409011d0900657468657265616c", {"control|reinitializeDevice (warmstart)|20"});
        row("reinitialize abortrestore (bacnet_example.pcap frame 572)",
            "810a001101040005011409061d0b0044656c63617474793730", {"control|reinitializeDevice (abortrestore)|20"});
        row("communication control disable (bacnet_services.pcap frame 265)",
            "810a001301240003016cff0203841119012900", {"control|deviceCommunicationControl (disable)|17"});
        row("communication control enable (bacnet_services.pcap frame 269)",
            "810a001301240003016cff0203861119002900", {"control|deviceCommunicationControl (enable)|17"});
        row("communication control with duration (bacnet_services.pcap frame 267)",
            "810a001e01240003016cff02038511090119012d090066696c6973746572",
            {"control|deviceCommunicationControl (disable)|17"});
        row("readProperty (bacnet.pcap frame 1)", "810a001101040005a90c0c023fffff194b", {"read|readProperty|12"});
        row("readPropertyMultiple (BACnetL_SchedRPM.pcapng frame 1)",
            "810a002f01040003080e0c044000581e094b094d094f0955091c0920097b092609ae09360958096f0967095109a81f",
            {"read|readPropertyMultiple|14"});
        row("writeProperty (bacnet_services.pcap frame 3)",
            "810a001f01240003016cff0203020f0c0040006519553e44424800003f490a", {"write|writeProperty|15"});
        row("atomicReadFile (bacnet_services.pcap frame 9)", "810a001b01240003016cff02030506c4028000000e31002201b80f",
            {"read|atomicReadFile|6"});
        row("createObject (bacnet_error_reject_abort.pcap frame 11)", "810a001101040005010a0e1c000000010f",
            {"configuration|createObject|10"});
        row("deleteObject (bacnet_error_reject_abort.pcap frame 12)", "810a000f01040005010bc400000001",
            {"configuration|deleteObject|11"});
        row("confirmedPrivateTransfer (crafted: first bytes of bacnet_error_reject_abort.pcap frame 18)",
            "810a001401040205341209071a01ff2e0000002f", {"other|confirmedPrivateTransfer (vendor 7)|18"});
        row("lifeSafetyOperation, broadcast (bacnet_error_reject_abort.pcap frame 24)",
            "810b001c0120ffff00ff00020f1b09121c004d444c29043c05400001", {"control|lifeSafetyOperation|27"});
        row("who-Is (bacnet_services.pcap frame 289)", "810b000c0120ffff00ff1008", {"diagnostics|who-Is|8"});
        row("who-Is forwarded by a BBMD (BACnet-BBMD-on-same-subnet.cap frame 4)",
            "81040012c0a80086bac00120ffff000e1008", {"diagnostics|who-Is|8"});
        row("who-Has (bacnet_services.pcap frame 389)", "810b00110120ffff00ff10072c0200006c",
            {"diagnostics|who-Has|7"});
        row("timeSynchronization (bacnet_services.pcap frame 263)", "810b00160120ffff00ff1006a4690514ffb408163300",
            {"time_set|timeSynchronization|6"});

        // Announcements, notifications, answers and network-layer messages are not requests.
        row("i-Am (bacnet.pcap frame 11)", "810b00190120ffff00ff1000c4020000002205c49103220104", {});
        row("forwarded i-Am (BACnet-BBMD-on-same-subnet.cap frame 6)",
            "8104001fc0a80069bac00120ffff000e1000c40200007b2205c49103220104", {});
        row("unconfirmed COV notification (bacnet_error_reject_abort.pcap frame 31)",
            "810a00250120ffff00ff100209011c020000022c00c0000439054e09552e4442c800002f4f", {});
        row("confirmed COV notification (bacnet_error_reject_abort.pcap frame 2)",
            "810a002b01000005010109011c020004d22c004000013a02574e09552e44000000002f096f2e8204002f4f", {});
        row("who-Is-Router-To-Network (bacnet_services.pcap frame 273)", "810b0007018000", {});
        row("network message with DNET (bacnet_services.pcap frame 274)", "810b000b01800100020003", {});
        row("complex ACK", unicast("300c0c0c020000011955"), {});
        row("simple ACK", unicast("200114"), {});
        row("error", unicast("500114910291"), {});
        row("BVLC result", "810000060000", {});

        // Crafted: the other services and parameter forms.
        row("reinitialize activate-changes", unicast("020101140907"), {"control|reinitializeDevice (activate-changes)|20"});
        row("reinitialize unknown state", unicast("020101140909"), {"control|reinitializeDevice|20"});
        row("communication control disable-initiation", unicast("0201011119022900"),
            {"control|deviceCommunicationControl (disable-initiation)|17"});
        row("atomicWriteFile", unicast("02010107c4028000000e31006201020f"), {"program|atomicWriteFile|7"});
        row("writePropertyMultiple", unicast("02010110"), {"write|writePropertyMultiple|16"});
        row("addListElement", unicast("02010108"), {"write|addListElement|8"});
        row("subscribeCOV", unicast("02010105"), {"read|subscribeCOV|5"});
        row("readRange", unicast("0201011a"), {"read|readRange|26"});
        row("confirmedTextMessage", unicast("02010113"), {"other|confirmedTextMessage|19"});
        row("utcTimeSynchronization", unicast("1009"), {"time_set|utcTimeSynchronization|9"});
        row("writeGroup", unicast("100a"), {"write|writeGroup|10"});
        row("first segment of a segmented request", unicast("0e0101000210"), {"write|writePropertyMultiple|16"});
        row("later segment of a segmented request", unicast("0e0101010210"), {});
        row("unknown confirmed service", unicast("02010150"), {});
        row("unknown unconfirmed service", unicast("1050"), {});
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QStringList, expected);
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), true), expected);
        // BACnet devices use 47808 on both ends: the APDU type, not the port, tells a request.
        QCOMPARE(run(test::bytesFromHex(hex.toStdString()), false), expected);
    }

    /// Every prefix: a datagram cut inside its BVLC length says nothing at all; a longer prefix
    /// (bacnet_example.pcap frame 572 carries bytes past its BVLC length) says what the whole does.
    void truncatedAtEveryLength_data() { decode_data(); }
    void truncatedAtEveryLength()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QStringList, expected);
        const test::Bytes full = test::bytesFromHex(hex.toStdString());
        const std::size_t bvlcLength = full.size() >= 4 ? (std::size_t(full[2]) << 8 | std::size_t(full[3])) : 0;
        test::forEachPrefix(full, [&](const test::Bytes& prefix, std::size_t length) {
            const QStringList operations = run(prefix);
            if (length < bvlcLength ? !operations.isEmpty() : operations != expected)
                QFAIL(qPrintable(QStringLiteral("prefix %1 says %2").arg(length).arg(operations.join(u','))));
        });
    }

    /// Lengths, tags and choices set to extremes, every byte in turn: no crash, one operation
    /// at most per datagram.
    void hostile_data() { decode_data(); }
    void hostile()
    {
        QFETCH(QByteArray, hex);
        test::forEachByteMutation(test::bytesFromHex(hex.toStdString()),
                                  {std::byte{0xff}, std::byte{0x00}, std::byte{0x7f}, std::byte{0x08}},
                                  [&](const test::Bytes& mutated) {
                                      const QStringList operations = run(mutated);
                                      QVERIFY(!operations.contains(QStringLiteral("BAD LABEL")));
                                      QVERIFY(operations.size() <= 1);
                                  });
    }

    void notBacnet_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("wrong BVLC type") << QByteArray("820b000c0120ffff00ff1008");
        QTest::newRow("BVLC length below header") << QByteArray("810b00030120ffff00ff1008");
        QTest::newRow("BVLC length past the datagram") << QByteArray("810b000d0120ffff00ff1008");
        QTest::newRow("NPDU version 2") << QByteArray("810b000c0220ffff00ff1008");
        QTest::newRow("register foreign device") << QByteArray("81050006003c");
        QTest::newRow("modbus") << QByteArray("000100000006010300000001");
    }

    void notBacnet()
    {
        QFETCH(QByteArray, hex);
        QVERIFY(run(test::bytesFromHex(hex.toStdString())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBacnetOperations)
#include "tst_bacnet_operations.moc"
