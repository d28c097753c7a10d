// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/capture_source_factory.h"
#include "capture/source/live_ring_source.h"
#include "core/ingest/importer.h"
#include "core/ingest/period_import.h"
#include "core/ingest/shared_packet_source.h"
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>
#include <thread>

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

/// A small plant: three clients polling one PLC over Modbus for `count` frames, plus ARP.
std::vector<test::CaptureFrame> plantFrames(int count)
{
    std::vector<test::CaptureFrame> frames;
    const char* clients[] = {"192.168.1.10", "192.168.1.11", "fd00::12"};
    for (int i = 0; i < count; ++i) {
        const int c = i % 3;
        test::PacketBuilder builder;
        builder.ethernet("00:80:f4:00:00:01", c == 0 ? "00:1b:1b:00:00:10" : c == 1 ? "00:0e:8c:00:00:11" : "00:00:bc:00:00:12");
        if (c == 2)
            builder.ipv6(clients[c], "fd00::1");
        else
            builder.ipv4(clients[c], "192.168.1.1");
        test::TcpFields tcp;
        tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
        builder.tcp(static_cast<std::uint16_t>(40000 + c), 502, tcp).payload(test::bytesFromHex("000100000006010300000001"));
        frames.push_back({1'700'000'000LL * kSecond + i * (kSecond / 10), builder.build()});
    }
    frames.push_back({1'700'000'000LL * kSecond + count * (kSecond / 10),
                      test::PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", "00:80:f4:00:00:01")
                          .arp(1, "00:80:f4:00:00:01", "192.168.1.1", "00:00:00:00:00:00", "192.168.1.10").build()});
    return frames;
}

/// Everything the survey holds that an import writes, as text, for exact comparisons.
std::string dump(store::SurveyStore& survey)
{
    std::ostringstream out;
    for (const auto& c : survey.captures())
        out << "capture " << c.sha256 << ' ' << c.complete << ' ' << c.packets << ' ' << c.bytes << ' ' << c.startNs << ' ' << c.endNs << '\n';
    for (const auto& r : survey.conversations())
        out << "conv " << r.lo << ' ' << r.loPort << ' ' << r.hi << ' ' << r.hiPort << ' ' << r.initiatorIsLo << ' ' << r.packetsLoToHi
            << ' ' << r.bytesLoToHi << ' ' << r.packetsHiToLo << ' ' << r.firstNs << ' ' << r.lastNs << '\n';
    for (const auto& r : survey.endpoints())
        out << "endpoint " << r.address << ' ' << r.txPackets << ' ' << r.rxPackets << ' ' << r.txBytes << ' ' << r.firstNs << ' ' << r.lastNs
            << ' ' << r.txFirstNs << ' ' << r.txLastNs << '\n';
    for (const auto& r : survey.bindings())
        out << "binding " << r.mac << ' ' << r.ip << ' ' << r.source << ' ' << r.packets << ' ' << r.firstNs << ' ' << r.lastNs << '\n';
    for (auto kind : {analysis::SeriesRecord::Kind::Host, analysis::SeriesRecord::Kind::Pair, analysis::SeriesRecord::Kind::Protocol})
        for (const auto& r : survey.series(kind))
            out << "series " << int(kind) << ' ' << r.minute << ' ' << r.key << ' ' << r.txPackets << ' ' << r.rxPackets << ' ' << r.txBytes << '\n';
    return out.str();
}

ingest::ImportResult importFiles(store::SurveyStore& survey, const std::vector<std::string>& files, ingest::ImportOptions options = {},
                                 const std::function<void(const ingest::ImportProgress&)>& progress = {}, std::stop_token stop = {})
{
    ingest::Importer importer(survey, &capture::openCaptureSource, options);
    return importer.run(files, progress, stop);
}

/// Appends `bytes` to `path` in `pieces` parts, as the capture helper's flushes would.
void appendInPieces(const std::string& path, const test::Bytes& bytes, int pieces)
{
    const std::size_t step = bytes.size() / static_cast<std::size_t>(pieces) + 1;
    for (std::size_t offset = 0; offset < bytes.size(); offset += step) {
        std::ofstream out(path, std::ios::binary | std::ios::app);
        out.write(reinterpret_cast<const char*>(bytes.data() + offset),
                  static_cast<std::streamsize>(std::min(step, bytes.size() - offset)));
        out.close();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

struct RingFiles {
    std::string first, second;
    test::Bytes firstBytes, secondBytes;
};

/// The plant's frames split over two pcapng ring files (not written yet).
RingFiles ringFiles(const QTemporaryDir& dir)
{
    auto frames = plantFrames(3000);
    const std::vector<test::CaptureFrame> head(frames.begin(), frames.begin() + 1200), tail(frames.begin() + 1200, frames.end());
    return {dir.filePath(QStringLiteral("live-00001.pcapng")).toStdString(),
            dir.filePath(QStringLiteral("live-00002.pcapng")).toStdString(), test::makePcapng(head), test::makePcapng(tail)};
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private slots:
    void importingTheSameCaptureTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("plant.pcap")).toStdString();
        QVERIFY(test::writeFile(capture, test::makePcap(plantFrames(900))));
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        auto first = importFiles(survey, {capture});
        QCOMPARE(first.status, ingest::ImportResult::Status::Completed);
        QVERIFY(first.problems.empty());
        QCOMPARE(first.packetsImported, std::uint64_t(901));
        const std::string before = dump(survey);
        QVERIFY(before.find("conv 192.168.1.1 502 192.168.1.10 40000") != std::string::npos);

        // Same content under another name is still the same capture.
        const std::string copy = dir.filePath(QStringLiteral("copy.pcap")).toStdString();
        QVERIFY(test::writeFile(copy, test::makePcap(plantFrames(900))));
        auto second = importFiles(survey, {capture, copy});
        QCOMPARE(second.filesSkipped, std::size_t(2));
        QCOMPARE(second.packetsImported, std::uint64_t(0));
        QCOMPARE(dump(survey), before);
    }

    void interruptedImportResumesToTheSameResult()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("plant.pcap")).toStdString();
        QVERIFY(test::writeFile(capture, test::makePcap(plantFrames(5000))));
        ingest::ImportOptions small;
        small.chunkPackets = 500;
        small.pollPackets = 500;

        store::SurveyStore once(dir.filePath(QStringLiteral("once.mieruka")).toStdString());
        QCOMPARE(importFiles(once, {capture}, small).status, ingest::ImportResult::Status::Completed);

        store::SurveyStore twice(dir.filePath(QStringLiteral("twice.mieruka")).toStdString());
        std::stop_source stop;
        int reports = 0;
        auto cancelEarly = [&](const ingest::ImportProgress& status) {
            if (status.phase == "importing" && ++reports == 3)
                stop.request_stop();
        };
        const auto cut = importFiles(twice, {capture}, small, cancelEarly, stop.get_token());
        QCOMPARE(cut.status, ingest::ImportResult::Status::Cancelled);
        const auto partial = twice.captures();
        QCOMPARE(partial.size(), std::size_t(1));
        QVERIFY(!partial.front().complete);
        QVERIFY(partial.front().packets > 0 && partial.front().packets < 5001);
        QCOMPARE(twice.integrityCheck(), std::string("ok"));

        const auto resumed = importFiles(twice, {capture}, small);
        QCOMPARE(resumed.status, ingest::ImportResult::Status::Completed);
        QCOMPARE(dump(twice), dump(once));
    }

    void truncatedCaptureKeepsItsFramesAndSaysSo()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("cut.pcap")).toStdString();
        auto bytes = test::makePcap(plantFrames(10));
        bytes.resize(bytes.size() - 7);
        QVERIFY(test::writeFile(capture, bytes));
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        const auto result = importFiles(survey, {capture});
        QCOMPARE(result.packetsImported, std::uint64_t(10));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY2(result.problems.front().find(capture) == 0, result.problems.front().c_str());
        QVERIFY(result.problems.front().find("truncated") != std::string::npos);
        QVERIFY(survey.captures().front().truncated);
    }

    void badPathIsNamedAndTheOthersStillImport()
    {
        QTemporaryDir dir;
        const std::string good = dir.filePath(QStringLiteral("good.pcap")).toStdString();
        QVERIFY(test::writeFile(good, test::makePcap(plantFrames(30))));
        const std::string missing = dir.filePath(QStringLiteral("missing.pcap")).toStdString();
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        const auto result = importFiles(survey, {missing, good});
        QCOMPARE(result.packetsImported, std::uint64_t(31));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY(result.problems.front().find(missing) == 0);
    }

    void operationsAreCountedUnlessTurnedOff()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("writes.pcap")).toStdString();
        test::TcpFields tcp;
        tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
        std::vector<test::CaptureFrame> frames;
        for (int i = 0; i < 3; ++i) // Modbus FC 6 Write Single Register from an engineering PC
            frames.push_back({(1'700'000'000LL + i) * kSecond,
                              test::PacketBuilder().ethernet("00:80:f4:00:00:01", "00:1b:1b:00:00:10")
                                  .ipv4("192.168.1.10", "192.168.1.1").tcp(40000, 502, tcp)
                                  .payload(test::bytesFromHex("000100000006010600010003")).build()});
        QVERIFY(test::writeFile(capture, test::makePcap(frames)));

        store::SurveyStore without(dir.filePath(QStringLiteral("without.mieruka")).toStdString());
        ingest::ImportOptions off;
        off.countOperations = false;
        importFiles(without, {capture}, off);
        QVERIFY(without.operations().empty());

        store::SurveyStore with(dir.filePath(QStringLiteral("with.mieruka")).toStdString());
        importFiles(with, {capture});
        const auto operations = with.operations();
        QCOMPARE(operations.size(), std::size_t(1));
        QCOMPARE(operations.front().operationClass, std::string("write"));
        QCOMPARE(operations.front().protocol, std::string("modbus"));
        QCOMPARE(operations.front().srcIp, std::string("192.168.1.10"));
        QCOMPARE(operations.front().dstIp, std::string("192.168.1.1"));
        QCOMPARE(operations.front().count, std::uint64_t(3));
        QCOMPARE(operations.front().packetNumber, std::uint64_t(1));
        QVERIFY(operations.front().captureId != 0);
    }

    void aPlcStopBecomesAStoredAlertPointingAtItsFrame()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("stop.pcap")).toStdString();
        test::TcpFields tcp;
        tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
        std::vector<test::CaptureFrame> frames;
        for (int i = 0; i < 10; ++i) // S7 read var polls, then one PLC STOP job (function 0x29)
            frames.push_back({(1'700'000'000LL + i) * kSecond,
                              test::PacketBuilder().ethernet("00:80:f4:00:00:01", "00:1b:1b:00:00:10")
                                  .ipv4("192.168.1.10", "192.168.1.1").tcp(40000, 102, tcp)
                                  .payload(test::bytesFromHex(i < 9 ? "0300001f02f080320100000100000e00000401120a10020001000184000000"
                                                                    : "0300002102f0803201000001000010000029000000000009505f50524f4752414d"))
                                  .build()});
        QVERIFY(test::writeFile(capture, test::makePcap(frames)));
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        importFiles(survey, {capture});
        std::vector<analysis::AlertRecord> stops;
        for (const auto& alert : survey.alerts())
            if (alert.type == "ot_command")
                stops.push_back(alert);
        QCOMPARE(stops.size(), std::size_t(1));
        QCOMPARE(stops[0].severity, std::string("critical"));
        QCOMPARE(stops[0].src, std::string("192.168.1.10"));
        QCOMPARE(stops[0].dst, std::string("192.168.1.1"));
        QCOMPARE(stops[0].packetNumber, std::uint64_t(10));
        QVERIFY(stops[0].captureId != 0);
        QCOMPARE(survey.alert(stops[0].id)->rule, stops[0].rule);

        // Detection runs again after the next import: survey-wide alerts are replaced, not doubled.
        const std::string again = dir.filePath(QStringLiteral("again.pcap")).toStdString();
        frames.resize(1);
        frames[0].timestampNs += 20 * kSecond;
        QVERIFY(test::writeFile(again, test::makePcap(frames)));
        importFiles(survey, {again});
        std::size_t count = 0;
        for (const auto& alert : survey.alerts())
            count += alert.type == "ot_command" ? 1 : 0;
        QCOMPARE(count, std::size_t(1));
    }

    void unsupportedLinkTypeIsCountedAndReported()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("arcnet.pcap")).toStdString();
        test::PcapOptions options;
        options.linkType = 7;
        QVERIFY(test::writeFile(capture, test::makePcap({{kSecond, test::bytesFromHex("0102030405")}}, options)));
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        const auto result = importFiles(survey, {capture});
        QCOMPARE(result.packetsImported, std::uint64_t(1));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY2(result.problems.front().find("unsupported link type 7 (ARCNET)") != std::string::npos, result.problems.front().c_str());
        QCOMPARE(survey.captures().front().unsupportedPackets, std::uint64_t(1));
    }

    void liveImportOfGrowingRingFilesEqualsTheFileImport()
    {
        QTemporaryDir dir;
        const RingFiles ring = ringFiles(dir);
        auto source = std::make_shared<capture::LiveRingSource>();
        // The helper's side: files appear and grow while the import already runs.
        std::thread helper([&] {
            source->addFile(ring.first);
            appendInPieces(ring.first, ring.firstBytes, 7);
            source->closeFile(ring.first);
            source->addFile(ring.second);
            appendInPieces(ring.second, ring.secondBytes, 11);
            source->closeFile(ring.second);
            source->finish();
        });
        store::SurveyStore live(dir.filePath(QStringLiteral("live.mieruka")).toStdString());
        ingest::Importer importer(live, {});
        int reports = 0;
        const auto result = importer.runLive(std::make_unique<ingest::SharedPacketSource>(source),
                                             [&](const ingest::ImportProgress&) { ++reports; });
        helper.join();
        QCOMPARE(result.status, ingest::ImportResult::Status::Completed);
        QCOMPARE(result.packetsImported, std::uint64_t(3001));
        QCOMPARE(result.filesImported, std::size_t(2));
        QVERIFY(reports > 0);

        store::SurveyStore fromFiles(dir.filePath(QStringLiteral("files.mieruka")).toStdString());
        QCOMPARE(importFiles(fromFiles, {ring.first, ring.second}).status, ingest::ImportResult::Status::Completed);
        // Same rows, and the ring files carry their content hash like imported files do.
        QCOMPARE(dump(live), dump(fromFiles));

        // Importing the ring folder afterwards finds everything already there.
        const std::string before = dump(live);
        const auto again = importFiles(live, {ring.first, ring.second});
        QCOMPARE(again.filesSkipped, std::size_t(2));
        QCOMPARE(dump(live), before);
    }

    void interruptedLiveImportResumesFromTheRingFiles()
    {
        QTemporaryDir dir;
        const RingFiles ring = ringFiles(dir);
        QVERIFY(test::writeFile(ring.first, ring.firstBytes));
        // The app dies while the second file is half written: only its first half is on disk.
        const test::Bytes half(ring.secondBytes.begin(), ring.secondBytes.begin() + std::ptrdiff_t(ring.secondBytes.size() / 2));
        QVERIFY(test::writeFile(ring.second, half));
        auto source = std::make_shared<capture::LiveRingSource>();
        source->addFile(ring.first);
        source->closeFile(ring.first);
        source->addFile(ring.second);
        store::SurveyStore live(dir.filePath(QStringLiteral("live.mieruka")).toStdString());
        std::stop_source stop;
        std::uint64_t lastSeen = 0;
        int sameCount = 0;
        ingest::Importer importer(live, {});
        const auto cut = importer.runLive(std::make_unique<ingest::SharedPacketSource>(source), [&](const ingest::ImportProgress& status) {
            // Stop once the import has caught up with what is on disk.
            sameCount = status.packets == lastSeen && status.packets > 1200 ? sameCount + 1 : 0;
            lastSeen = status.packets;
            if (sameCount >= 3)
                stop.request_stop();
        }, stop.get_token());
        QCOMPARE(cut.status, ingest::ImportResult::Status::Cancelled);
        const auto rows = live.captures();
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows[0].complete);
        QVERIFY(!rows[1].complete);
        QCOMPARE(QString::fromStdString(rows[1].sha256), QStringLiteral("live:") + QString::fromStdString(ring.second));
        QVERIFY(rows[1].packets > 0);

        // The helper finished the file after all; importing the ring folder completes the survey.
        QVERIFY(test::writeFile(ring.second, ring.secondBytes));
        const auto resumed = importFiles(live, {ring.first, ring.second});
        QCOMPARE(resumed.status, ingest::ImportResult::Status::Completed);
        QCOMPARE(resumed.filesSkipped, std::size_t(1));
        store::SurveyStore fromFiles(dir.filePath(QStringLiteral("files.mieruka")).toStdString());
        importFiles(fromFiles, {ring.first, ring.second});
        QCOMPARE(dump(live), dump(fromFiles));
    }

    void aPeriodIsReadAgainFromItsCaptures()
    {
        QTemporaryDir dir;
        const std::string capture = dir.filePath(QStringLiteral("plant.pcap")).toStdString();
        QVERIFY(test::writeFile(capture, test::makePcap(plantFrames(3000)))); // one frame every 0.1 s
        store::SurveyStore survey(dir.filePath(QStringLiteral("s.mieruka")).toStdString());
        QCOMPARE(importFiles(survey, {capture}).status, ingest::ImportResult::Status::Completed);
        const std::int64_t start = 1'700'000'000LL * kSecond;
        survey.definePeriod("middle", start + 100 * kSecond, start + 200 * kSecond - 1);
        const auto periods = survey.periods();
        QCOMPARE(periods.size(), std::size_t(2));
        QCOMPARE(periods[0].name, std::string("import-1"));
        QCOMPARE(periods[1].name, std::string("middle"));

        std::string error;
        store::SurveyStore whole(dir.filePath(QStringLiteral("whole.mieruka")).toStdString());
        QVERIFY2(ingest::importPeriod(survey, periods[0], whole, &capture::openCaptureSource, {}, error), error.c_str());
        QCOMPARE(whole.captures().front().packets, std::uint64_t(3001));
        store::SurveyStore middle(dir.filePath(QStringLiteral("middle.mieruka")).toStdString());
        QVERIFY2(ingest::importPeriod(survey, periods[1], middle, &capture::openCaptureSource, {}, error), error.c_str());
        QCOMPARE(middle.captures().front().packets, std::uint64_t(1000)); // frames 1000…1999
        QCOMPARE(middle.captures().front().startNs, start + 100 * kSecond);

        QVERIFY(QFile::remove(QString::fromStdString(capture)));
        store::SurveyStore missing(dir.filePath(QStringLiteral("missing.mieruka")).toStdString());
        QVERIFY(!ingest::importPeriod(survey, periods[1], missing, &capture::openCaptureSource, {}, error));
        QVERIFY2(error.find("plant.pcap: capture file of period middle is missing") != std::string::npos, error.c_str());
        QVERIFY_EXCEPTION_THROWN(survey.definePeriod("import-7", 0, 1), store::StoreError);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
