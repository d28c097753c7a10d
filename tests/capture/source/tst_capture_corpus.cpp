// SPDX-License-Identifier: GPL-3.0-or-later
// Every capture of the shared third-party corpus must open, read to the end without crashing and
// yield the packet count its MANIFEST.tsv records (counted there with tshark).
#include "capture/source/capture_source_factory.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mieruka;
using Status = ingest::PacketSource::Status;

class TestCaptureCorpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_root = qEnvironmentVariable("MIERUKA_CAPTURE_CORPUS", QStringLiteral(MIERUKA_CAPTURE_CORPUS));
        if (!QFile::exists(QDir(m_root).filePath(QStringLiteral("MANIFEST.tsv"))))
            QSKIP("the shared capture corpus is not available here");
    }

    void corpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qulonglong>("expectedPackets");
        QFile manifest(QDir(m_root).filePath(QStringLiteral("MANIFEST.tsv")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        int pathColumn = -1;
        int packetsColumn = -1;
        while (!manifest.atEnd()) {
            const QList<QByteArray> fields = manifest.readLine().trimmed().split('\t');
            if (pathColumn < 0) {
                pathColumn = static_cast<int>(fields.indexOf("path"));
                packetsColumn = static_cast<int>(fields.indexOf("packets"));
                QVERIFY(pathColumn >= 0 && packetsColumn >= 0);
                continue;
            }
            if (fields.size() <= std::max(pathColumn, packetsColumn))
                continue;
            const QString relative = QString::fromUtf8(fields[pathColumn]);
            QTest::newRow(fields[pathColumn].constData())
                << QDir(m_root).filePath(relative) << fields[packetsColumn].toULongLong();
        }
    }

    void corpusFile()
    {
        QFETCH(QString, path);
        QFETCH(qulonglong, expectedPackets);
        std::string error;
        auto source = capture::openCaptureSource({path.toStdString()}, error);
        QVERIFY2(source, error.c_str());
        ingest::RawPacket packet;
        qulonglong count = 0;
        Status last{};
        while ((last = source->next(packet)) == Status::Packet) {
            ++count;
            QVERIFY(packet.data.size() <= 256u * 1024u);
        }
        QVERIFY2(last == Status::End, source->errorMessage().c_str());
        QCOMPARE(count, expectedPackets);
        QCOMPARE(source->files().front().packetsRead, expectedPackets);
        QCOMPARE(source->bytesConsumed(), source->bytesTotal());
    }

private:
    QString m_root;
};

QTEST_GUILESS_MAIN(TestCaptureCorpus)
#include "tst_capture_corpus.moc"
