// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/pcap_file_source.h"

#include "capture_bytes.h"

#include <QTest>

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

namespace {

struct Frame {
    std::int64_t ts;
    std::uint32_t length;
    int linkType;
    std::string bytes;
};

std::vector<Frame> readAll(ingest::PacketSource& source, Status& last)
{
    std::vector<Frame> frames;
    ingest::RawPacket packet;
    while ((last = source.next(packet)) == Status::Packet)
        frames.push_back({packet.timestampNs, packet.originalLength, packet.linkType,
                          std::string(reinterpret_cast<const char*>(packet.data.data()), packet.data.size())});
    return frames;
}

std::string threeFramePcap(bool bigEndian, bool nano)
{
    const std::uint32_t scale = nano ? 1000 : 1;
    return pcapHeader(bigEndian, nano, 1) + pcapRecord(bigEndian, 1700000000, 1 * scale, frame(60, 1))
        + pcapRecord(bigEndian, 1700000000, 999999 * scale, frame(42, 2), 1514)
        + pcapRecord(bigEndian, 1700000001, 5 * scale, frame(64, 3));
}

/// Two interfaces with different link types and resolutions: libpcap rejects this mid-file.
std::string mixedPcapng(bool bigEndian)
{
    return pcapngShb(bigEndian, "section comment") + pcapngIdb(bigEndian, 1, -1, 0, "eth0")
        + pcapngEpb(bigEndian, 0, 1700000000000001ULL, frame(60, 1), "first")
        + pcapngIdb(bigEndian, 113, 9, 0, "any")
        + pcapngBlock(bigEndian, 4, Bytes(bigEndian).u16(0).u16(0).str())              // NRB
        + pcapngEpb(bigEndian, 1, 1700000000000000500ULL, frame(50, 2))
        + pcapngBlock(bigEndian, 5, Bytes(bigEndian).u32(0).u32(0).u32(0).str())      // ISB
        + pcapngBlock(bigEndian, 0x00000BAD, Bytes(bigEndian).u32(32473).u32(7).str()) // custom
        + pcapngEpb(bigEndian, 0, 1700000000000002ULL, frame(70, 3));
}

} // namespace

