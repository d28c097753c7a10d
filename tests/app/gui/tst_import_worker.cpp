// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "app/gui/import_worker.h"
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

using namespace mieruka;

/// The import behind the window's progress dialog: it reports progress, and Cancel stops it
/// while keeping what was committed.
class TestImportWorker : public QObject {
    Q_OBJECT

    static QString writeCapture(const QTemporaryDir& dir, int frames)
    {
        std::vector<test::CaptureFrame> list;
        const auto frame = test::PacketBuilder().ethernet("00:1b:1b:00:00:02", "00:1b:1b:00:00:01")
                               .ipv4("10.0.0.1", "10.0.0.2").udp(40000, 502).payload(test::Bytes(16, std::byte{1})).build();
        for (int i = 0; i < frames; ++i)
            list.push_back({1'700'000'000'000'000'000LL + i * 1'000'000LL, frame});
        const QString path = dir.filePath(QStringLiteral("many.pcap"));
        if (!test::writeFile(path.toStdString(), test::makePcap(list)))
            return {};
        return path;
    }

private slots:
    void cancelKeepsWhatWasCommitted()
    {
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 300'000); // several progress polls long
        QVERIFY(!capture.isEmpty());
        const QString survey = dir.filePath(QStringLiteral("s.mieruka"));
        QThread thread;
        thread.start();
        auto* worker = new gui::ImportWorker;
        worker->moveToThread(&thread);
        // Not a queued deleteLater before quit(): quit may win and the queued call never runs.
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy finished(worker, &gui::ImportWorker::finished);
        QSignalSpy data(worker, &gui::ImportWorker::dataReady);
        worker->requestStop(); // as if Cancel were pressed at once: the first poll stops it
        QMetaObject::invokeMethod(worker, [worker, survey, capture] { worker->run(survey, {capture}); }, Qt::QueuedConnection);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
        QCOMPARE(data.count(), 1);                       // what was committed is still shown
        thread.quit();
        thread.wait();

        store::SurveyStore store(survey.toStdString(), false);
        const auto captures = store.captures();
        QCOMPARE(captures.size(), std::size_t(1));
        QVERIFY(!captures[0].complete);                  // a re-run resumes it
        QVERIFY(captures[0].packets < 300'000);
    }

    void progressIsReportedAndTheImportCompletes()
    {
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 150'000);
        const QString survey = dir.filePath(QStringLiteral("s.mieruka"));
        QThread thread;
        thread.start();
        auto* worker = new gui::ImportWorker;
        worker->moveToThread(&thread);
        // Not a queued deleteLater before quit(): quit may win and the queued call never runs.
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy finished(worker, &gui::ImportWorker::finished);
        QSignalSpy progress(worker, &gui::ImportWorker::progress);
        QMetaObject::invokeMethod(worker, [worker, survey, capture] { worker->run(survey, {capture}); }, Qt::QueuedConnection);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(finished.first().at(0).toStringList().isEmpty());
        QVERIFY(progress.count() >= 1);
        thread.quit();
        thread.wait();
        store::SurveyStore store(survey.toStdString(), false);
        QCOMPARE(store.captures().at(0).packets, std::uint64_t(150'000));
    }
};

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_import_worker.moc"
