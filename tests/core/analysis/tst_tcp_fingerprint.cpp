// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/analysis/tcp_fingerprint.h"
#include "core/decode/packet_decoder.h"
#include "tests/support/packet_builder.h"

using namespace mieruka;

namespace {

test::Bytes synFrame(std::uint8_t ttl, std::uint16_t window, const test::Bytes& options, bool synAck = false)
{
    test::Ipv4Fields v4;
    v4.ttl = ttl;
    v4.dontFragment = true;
    test::TcpFields tcp;
    tcp.flags = synAck ? (test::tcpflag::kSyn | test::tcpflag::kAck) : test::tcpflag::kSyn;
    tcp.window = window;
    tcp.options = options;
    return test::PacketBuilder().ethernet("02:00:00:00:00:01", "02:00:00:00:00:02").ipv4("10.0.0.2", "10.0.0.1", v4)
        .tcp(50000, 102, tcp).build();
}

} // namespace

class TestTcpFingerprint : public QObject {
    Q_OBJECT
private slots:
    void matchesTheSignatureTable_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        const auto row = [](const char* name, const test::Bytes& frame, const char* family, const char* os, const char* text) {
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(frame.data()), qsizetype(frame.size()))
                                << QString::fromLatin1(family) << QString::fromUtf8(os) << QString::fromLatin1(text);
        };
        using test::TcpOptionBytes;
        row("windows xp", synFrame(128, 65535, TcpOptionBytes().mss(1460).nop().nop().sackPermitted().bytes()), "windows",
            "Windows XP/2003", "128:65535:mss,nop,nop,sok:-:df");
        row("windows 7 routed", synFrame(127, 8192, TcpOptionBytes().mss(1460).nop().windowScale(8).nop().nop().sackPermitted().bytes()),
            "windows", "Windows Vista/7/8/2008/2012", "128:8192:mss,nop,ws,nop,nop,sok:8:df");
        row("windows 10", synFrame(128, 64240, TcpOptionBytes().mss(1460).nop().windowScale(8).nop().nop().sackPermitted().bytes()),
            "windows", "Windows 10/11/Server 2016+", "128:64240:mss,nop,ws,nop,nop,sok:8:df");
        row("linux 5", synFrame(64, 64240, TcpOptionBytes().mss(1460).sackPermitted().timestamps(1, 0).nop().windowScale(7).bytes()),
            "linux", "Linux 5.x+", "64:64240:mss,sok,ts,nop,ws:7:df");
        row("linux 2.6.32 (mss*10)", synFrame(64, 14600, TcpOptionBytes().mss(1460).sackPermitted().timestamps(1, 0).nop().windowScale(7).bytes()),
            "linux", "Linux 2.6.32-3.x", "64:14600:mss,sok,ts,nop,ws:7:df");
        row("cisco ios", synFrame(255, 4128, TcpOptionBytes().mss(1460).bytes()), "embedded", "Cisco IOS", "255:4128:mss:-:df");
        row("vxworks", synFrame(64, 8192, TcpOptionBytes().mss(1460).bytes()), "rtos", "VxWorks", "64:8192:mss:-:df");
        row("embedded", synFrame(60, 4096, TcpOptionBytes().mss(1460).bytes()), "embedded", "embedded TCP/IP stack", "64:4096:mss:-:df");
    }

    void matchesTheSignatureTable()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, family);
        QFETCH(QString, name);
        QFETCH(QString, text);
        decode::PacketDecoder decoder;
        decode::DecodedPacket packet;
        QVERIFY(decoder.decode(1, std::as_bytes(std::span(frame.constData(), std::size_t(frame.size()))),
                               std::uint32_t(frame.size()), packet));
        const auto signature = analysis::TcpSignature::of(packet);
        QVERIFY(signature);
        QCOMPARE(QString::fromStdString(signature->text()), text);
        const auto guess = analysis::OsSignatureTable::standard().match(*signature);
        QVERIFY(guess);
        QCOMPARE(QString::fromStdString(guess->family), family);
        QCOMPARE(QString::fromStdString(guess->name), name);
    }

    void tableParsesCleanlyAndRejectsBadRows()
    {
        QCOMPARE(analysis::OsSignatureTable::standard().skippedRows(), std::size_t(0));
        QVERIFY(analysis::OsSignatureTable::standard().size() > 20);
        const analysis::OsSignatureTable broken("any\t128\tnot-a-number\tmss\t*\twindows\tX\t1\t0.5\nshort\trow\n");
        QCOMPARE(broken.size(), std::size_t(0));
        QCOMPARE(broken.skippedRows(), std::size_t(2));
    }

    void onlySynSegmentsHaveASignature()
    {
        test::TcpFields ack;
        ack.flags = test::tcpflag::kAck;
        const auto frame = test::PacketBuilder().ethernet("02:00:00:00:00:01", "02:00:00:00:00:02").ipv4("10.0.0.2", "10.0.0.1")
                               .tcp(1, 2, ack).build();
        decode::PacketDecoder decoder;
        decode::DecodedPacket packet;
        QVERIFY(decoder.decode(1, frame, std::uint32_t(frame.size()), packet));
        QVERIFY(!analysis::TcpSignature::of(packet));
    }
};

QTEST_GUILESS_MAIN(TestTcpFingerprint)
#include "tst_tcp_fingerprint.moc"
