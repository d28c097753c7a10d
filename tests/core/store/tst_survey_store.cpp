// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/schema.h"
#include "core/store/survey_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mieruka;

namespace {

analysis::AnalysisDelta oneConversation(std::uint64_t packets, std::int64_t first, std::int64_t last)
{
    analysis::AnalysisDelta delta;
    analysis::ConversationRecord row;
    row.ipProtocol = 6;
    row.hasPorts = true;
    row.lo = "10.0.0.1";
    row.hi = "10.0.0.2";
    row.loPort = 40000;
    row.hiPort = 502;
    row.protocol = "modbus";
    row.packetsLoToHi = packets;
    row.bytesLoToHi = packets * 60;
    row.firstNs = first;
    row.lastNs = last;
    delta.conversations.push_back(row);
    delta.anomalies.emplace_back("truncated_tcp", 1);
    return delta;
}

} // namespace

class TestSurveyStore : public QObject {
    Q_OBJECT
private slots:
    void createsVersionedWalFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.mieruka")).toStdString();
        store::SurveyStore survey(path);
        QCOMPARE(survey.schemaVersion(), store::SurveyStore::kSchemaVersion);
        QCOMPARE(survey.db().queryText("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(survey.integrityCheck(), std::string("ok"));
    }

    void chunksAddUp()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("a.mieruka")).toStdString();
        {
            store::SurveyStore survey(path);
            survey.commitChunk(oneConversation(3, 100, 200), {});
            survey.commitChunk(oneConversation(4, 50, 150), {});
        }
        store::SurveyStore reopened(path, false);
        const auto rows = reopened.conversations();
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.front().packetsLoToHi, std::uint64_t(7));
        QCOMPARE(rows.front().firstNs, std::int64_t(50));
        QCOMPARE(rows.front().lastNs, std::int64_t(200));
        QCOMPARE(reopened.anomalies().front().second, std::uint64_t(2));
    }

    void captureRowsAreKeyedByContentHash()
    {
        QTemporaryDir dir;
        store::SurveyStore survey(dir.filePath(QStringLiteral("a.mieruka")).toStdString());
        store::CaptureRecord capture;
        capture.sha256 = std::string(64, 'a');
        capture.path = "x.pcap";
        capture.format = "pcap";
        capture.id = survey.addCapture(capture);
        QVERIFY(survey.findCapture(capture.sha256));
        QVERIFY(!survey.findCapture(std::string(64, 'b')));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, survey.addCapture(capture));
        capture.complete = true;
        capture.packets = 9;
        capture.linkTypes = {1, 113};
        survey.finishCaptures({capture});
        const auto stored = survey.findCapture(capture.sha256);
        QVERIFY(stored->complete);
        QCOMPARE(stored->packets, std::uint64_t(9));
        QCOMPARE(stored->linkTypes, (std::vector<int>{1, 113}));
    }

    void refusesFilesThatAreNotSurveys_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray(4096, 'x') << QStringLiteral("not a Mieruka survey file");
        QTest::newRow("truncated-header") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("survey");
    }

    void refusesFilesThatAreNotSurveys()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.mieruka"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        try {
            store::SurveyStore survey(path.toStdString());
            QFAIL("opened a file that is not a survey");
        } catch (const store::StoreError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.startsWith(path), qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("other.db")).toStdString();
        {
            store::SqliteDb db(path, true);
            db.execute("CREATE TABLE t(x)");
        }
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::SurveyStore survey(path));
    }

    void migratesAVersion1Survey()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("v1.mieruka")).toStdString();
        {
            store::SqliteDb db(path, true);
            db.execute(store::schemaMigrations()[0]);
            db.execute("PRAGMA application_id=" + std::to_string(store::SurveyStore::kApplicationId));
            db.execute("PRAGMA user_version=1");
            db.execute("INSERT INTO anomaly VALUES('truncated_tcp', 5)");
        }
        store::SurveyStore survey(path);
        QCOMPARE(survey.schemaVersion(), store::SurveyStore::kSchemaVersion);
        QCOMPARE(survey.anomalies().front().second, std::uint64_t(5));
        QVERIFY(survey.evidence().empty());
        analysis::AnalysisDelta delta;
        analysis::EvidenceRecord fact;
        fact.mac = "00:1b:1b:00:00:01";
        fact.attribute = "firmware_version";
        fact.value = "V3.2.6";
        fact.protocol = "s7comm";
        fact.confidence = 0.95;
        fact.count = 2;
        fact.firstNs = 20;
        fact.lastNs = 30;
        fact.packetNumber = 7;
        delta.evidence.push_back(fact);
        survey.commitChunk(delta, {});
        fact.firstNs = 10;
        fact.packetNumber = 3;
        delta.evidence = {fact};
        survey.commitChunk(delta, {});
        const auto rows = survey.evidence();
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.front().count, std::uint64_t(4));
        QCOMPARE(rows.front().firstNs, std::int64_t(10));
        QCOMPARE(rows.front().packetNumber, std::uint64_t(3)); // the earliest frame is the evidence
        QCOMPARE(rows.front().lastNs, std::int64_t(30));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("new.mieruka")).toStdString();
        {
            store::SurveyStore survey(path);
            survey.db().execute("PRAGMA user_version=99");
        }
        try {
            store::SurveyStore survey(path);
            QFAIL("opened a newer survey");
        } catch (const store::StoreError& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("newer Mieruka")));
        }
    }

    void fullDiskKeepsEarlierChunks()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("full.mieruka")).toStdString();
        store::SurveyStore survey(path);
        survey.commitChunk(oneConversation(1, 1, 2), {});
        // SQLite reports a page cap exactly like a full disk (SQLITE_FULL).
        const auto pages = survey.db().queryInt("PRAGMA page_count");
        survey.db().execute("PRAGMA max_page_count=" + std::to_string(pages + 1));
        analysis::AnalysisDelta big;
        for (int i = 0; i < 5000; ++i) {
            auto row = oneConversation(1, 1, 2).conversations.front();
            row.lo = "10.1." + std::to_string(i / 250) + "." + std::to_string(i % 250);
            big.conversations.push_back(row);
        }
        try {
            survey.commitChunk(big, {});
            QFAIL("the capped survey accepted everything");
        } catch (const store::StoreError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("disk full")), error.what());
        }
        QCOMPARE(survey.conversations().size(), std::size_t(1));
        QCOMPARE(survey.integrityCheck(), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSurveyStore)
#include "tst_survey_store.moc"
