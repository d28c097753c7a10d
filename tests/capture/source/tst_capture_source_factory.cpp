// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/source/capture_source_factory.h"

#include "capture_bytes.h"

#include <QFile>
#include <QTest>

#if !defined(_WIN32)
#include <unistd.h>
#endif

using namespace mieruka;
using namespace mieruka::capture;
using namespace mieruka::capture::test;
using Status = ingest::PacketSource::Status;

class TestCaptureSourceFactory : public QObject {
    Q_OBJECT

private slots:
    void openErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // after "PATH: "
        QTest::newRow("garbage") << QStringLiteral("g.pcap") << QByteArray("GARBAGE! not a capture")
                                 << QStringLiteral("not a capture file (unknown magic 0x47415242)");
        QTest::newRow("empty file") << QStringLiteral("e.pcap") << QByteArray() << QStringLiteral("empty file (0 bytes)");
        QTest::newRow("three bytes") << QStringLiteral("s.pcap") << QByteArray("abc")
                                     << QStringLiteral("not a capture file (only 3 bytes)");
        QTest::newRow("missing file") << QString() << QByteArray() << QStringLiteral("no such file");
        QTest::newRow("folder without captures") << QStringLiteral("dir") << QByteArray()
                                                 << QStringLiteral("is a folder with no capture files");
    }

    void openErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        std::string path;
        if (name.isEmpty()) {
            path = QDir(dir.path()).filePath(QStringLiteral("missing.pcap")).toStdString();
        } else if (name == QStringLiteral("dir")) {
            QDir(dir.path()).mkdir(name);
            path = QDir(dir.path()).filePath(name).toStdString();
            writeFile(dir, QStringLiteral("dir/readme.txt"), "not a capture");
        } else {
            path = writeFile(dir, name, content.toStdString());
        }
        std::string error;
        QVERIFY(!openCaptureSource({path}, error));
        QCOMPARE(QString::fromStdString(error), QString::fromStdString(path) + QStringLiteral(": ") + expected);
    }

    void gzipOfGarbage()
    {
        QTemporaryDir dir;
        const auto path = writeGzipFile(dir, QStringLiteral("g.pcap.gz"), "\x12\x34\xab\xcd more garbage");
        std::string error;
        QVERIFY(!openCaptureSource({path}, error));
        QCOMPARE(QString::fromStdString(error), QString::fromStdString(path + ": not a capture file (unknown magic 0x1234abcd)"));
    }

    void permissionDenied()
    {
#if defined(_WIN32)
        QSKIP("mode bits do not deny reading on Windows");
#else
        if (geteuid() == 0)
            QSKIP("running as root, which bypasses file mode bits, so permission denied cannot be provoked");
        QTemporaryDir dir;
        const auto path = writeFile(dir, QStringLiteral("p.pcap"), pcapHeader(false, false, 1));
        QFile::setPermissions(QString::fromStdString(path), QFileDevice::WriteOwner);
        std::string error;
        QVERIFY(!openCaptureSource({path}, error));
        QCOMPARE(QString::fromStdString(error), QString::fromStdString(path + ": permission denied"));
#endif
    }

    void headerOnlyCapturesHaveNoPackets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pcap") << QStringLiteral("empty.pcap");
        QTest::newRow("pcapng") << QStringLiteral("empty.pcapng");
    }

    void headerOnlyCapturesHaveNoPackets()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const auto bytes = name.endsWith(QStringLiteral("ng")) ? pcapngShb(false) + pcapngIdb(false, 1)
                                                               : pcapHeader(false, false, 1);
        std::string error;
        auto source = openCaptureSource({writeFile(dir, name, bytes)}, error);
        QVERIFY2(source, error.c_str());
        ingest::RawPacket packet;
        QCOMPARE(source->next(packet), Status::End);
        QVERIFY(source->errorMessage().empty());
    }

    void folderIsMergedInTimestampOrder()
    {
        QTemporaryDir dir;
        // Three rotated files whose timestamps interleave, one pcapng and one gzipped, plus files to ignore.
        writeFile(dir, QStringLiteral("b.pcap"),
                  pcapHeader(false, false, 1) + pcapRecord(false, 2, 0, frame(20, 1)) + pcapRecord(false, 5, 0, frame(20, 2)));
        writeFile(dir, QStringLiteral("a.pcapng"),
                  pcapngShb(false) + pcapngIdb(false, 1) + pcapngEpb(false, 0, 1'000'000, frame(20, 3))
                      + pcapngEpb(false, 0, 4'000'000, frame(20, 4)));
        writeGzipFile(dir, QStringLiteral("c.pcap.gz"),
                      pcapHeader(true, true, 1) + pcapRecord(true, 3, 0, frame(20, 5)) + pcapRecord(true, 6, 0, frame(20, 6)));
        writeFile(dir, QStringLiteral("notes.txt"), "not a capture");
        QDir(dir.path()).mkdir(QStringLiteral("sub.pcap"));
        std::string error;
        auto source = openCaptureSource({dir.path().toStdString()}, error);
        QVERIFY2(source, error.c_str());
        std::vector<std::int64_t> seconds;
        std::vector<std::uint32_t> files;
        ingest::RawPacket packet;
        while (source->next(packet) == Status::Packet) {
            seconds.push_back(packet.timestampNs / 1'000'000'000);
            files.push_back(packet.fileIndex);
        }
        QCOMPARE(seconds, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(files, (std::vector<std::uint32_t>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(source->files().size(), 3u);
        QVERIFY(source->files()[0].path.ends_with("a.pcapng"));
        QCOMPARE(QString::fromStdString(source->files()[2].format), QStringLiteral("pcap-ns.gz"));
    }

    void expandKeepsOrderAndFiltersExtensions()
    {
        QTemporaryDir dir;
        for (const char* name : {"z.cap", "y.PCAP", "x.pcapng.gz", "w.snoop", "v.txt", "u.pcap.bak"})
            writeFile(dir, QString::fromLatin1(name), "x");
        const auto single = writeFile(dir, QStringLiteral("single.bin"), "x");
        std::string error;
        const auto files = expandCapturePaths({single, dir.path().toStdString()}, error);
        QStringList names;
        for (const auto& file : files)
            names << QFileInfo(QString::fromStdString(file)).fileName();
        QCOMPARE(names, (QStringList{QStringLiteral("single.bin"), QStringLiteral("w.snoop"), QStringLiteral("x.pcapng.gz"),
                                     QStringLiteral("y.PCAP"), QStringLiteral("z.cap")}));
    }

    void oneBadFileFailsTheWholeOpen()
    {
        QTemporaryDir dir;
        const auto good = writeFile(dir, QStringLiteral("good.pcap"), pcapHeader(false, false, 1));
        const auto bad = writeFile(dir, QStringLiteral("bad.pcap"), "");
        std::string error;
        QVERIFY(!openCaptureSource({good, bad}, error));
        QCOMPARE(QString::fromStdString(error), QString::fromStdString(bad + ": empty file (0 bytes)"));
    }
};

QTEST_GUILESS_MAIN(TestCaptureSourceFactory)
#include "tst_capture_source_factory.moc"
