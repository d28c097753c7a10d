// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/capture_source_factory.h"

#include "capture_bytes.h"

#include <QFileInfo>
#include <QTest>

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

class TestSnoopReader : public QObject {
    Q_OBJECT

private slots:
    void readsRecords_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("plain") << false << 0 << 3 << false;
        QTest::newRow("gzip") << true << 0 << 3 << false;
        QTest::newRow("cut inside last frame") << false << 10 << 2 << true;
        QTest::newRow("cut inside last record header") << false << 24 + 64 - 4 << 2 << true;
    }

    void readsRecords()
    {
        QFETCH(bool, gzip);
        QFETCH(int, cut);
        QFETCH(int, expected);
        QFETCH(bool, truncated);
        QTemporaryDir dir;
        std::string bytes = snoopHeader() + snoopRecord(911274726, 499893, frame(61, 1))
            + snoopRecord(911274727, 1, frame(60, 2)) + snoopRecord(911274728, 2, frame(64, 3));
        bytes.resize(bytes.size() - static_cast<std::size_t>(cut));
        const std::string path = gzip ? writeGzipFile(dir, QStringLiteral("s.snoop.gz"), bytes)
                                      : writeFile(dir, QStringLiteral("s.snoop"), bytes);
        std::string error;
        auto source = openCaptureSource({path}, error);
        QVERIFY2(source, error.c_str());
        ingest::RawPacket packet;
        QCOMPARE(source->next(packet), Status::Packet);
        QCOMPARE(packet.timestampNs, 911274726'499893000LL);
        QCOMPARE(packet.originalLength, 61u);
        QCOMPARE(packet.linkType, ingest::linktype::kEthernet);
        QCOMPARE(std::string(reinterpret_cast<const char*>(packet.data.data()), packet.data.size()), frame(61, 1));
        int count = 1;
        Status last{};
        while ((last = source->next(packet)) == Status::Packet)
            ++count;
        QCOMPARE(last, Status::End);
        QCOMPARE(count, expected);
        const auto& info = source->files().front();
        QCOMPARE(info.truncated, truncated);
        QCOMPARE(QString::fromStdString(info.format), gzip ? QStringLiteral("snoop.gz") : QStringLiteral("snoop"));
        QCOMPARE(info.linkTypes, std::set<int>{1});
    }

    void rejectsBadRecordLength()
    {
        QTemporaryDir dir;
        const auto bad = Bytes(true).u32(60).u32(60).u32(30).u32(0).u32(0).u32(0).str(); // record shorter than frame
        std::string error;
        auto source = openCaptureSource({writeFile(dir, QStringLiteral("b.snoop"), snoopHeader() + bad)}, error);
        QVERIFY(source);
        ingest::RawPacket packet;
        QCOMPARE(source->next(packet), Status::Error);
        QVERIFY(source->errorMessage().find("invalid snoop record") != std::string::npos);
    }

    void solarisSample()
    {
        const QString path = QStringLiteral(MIERUKA_CAPTURE_CORPUS "/formats/solaris.snoop");
        if (!QFileInfo::exists(path))
            QSKIP("the shared capture corpus is not available here");
        std::string error;
        auto source = openCaptureSource({path.toStdString()}, error);
        QVERIFY2(source, error.c_str());
        ingest::RawPacket packet;
        std::uint64_t count = 0;
        std::uint64_t bytes = 0;
        while (source->next(packet) == Status::Packet) {
            ++count;
            bytes += packet.originalLength;
        }
        QCOMPARE(count, 250u); // tshark -r solaris.snoop | wc -l
        QCOMPARE(bytes, 23335u); // sum of tshark frame.len
    }
};

QTEST_GUILESS_MAIN(TestSnoopReader)
#include "tst_snoop_reader.moc"