class TestPcapFileSource : public QObject {
    Q_OBJECT

private slots:
    void pcapVariants_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("nano");
        QTest::addColumn<QString>("format");
        QTest::newRow("microseconds little-endian") << false << false << QStringLiteral("pcap");
        QTest::newRow("microseconds big-endian") << true << false << QStringLiteral("pcap");
        QTest::newRow("nanoseconds little-endian") << false << true << QStringLiteral("pcap-ns");
        QTest::newRow("nanoseconds big-endian") << true << true << QStringLiteral("pcap-ns");
    }

    void pcapVariants()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, nano);
        QFETCH(QString, format);
        QTemporaryDir dir;
        PcapFileSource source(writeFile(dir, QStringLiteral("a.pcap"), threeFramePcap(bigEndian, nano)));
        QVERIFY2(source.open(), source.errorMessage().c_str());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(last, Status::End);
        QCOMPARE(frames.size(), 3u);
        QCOMPARE(frames[0].ts, 1700000000'000001000LL);
        QCOMPARE(frames[1].ts, 1700000000'999999000LL);
        QCOMPARE(frames[2].ts, 1700000001'000005000LL);
        QCOMPARE(frames[1].length, 1514u);
        QCOMPARE(frames[1].bytes, frame(42, 2));
        QCOMPARE(frames[2].linkType, 1);
        const auto& info = source.files().front();
        QCOMPARE(QString::fromStdString(info.format), format);
        QCOMPARE(info.packetsRead, 3u);
        QCOMPARE(info.linkTypes, std::set<int>{1});
        QVERIFY(!info.truncated);
        QCOMPARE(source.bytesConsumed(), source.bytesTotal());
        QCOMPARE(source.next(*std::make_unique<ingest::RawPacket>()), Status::End);
    }

    void rawIpLinkTypeKeepsLinktypeNumber()
    {
        QTemporaryDir dir;
        PcapFileSource source(writeFile(dir, QStringLiteral("raw.pcap"),
                                        pcapHeader(false, false, 101) + pcapRecord(false, 1, 0, frame(20, 1))));
        QVERIFY(source.open());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(frames.size(), 1u);
        QCOMPARE(frames[0].linkType, ingest::linktype::kRaw);
    }

    void pcapngFallback_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("little-endian") << false << false;
        QTest::newRow("big-endian") << true << false;
        QTest::newRow("gzip") << false << true;
    }

    void pcapngFallback()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const std::string bytes = mixedPcapng(bigEndian);
        const std::string path = gzip ? writeGzipFile(dir, QStringLiteral("m.pcapng.gz"), bytes)
                                      : writeFile(dir, QStringLiteral("m.pcapng"), bytes);
        PcapFileSource source(path);
        QVERIFY2(source.open(), source.errorMessage().c_str());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(last, Status::End);
        QVERIFY(source.usesOwnPcapngReader());
        QCOMPARE(frames.size(), 3u);
        QCOMPARE(frames[0].ts, 1700000000'000001000LL);
        QCOMPARE(frames[0].linkType, 1);
        QCOMPARE(frames[1].ts, 1700000000'000000500LL);
        QCOMPARE(frames[1].linkType, 113);
        QCOMPARE(frames[1].bytes, frame(50, 2));
        QCOMPARE(frames[2].ts, 1700000000'000002000LL);
        QCOMPARE(frames[2].linkType, 1);
        const auto& info = source.files().front();
        QCOMPARE(info.linkTypes, (std::set<int>{1, 113}));
        QCOMPARE(info.packetsRead, 3u);
        QCOMPARE(QString::fromStdString(info.format), gzip ? QStringLiteral("pcapng.gz") : QStringLiteral("pcapng"));
        QCOMPARE(source.bytesConsumed(), source.bytesTotal());
    }

    void pcapngSameLinkTypeDifferentResolutionUsesLibpcap()
    {
        QTemporaryDir dir;
        const std::string bytes = pcapngShb(false) + pcapngIdb(false, 1, 6) + pcapngIdb(false, 1, 9, 0, "ns")
            + pcapngEpb(false, 0, 1700000000000001ULL, frame(60, 1))
            + pcapngEpb(false, 1, 1700000000000000007ULL, frame(60, 2), "a comment");
        PcapFileSource source(writeFile(dir, QStringLiteral("r.pcapng"), bytes));
        QVERIFY(source.open());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(last, Status::End);
        QVERIFY(!source.usesOwnPcapngReader());
        QCOMPARE(frames.size(), 2u);
        QCOMPARE(frames[0].ts, 1700000000'000001000LL);
        QCOMPARE(frames[1].ts, 1700000000'000000007LL);
    }

    void truncatedLastPacket_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("pcap") << QStringLiteral("t.pcap") << false;
        QTest::newRow("pcapng") << QStringLiteral("t.pcapng") << false;
        QTest::newRow("pcap.gz") << QStringLiteral("t.pcap.gz") << true;
    }

    void truncatedLastPacket()
    {
        QFETCH(QString, name);
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        std::string bytes = name.contains(QStringLiteral("pcapng"))
            ? pcapngShb(false) + pcapngIdb(false, 1) + pcapngEpb(false, 0, 1, frame(60, 1))
                + pcapngEpb(false, 0, 2, frame(60, 2)) + pcapngEpb(false, 0, 3, frame(60, 3))
            : threeFramePcap(false, false);
        bytes.resize(bytes.size() - 20); // cut inside the third frame's data
        const std::string path = gzip ? writeGzipFile(dir, name, bytes) : writeFile(dir, name, bytes);
        PcapFileSource source(path);
        QVERIFY(source.open());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(last, Status::End);
        QCOMPARE(frames.size(), 2u);
        const auto& info = source.files().front();
        QVERIFY(info.truncated);
        QCOMPARE(QString::fromStdString(info.warning),
                 QString::fromStdString(path + ": truncated last packet after 2 packets (capture was cut off)"));
        QVERIFY(source.errorMessage().empty());
    }

    void gzipOfPcap()
    {
        QTemporaryDir dir;
        const std::string path = writeGzipFile(dir, QStringLiteral("renamed.bin"), threeFramePcap(true, true));
        PcapFileSource source(path);
        QVERIFY2(source.open(), source.errorMessage().c_str());
        QCOMPARE(QString::fromStdString(source.files().front().format), QStringLiteral("pcap-ns.gz"));
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(last, Status::End);
        QCOMPARE(frames.size(), 3u);
        QCOMPARE(frames[2].bytes, frame(64, 3));
        QCOMPARE(source.bytesTotal(), static_cast<std::uint64_t>(QFileInfo(QString::fromStdString(path)).size()));
        QCOMPARE(source.bytesConsumed(), source.bytesTotal());
    }

    void emptyButValidCaptures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pcap") << QStringLiteral("e.pcap");
        QTest::newRow("pcapng") << QStringLiteral("e.pcapng");
    }

    void emptyButValidCaptures()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const std::string bytes = name.endsWith(QStringLiteral("ng")) ? pcapngShb(false) + pcapngIdb(false, 1)
                                                                      : pcapHeader(false, false, 1);
        PcapFileSource source(writeFile(dir, name, bytes));
        QVERIFY(source.open());
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::End);
        QVERIFY(!source.files().front().truncated);
    }

    void corruptRecordIsAnError()
    {
        QTemporaryDir dir;
        Bytes bad(false);
        bad.u32(1).u32(0).u32(0x7fffffff).u32(0x7fffffff); // a 2 GiB captured length
        PcapFileSource source(writeFile(dir, QStringLiteral("bad.pcap"),
                                        threeFramePcap(false, false) + bad.str() + frame(100, 9)));
        QVERIFY(source.open());
        Status last{};
        const auto frames = readAll(source, last);
        QCOMPARE(frames.size(), 3u);
        QCOMPARE(last, Status::Error);
        QVERIFY(source.errorMessage().starts_with(dir.path().toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestPcapFileSource)
#include "tst_pcap_file_source.moc"
