// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/merged_source.h"
#include "capture/source/pcap_file_source.h"

#include "capture_bytes.h"

#include <QTest>

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

class TestMergedSource : public QObject {
    Q_OBJECT

private slots:
    void mergesInTimestampOrder_data()
    {
        QTest::addColumn<QList<QList<int>>>("secondsPerFile");
        QTest::addColumn<QString>("expectedOrder"); // "file:packetNumber" in output order
        QTest::newRow("interleaved") << QList<QList<int>>{{1, 4, 7}, {2, 5, 8}, {3, 6, 9}}
                                     << QStringLiteral("0:1 1:1 2:1 0:2 1:2 2:2 0:3 1:3 2:3");
        QTest::newRow("ties go to the earlier file") << QList<QList<int>>{{5, 6}, {5}, {1, 5}}
                                                     << QStringLiteral("2:1 0:1 1:1 2:2 0:2");
        QTest::newRow("one file empty") << QList<QList<int>>{{}, {1, 3}, {2}}
                                        << QStringLiteral("1:1 2:1 1:2");
    }

    void mergesInTimestampOrder()
    {
        QFETCH(QList<QList<int>>, secondsPerFile);
        QFETCH(QString, expectedOrder);
        QTemporaryDir dir;
        std::vector<std::unique_ptr<ingest::PacketSource>> sources;
        int fileNumber = 0;
        for (const auto& seconds : secondsPerFile) {
            std::string bytes = pcapHeader(false, false, fileNumber == 1 ? 113 : 1);
            for (int s : seconds)
                bytes += pcapRecord(false, static_cast<std::uint32_t>(s), 0, frame(40, fileNumber * 10 + s));
            auto source = std::make_unique<PcapFileSource>(
                writeFile(dir, QStringLiteral("f%1.pcap").arg(fileNumber++), bytes));
            QVERIFY(source->open());
            sources.push_back(std::move(source));
        }
        MergedSource merged(std::move(sources));
        QStringList order;
        ingest::RawPacket packet;
        std::int64_t previous = 0;
        Status last{};
        while ((last = merged.next(packet)) == Status::Packet) {
            QVERIFY(packet.timestampNs >= previous);
            previous = packet.timestampNs;
            // The view must still hold this frame's own bytes while other files were read ahead.
            const int seconds = static_cast<int>(packet.timestampNs / 1'000'000'000);
            QCOMPARE(std::string(reinterpret_cast<const char*>(packet.data.data()), packet.data.size()),
                     frame(40, static_cast<int>(packet.fileIndex) * 10 + seconds));
            QCOMPARE(packet.linkType, packet.fileIndex == 1 ? 113 : 1);
            order << QStringLiteral("%1:%2").arg(packet.fileIndex).arg(packet.packetNumber);
        }
        QCOMPARE(last, Status::End);
        QCOMPARE(order.join(QLatin1Char(' ')), expectedOrder);
        QCOMPARE(merged.files().size(), 3u);
        QCOMPARE(merged.files()[1].linkTypes, std::set<int>{113});
        QCOMPARE(merged.files()[1].packetsRead, static_cast<std::uint64_t>(secondsPerFile[1].size()));
        QCOMPARE(merged.bytesConsumed(), merged.bytesTotal());
        QCOMPARE(merged.next(packet), Status::End);
    }

    void nestedFileIndicesAreRemapped()
    {
        QTemporaryDir dir;
        auto makeSource = [&](const QString& name, std::uint32_t second) {
            auto source = std::make_unique<PcapFileSource>(
                writeFile(dir, name, pcapHeader(false, false, 1) + pcapRecord(false, second, 0, frame(20, 1))));
            source->open();
            return source;
        };
        std::vector<std::unique_ptr<ingest::PacketSource>> inner;
        inner.push_back(makeSource(QStringLiteral("a.pcap"), 3));
        inner.push_back(makeSource(QStringLiteral("b.pcap"), 1));
        std::vector<std::unique_ptr<ingest::PacketSource>> outer;
        outer.push_back(makeSource(QStringLiteral("c.pcap"), 2));
        outer.push_back(std::make_unique<MergedSource>(std::move(inner)));
        MergedSource merged(std::move(outer));
        std::vector<std::uint32_t> indices;
        ingest::RawPacket packet;
        while (merged.next(packet) == Status::Packet)
            indices.push_back(packet.fileIndex);
        QCOMPARE(indices, (std::vector<std::uint32_t>{2, 0, 1}));
        QCOMPARE(merged.files().size(), 3u);
        QVERIFY(merged.files()[2].path.ends_with("b.pcap"));
    }

    void errorInOneSourceStopsTheMerge()
    {
        QTemporaryDir dir;
        Bytes bad(false);
        bad.u32(1).u32(0).u32(0x7fffffff).u32(0x7fffffff);
        std::vector<std::unique_ptr<ingest::PacketSource>> sources;
        for (const auto& [name, bytes] : {std::pair{QStringLiteral("ok.pcap"), pcapHeader(false, false, 1)
                                                                                 + pcapRecord(false, 1, 0, frame(20, 1))},
                                          std::pair{QStringLiteral("bad.pcap"), pcapHeader(false, false, 1) + bad.str()}}) {
            auto source = std::make_unique<PcapFileSource>(writeFile(dir, name, bytes));
            QVERIFY(source->open());
            sources.push_back(std::move(source));
        }
        MergedSource merged(std::move(sources));
        ingest::RawPacket packet;
        QCOMPARE(merged.next(packet), Status::Error);
        QVERIFY(merged.errorMessage().find("bad.pcap") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMergedSource)
#include "tst_merged_source.moc"
