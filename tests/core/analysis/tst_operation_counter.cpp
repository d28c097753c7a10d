// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/analysis/operation_counter.h"
#include "core/decode/packet_decoder.h"
#include "tests/support/packet_builder.h"

using namespace mieruka;

namespace {

/// Stands in for a protocol: every payload byte 0x06 sent to the service is a "Write" request.
void fakeWrites(const protocols::PayloadContext& context, protocols::OperationList& operations)
{
    if (!context.toService)
        return;
    for (std::byte b : context.payload)
        if (b == std::byte{0x06})
            operations.push_back({protocols::OperationClass::Write, "fake", "Write Register", 6});
}

test::Bytes frame(const char* src, const char* dst, std::uint16_t sport, std::uint16_t dport, const char* payloadHex)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet("02:00:00:00:00:01", "02:00:00:00:00:02").ipv4(src, dst)
        .tcp(sport, dport, tcp).payload(test::bytesFromHex(payloadHex)).build();
}

} // namespace

class TestOperationCounter : public QObject {
    Q_OBJECT
private slots:
    void countsRequestsPerRequesterTargetAndOperation()
    {
        protocols::ProtocolRegistry registry;
        registry.operations().addTcpPort(502, &fakeWrites);
        analysis::OperationCounter counter(registry);
        decode::PacketDecoder decoder;
        decode::DecodedPacket packet;
        const auto feed = [&](const test::Bytes& bytes, std::int64_t time, std::uint64_t number) {
            QVERIFY(decoder.decode(1, bytes, std::uint32_t(bytes.size()), packet));
            counter.addPacket(packet, time, {0, number});
        };
        feed(frame("10.0.0.5", "10.0.0.9", 40000, 502, "0606"), 2000, 7); // two requests in one segment
        feed(frame("10.0.0.5", "10.0.0.9", 40000, 502, "06"), 1000, 3);   // earlier frame seen later
        feed(frame("10.0.0.9", "10.0.0.5", 502, 40000, "06"), 3000, 8);   // a response: no request
        feed(frame("10.0.0.6", "10.0.0.9", 40001, 502, "03"), 4000, 9);   // not a write

        const auto rows = counter.take();
        QCOMPARE(rows.size(), std::size_t(1));
        const auto& row = rows.front();
        QCOMPARE(row.srcIp, std::string("10.0.0.5"));
        QCOMPARE(row.dstIp, std::string("10.0.0.9"));
        QCOMPARE(row.srcMac, std::string("02:00:00:00:00:02"));
        QCOMPARE(row.operationClass, std::string("write"));
        QCOMPARE(row.name, std::string("Write Register"));
        QCOMPARE(row.count, std::uint64_t(3));
        QCOMPARE(row.firstNs, std::int64_t(1000));
        QCOMPARE(row.lastNs, std::int64_t(2000));
        QCOMPARE(row.packetNumber, std::uint64_t(3)); // the earliest frame is the evidence
        QVERIFY(counter.take().empty());
    }
};

QTEST_GUILESS_MAIN(TestOperationCounter)
#include "tst_operation_counter.moc"
