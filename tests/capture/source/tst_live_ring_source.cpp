// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/live_ring_source.h"
#include "capture/source/record_file_reader.h"

#include "capture_bytes.h"

#include <QTest>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <thread>

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

namespace {

std::string pathIn(const QTemporaryDir& dir, const char* name)
{
    return QDir(dir.path()).filePath(QString::fromLatin1(name)).toStdString();
}

/// Appends and flushes at once, as the helper's periodic flush makes bytes visible.
void append(const std::string& path, const std::string& bytes)
{
    std::FILE* file = std::fopen(path.c_str(), "ab");
    QVERIFY(file);
    QCOMPARE(std::fwrite(bytes.data(), 1, bytes.size(), file), bytes.size());
    std::fclose(file);
}

std::string header()
{
    return pcapngShb(false) + pcapngIdb(false, 1);
}

std::string packetBytes(const ingest::RawPacket& packet)
{
    return std::string(reinterpret_cast<const char*>(packet.data.data()), packet.data.size());
}

/// A frame whose length and bytes follow from its sequence number across the whole capture.
std::string sequenceFrame(int seq)
{
    return frame(static_cast<std::size_t>(seq % 97 + 14), seq);
}

} // namespace

class TestLiveRingSource : public QObject {
    Q_OBJECT

private slots:
    void idleBeforeAnyFile()
    {
        LiveRingSource source;
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Idle);
        QCOMPARE(source.next(packet), Status::Idle);
        QVERIFY(source.files().empty());
        QCOMPARE(source.bytesTotal(), 0u);
    }

    void idleOnMissingThenEmptyFile()
    {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "a.pcapng");
        LiveRingSource source;
        source.addFile(path);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Idle);
        QCOMPARE(source.files().size(), 1u);
        append(path, {});
        QCOMPARE(source.next(packet), Status::Idle);
        append(path, header() + pcapngEpb(false, 0, 5, frame(60, 1)));
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(packet.timestampNs, 5'000LL);
        QCOMPARE(source.files().front().linkTypes, std::set<int>{1});
    }

    void blockWrittenInTwoHalves()
    {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "h.pcapng");
        const std::string epb = pcapngEpb(false, 0, 1'700'000'000'000'001ULL, frame(77, 3));
        append(path, header() + epb.substr(0, 21));
        LiveRingSource source;
        source.addFile(path);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Idle);
        QCOMPARE(source.next(packet), Status::Idle);
        QCOMPARE(source.bytesConsumed(), header().size());
        QCOMPARE(source.bytesTotal(), header().size() + 21);
        append(path, epb.substr(21));
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(packet.timestampNs, 1'700'000'000'000'001'000LL);
        QCOMPARE(packet.originalLength, 77u);
        QCOMPARE(packetBytes(packet), frame(77, 3));
        QCOMPARE(packet.fileIndex, 0u);
        QCOMPARE(packet.packetNumber, 1u);
        QCOMPARE(source.next(packet), Status::Idle);
        QCOMPARE(source.bytesConsumed(), header().size() + epb.size());
        QCOMPARE(source.files().front().format, std::string("pcapng"));
    }

    void filesReadInAddOrder()
    {
        QTemporaryDir dir;
        const auto a = pathIn(dir, "a.pcapng");
        const auto b = pathIn(dir, "b.pcapng");
        append(a, header() + pcapngEpb(false, 0, 1, frame(20, 1)) + pcapngEpb(false, 0, 2, frame(20, 2)));
        append(b, header() + pcapngEpb(false, 0, 3, frame(20, 3)) + pcapngEpb(false, 0, 4, frame(20, 4)));
        LiveRingSource source;
        source.addFile(a);
        source.addFile(b);
        ingest::RawPacket packet;
        for (std::uint64_t n : {1u, 2u}) {
            QCOMPARE(source.next(packet), Status::Packet);
            QCOMPARE(packet.fileIndex, 0u);
            QCOMPARE(packet.packetNumber, n);
        }
        // b is complete, but a may still grow: strict order means waiting.
        QCOMPARE(source.next(packet), Status::Idle);
        source.closeFile(a);
        for (std::uint64_t n : {1u, 2u}) {
            QCOMPARE(source.next(packet), Status::Packet);
            QCOMPARE(packet.fileIndex, 1u);
            QCOMPARE(packet.packetNumber, n);
            QCOMPARE(packet.timestampNs, static_cast<std::int64_t>(2 + n) * 1000);
        }
        QCOMPARE(source.files().size(), 2u);
        QCOMPARE(source.files()[0].packetsRead, 2u);
        QVERIFY(source.files()[0].warning.empty());
        QCOMPARE(source.files()[0].sizeBytes, std::filesystem::file_size(a));
    }

    void unlinkedWhileOpenStillDrains()
    {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "u.pcapng");
        std::string bytes = header();
        for (int i = 1; i <= 3; ++i)
            bytes += pcapngEpb(false, 0, static_cast<std::uint64_t>(i), frame(40, i));
        append(path, bytes);
        LiveRingSource source;
        source.addFile(path);
        source.closeFile(path);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Packet);
        QVERIFY(std::filesystem::remove(path));
        for (int i = 2; i <= 3; ++i) {
            QCOMPARE(source.next(packet), Status::Packet);
            QCOMPARE(packetBytes(packet), frame(40, i));
        }
        QCOMPARE(source.next(packet), Status::Idle);
        source.finish();
        QCOMPARE(source.next(packet), Status::End);
        QVERIFY(source.files().front().warning.empty());
        QCOMPARE(source.bytesConsumed(), bytes.size());
    }

    void closedFileEndingMidBlockIsTruncated()
    {
        QTemporaryDir dir;
        const auto a = pathIn(dir, "a.pcapng");
        const auto b = pathIn(dir, "b.pcapng");
        const std::string cut = pcapngEpb(false, 0, 2, frame(50, 2));
        append(a, header() + pcapngEpb(false, 0, 1, frame(50, 1)) + cut.substr(0, cut.size() - 5));
        append(b, header() + pcapngEpb(false, 0, 3, frame(50, 3)));
        LiveRingSource source;
        source.addFile(a);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(source.next(packet), Status::Idle);
        source.addFile(b);
        source.closeFile(a);
        source.closeFile(b);
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(packet.fileIndex, 1u);
        QCOMPARE(packetBytes(packet), frame(50, 3));
        QVERIFY(source.files()[0].truncated);
        QCOMPARE(source.files()[0].warning, truncationWarning(a, 1));
        QVERIFY(!source.files()[1].truncated);
    }

    void closedMissingFileWarnsAndMovesOn()
    {
        QTemporaryDir dir;
        const auto missing = pathIn(dir, "gone.pcapng");
        const auto b = pathIn(dir, "b.pcapng");
        append(b, header() + pcapngEpb(false, 0, 3, frame(50, 3)));
        LiveRingSource source;
        source.addFile(missing);
        source.addFile(b);
        source.finish();
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(packet.fileIndex, 1u);
        QVERIFY(source.files()[0].warning.starts_with(missing + ": cannot open: "));
        QCOMPARE(source.next(packet), Status::End);
    }

    void corruptBlockLengthIsAnError()
    {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "c.pcapng");
        const std::string good = header() + pcapngEpb(false, 0, 1, frame(60, 1));
        append(path, good + Bytes(false).u32(6).u32(30).u32(0).u32(0).str());
        LiveRingSource source;
        source.addFile(path);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(source.next(packet), Status::Error);
        const std::string expected = path + ": invalid pcapng block length 30 at offset " + std::to_string(good.size());
        QVERIFY2(source.errorMessage().starts_with(expected), source.errorMessage().c_str());
        QCOMPARE(source.next(packet), Status::Error);
    }

    void finishWhenDrainedEnds()
    {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "f.pcapng");
        append(path, header() + pcapngEpb(false, 0, 1, frame(60, 1)));
        LiveRingSource source;
        source.addFile(path);
        ingest::RawPacket packet;
        QCOMPARE(source.next(packet), Status::Packet);
        QCOMPARE(source.next(packet), Status::Idle);
        source.finish();
        QCOMPARE(source.next(packet), Status::End);
        QCOMPARE(source.next(packet), Status::End);
        QCOMPARE(source.files().size(), 1u);
        QCOMPARE(source.bytesTotal(), source.bytesConsumed());
    }

    void concurrentWriterDeliversEveryPacketOnce()
    {
        constexpr int kPackets = 20'000;
        constexpr int kFiles = 5;
        QTemporaryDir dir;
        LiveRingSource source;
        std::thread writer([&] {
            std::mt19937 random(12345);
            int seq = 0;
            for (int f = 0; f < kFiles; ++f) {
                const std::string path = QDir(dir.path()).filePath(QStringLiteral("ring_%1.pcapng").arg(f)).toStdString();
                std::string bytes = header();
                for (int i = 0; i < kPackets / kFiles; ++i, ++seq)
                    bytes += pcapngEpb(false, 0, static_cast<std::uint64_t>(seq), sequenceFrame(seq));
                const bool announceFirst = random() % 2 == 0; // the file may not exist yet when announced
                if (announceFirst)
                    source.addFile(path);
                std::FILE* file = std::fopen(path.c_str(), "wb");
                if (!announceFirst)
                    source.addFile(path);
                // Flush at arbitrary byte positions, as a 250 ms flush cuts blocks anywhere.
                for (std::size_t done = 0; done < bytes.size();) {
                    const std::size_t step = std::min<std::size_t>(bytes.size() - done, random() % 3000 + 1);
                    std::fwrite(bytes.data() + done, 1, step, file);
                    std::fflush(file);
                    done += step;
                    if (random() % 16 == 0)
                        std::this_thread::sleep_for(std::chrono::microseconds(200));
                }
                std::fclose(file);
                source.closeFile(path);
            }
            source.finish();
        });

        int expected = 0;
        int idles = 0;
        std::uint64_t inFile = 0;
        std::uint32_t lastFile = 0;
        bool ok = true;
        Status status{};
        ingest::RawPacket packet;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        while ((status = source.next(packet)) != Status::End && status != Status::Error) {
            if (std::chrono::steady_clock::now() > deadline)
                break;
            if (status == Status::Idle) {
                ++idles;
                std::this_thread::sleep_for(std::chrono::microseconds(100));
                continue;
            }
            if (packet.fileIndex != lastFile) {
                ok = ok && packet.fileIndex == lastFile + 1;
                lastFile = packet.fileIndex;
                inFile = 0;
            }
            ok = ok && packet.packetNumber == ++inFile && packet.timestampNs == std::int64_t{expected} * 1000
                && packetBytes(packet) == sequenceFrame(expected);
            ++expected;
        }
        writer.join();
        qInfo("consumer was idle %d times", idles); // how often it caught up with the writer mid-block
        QCOMPARE(status, Status::End);
        QVERIFY2(source.errorMessage().empty(), source.errorMessage().c_str());
        QVERIFY(ok);
        QCOMPARE(expected, kPackets);
        QCOMPARE(source.files().size(), std::size_t{kFiles});
        for (const auto& info : source.files()) {
            QCOMPARE(info.packetsRead, std::uint64_t{kPackets / kFiles});
            QVERIFY(info.warning.empty());
        }
        QCOMPARE(source.bytesConsumed(), source.bytesTotal());
    }
};

QTEST_GUILESS_MAIN(TestLiveRingSource)
#include "tst_live_ring_source.moc"
