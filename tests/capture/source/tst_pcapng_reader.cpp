// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/file_input.h"
#include "capture/source/pcapng_reader.h"

#include "capture_bytes.h"

#include <QTest>

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

namespace {

std::unique_ptr<PcapngReader> openReader(const std::string& path)
{
    auto input = std::make_unique<FileInput>();
    std::string error;
    if (!input->open(path, error))
        return nullptr;
    ingest::CaptureFileInfo info;
    info.path = path;
    info.sizeBytes = input->sizeBytes();
    info.format = "pcapng";
    return std::make_unique<PcapngReader>(std::move(input), std::move(info));
}

std::vector<ingest::RawPacket> readAll(PcapngReader& reader, Status& last)
{
    std::vector<ingest::RawPacket> packets;
    ingest::RawPacket packet;
    while ((last = reader.next(packet)) == Status::Packet) {
        packet.data = {}; // the view dies with the next call
        packets.push_back(packet);
    }
    return packets;
}

} // namespace

class TestPcapngReader : public QObject {
    Q_OBJECT

private slots:
    void timestamps_data()
    {
        QTest::addColumn<int>("tsresol");
        QTest::addColumn<qint64>("tsoffset");
        QTest::addColumn<quint64>("units");
        QTest::addColumn<qint64>("expectedNs");
        QTest::newRow("default microseconds") << -1 << qint64(0) << quint64(1'500'000) << qint64(1'500'000'000);
        QTest::newRow("10^-9") << 9 << qint64(0) << quint64(1'700'000'000'123'456'789) << qint64(1'700'000'000'123'456'789);
        QTest::newRow("10^-3") << 3 << qint64(0) << quint64(2'500) << qint64(2'500'000'000);
        QTest::newRow("10^-12") << 12 << qint64(0) << quint64(3'000'000'000'007) << qint64(3'000'000'000);
        QTest::newRow("2^-10") << (0x80 | 10) << qint64(0) << quint64(3 * 1024 + 512) << qint64(3'500'000'000);
        QTest::newRow("2^-40") << (0x80 | 40) << qint64(0) << quint64((std::uint64_t{5} << 40) | (std::uint64_t{1} << 38))
                               << qint64(5'250'000'000);
        QTest::newRow("offset +100 s") << 6 << qint64(100) << quint64(1) << qint64(100'000'001'000);
        QTest::newRow("offset -10 s") << 6 << qint64(-10) << quint64(20'000'000) << qint64(10'000'000'000);
    }

    void timestamps()
    {
        QFETCH(int, tsresol);
        QFETCH(qint64, tsoffset);
        QFETCH(quint64, units);
        QFETCH(qint64, expectedNs);
        for (bool bigEndian : {false, true}) {
            QTemporaryDir dir;
            const auto path = writeFile(dir, QStringLiteral("t.pcapng"),
                                        pcapngShb(bigEndian) + pcapngIdb(bigEndian, 1, tsresol, tsoffset)
                                            + pcapngEpb(bigEndian, 0, units, frame(60, 1)));
            auto reader = openReader(path);
            Status last{};
            const auto packets = readAll(*reader, last);
            QCOMPARE(last, Status::End);
            QCOMPARE(packets.size(), 1u);
            QCOMPARE(packets[0].timestampNs, expectedNs);
        }
    }

    void sectionsSimpleAndObsoleteBlocks()
    {
        // Section 1 little-endian with an SPB; section 2 big-endian restarts interface ids, with a PB.
        Bytes spb(false);
        spb.u32(100).raw(frame(40, 1)); // snaplen 40 cuts the 100-byte frame
        Bytes pb(true);
        pb.u16(0).u16(0).u32(0).u32(7'000'000).u32(30).u32(30).raw(frame(30, 2));
        const std::string bytes = pcapngShb(false) + pcapngIdb(false, 1, -1, 0, {}, 40)
            + pcapngBlock(false, 3, spb.str()) + pcapngShb(true, "second section") + pcapngIdb(true, 101)
            + pcapngBlock(true, 2, pb.str()) + pcapngEpb(true, 0, 9, frame(10, 3));
        QTemporaryDir dir;
        auto reader = openReader(writeFile(dir, QStringLiteral("s.pcapng"), bytes));
        ingest::RawPacket packet;
        QCOMPARE(reader->next(packet), Status::Packet);
        QCOMPARE(packet.originalLength, 100u);
        QCOMPARE(packet.data.size(), 40u);
        QCOMPARE(packet.linkType, 1);
        QCOMPARE(packet.packetNumber, 1u);
        QCOMPARE(reader->next(packet), Status::Packet);
        QCOMPARE(packet.linkType, 101);
        QCOMPARE(packet.timestampNs, 7'000'000'000LL);
        QCOMPARE(std::string(reinterpret_cast<const char*>(packet.data.data()), packet.data.size()), frame(30, 2));
        QCOMPARE(reader->next(packet), Status::Packet);
        QCOMPARE(packet.timestampNs, 9'000LL);
        QCOMPARE(packet.packetNumber, 3u);
        QCOMPARE(reader->next(packet), Status::End);
        QCOMPARE(reader->files().front().linkTypes, (std::set<int>{1, 101}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("message");
        const auto block = [](std::uint32_t type, std::uint32_t length) {
            const auto b = Bytes(false).u32(type).u32(length).u32(0).u32(0).u32(0).str();
            return QByteArray(b.data(), static_cast<qsizetype>(b.size()));
        };
        QTest::newRow("length not multiple of 4") << block(6, 30) << QStringLiteral("invalid pcapng block length 30");
        QTest::newRow("length above 64 MiB") << block(6, 0x7ffffff0) << QStringLiteral("invalid pcapng block length");
        QTest::newRow("length below 12") << block(6, 8) << QStringLiteral("invalid pcapng block length 8");
        QTest::newRow("trailer mismatch") << block(0xBAD, 20) << QStringLiteral("trailing length");
        const auto epb = Bytes(false).u32(0).u32(0).u32(0).u32(1000).u32(1000).str();
        const auto big = pcapngBlock(false, 6, epb);
        QTest::newRow("captured length beyond block") << QByteArray(big.data(), static_cast<qsizetype>(big.size()))
                                                      << QStringLiteral("exceeds its block");
        const auto orphan = pcapngEpb(false, 5, 0, frame(10, 1));
        QTest::newRow("undeclared interface") << QByteArray(orphan.data(), static_cast<qsizetype>(orphan.size()))
                                              << QStringLiteral("undeclared interface 5");
    }

    void malformed()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string bytes = pcapngShb(false) + pcapngIdb(false, 1) + pcapngEpb(false, 0, 1, frame(60, 1))
            + tail.toStdString() + std::string(64, '\0');
        auto reader = openReader(writeFile(dir, QStringLiteral("m.pcapng"), bytes));
        Status last{};
        const auto packets = readAll(*reader, last);
        QCOMPARE(packets.size(), 1u);
        QCOMPARE(last, Status::Error);
        QVERIFY2(QString::fromStdString(reader->errorMessage()).contains(message), reader->errorMessage().c_str());
        ingest::RawPacket packet;
        QCOMPARE(reader->next(packet), Status::Error);
    }

    void truncatedBlockEndsCleanly()
    {
        QTemporaryDir dir;
        std::string bytes = pcapngShb(false) + pcapngIdb(false, 1) + pcapngEpb(false, 0, 1, frame(60, 1))
            + pcapngEpb(false, 0, 2, frame(60, 2));
        bytes.resize(bytes.size() - 7);
        auto reader = openReader(writeFile(dir, QStringLiteral("t.pcapng"), bytes));
        Status last{};
        QCOMPARE(readAll(*reader, last).size(), 1u);
        QCOMPARE(last, Status::End);
        QVERIFY(reader->files().front().truncated);
    }

    void notStartingWithSectionHeader()
    {
        QTemporaryDir dir;
        auto reader = openReader(writeFile(dir, QStringLiteral("n.pcapng"), pcapngIdb(false, 1)));
        ingest::RawPacket packet;
        QCOMPARE(reader->next(packet), Status::Error);
    }
};

QTEST_GUILESS_MAIN(TestPcapngReader)
#include "tst_pcapng_reader.moc"
