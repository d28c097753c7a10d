// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTranslator>

#include "app/gui/main_window.h"
#include "app/gui/report_view.h"
#include "app/gui/map_view.h"
#include "app/gui/matrix_grid.h"
#include "app/gui/matrix_view.h"
#include "app/gui/workspace_selection.h"
#include "app/gui/workspace_view.h"
#include "app/render/truncation_text.h"
#include "core/store/survey_store.h"

using namespace mieruka;

namespace {

// CI points this at a factory_gen capture for the screenshots; unit runs use the bundled sample.
QString captureToOpen()
{
    const QString chosen = qEnvironmentVariable("MIERUKA_SCREENSHOT_CAPTURE");
    return chosen.isEmpty() ? QStringLiteral(MIERUKA_SOURCE_DIR "/resources/samples/plant-mixed.pcap") : chosen;
}

} // namespace

/// The workspace as a whole: pages, the import into a survey, the shared selection, screenshots.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Screenshots in Japanese as well: the same pages with the shipped translation.
        const QString language = qEnvironmentVariable("MIERUKA_SCREENSHOT_LANGUAGE");
        if (language.isEmpty())
            return;
        auto* translator = new QTranslator(this);
        QVERIFY(translator->load(QStringLiteral(MIERUKA_QM_DIR "/mieruka_%1.qm").arg(language)));
        QCoreApplication::installTranslator(translator);
    }

    /// A survey that hit its size limits says so on every page, in the status bar.
    void truncatedSurveyShowsItsBadge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.mieruka"));
        {
            store::SurveyStore survey(path.toStdString());
            survey.setLimits({2, 2});
            analysis::AnalysisDelta delta;
            for (const char* address : {"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"}) {
                analysis::EndpointRecord endpoint;
                endpoint.address = address;
                endpoint.txPackets = 1;
                delta.endpoints.push_back(endpoint);
            }
            survey.commitChunk(delta, {});
        }
        gui::MainWindow window;
        window.show();
        window.openSurvey(path, {});
        auto* badge = window.findChild<QLabel*>(QStringLiteral("truncatedBadge"));
        QVERIFY(badge);
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 30000);
        QCOMPARE(badge->textFormat(), Qt::PlainText);
        store::SurveyStore survey(path.toStdString(), false);
        const store::TruncationInfo truncation = survey.truncation();
        QCOMPARE(truncation.maxAddresses, std::uint64_t(2));
        QCOMPARE(truncation.addressesRefused, std::uint64_t(2));
        QCOMPARE(badge->text(), render::TruncationText::badge(truncation)); // English or the screenshot language
        QCOMPARE(badge->toolTip(), render::TruncationText::explanation(truncation).toHtmlEscaped());
        QVERIFY(badge->toolTip().contains(QLocale().toString(2)));
    }

    void importsTheSampleAndSharesTheSelection()
    {
        QTemporaryDir dir;
        gui::MainWindow window;
        window.resize(1200, 750);
        window.show();
        for (const char* id : {"overview", "assets", "matrix", "map", "traffic", "rankings", "alerts", "diff", "report"})
            QVERIFY2(window.page(QString::fromLatin1(id)), id);
        QVERIFY(!window.showPage(QStringLiteral("nonsense")));

        window.openSurvey(dir.filePath(QStringLiteral("s.mieruka")), {captureToOpen()});
        auto* assets = window.page(QStringLiteral("assets"));
        auto* table = assets->findChild<QTableView*>(QStringLiteral("ledgerTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 5, 120000);
        auto* badge = window.findChild<QLabel*>(QStringLiteral("truncatedBadge"));
        QVERIFY(badge);
        QVERIFY(!badge->isVisible()); // the sample is far below every limit

        // Selecting a row in the ledger selects the host everywhere…
        QSignalSpy changed(window.selection(), &gui::WorkspaceSelection::hostChanged);
        table->setCurrentIndex(table->model()->index(2, 0));
        QCOMPARE(changed.count(), 1);
        const QString key = window.selection()->host();
        QVERIFY(!key.isEmpty());
        // …and a host selected elsewhere becomes the ledger's current row.
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(changed.count(), 2);
        QVERIFY(window.selection()->host() != key);
        window.selection()->selectHost(key);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(window.selection()->host(), key);

        // A click in the matrix selects the host in the ledger and on the map.
        auto* matrix = qobject_cast<gui::MatrixView*>(window.page(QStringLiteral("matrix")));
        auto* map = qobject_cast<gui::MapView*>(window.page(QStringLiteral("map")));
        QVERIFY(matrix && map);
        window.showPage(QStringLiteral("matrix"));
        int octet = 0;
        while (octet < 256 && matrix->hostKeyAt(octet).isEmpty())
            ++octet;
        QVERIFY(octet < 256);
        const QString clicked = matrix->hostKeyAt(octet);
        QTest::mouseClick(matrix->grid(), Qt::LeftButton, {}, matrix->cellRect(octet).center());
        QCOMPARE(window.selection()->host(), clicked);
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY2(table->model()->index(current.row(), 0).data().toString().contains(clicked), qPrintable(clicked));
        QVERIFY(map->waitForLayout(60000));
        if (map->hasNode(clicked))
            QCOMPARE(map->highlightedNode(), clicked);

        const QString screenshots = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QDir().mkpath(screenshots);
            for (const char* id : {"overview", "assets", "matrix", "map", "traffic", "rankings", "alerts", "diff"}) {
                QVERIFY(window.showPage(QString::fromLatin1(id)));
                QTest::qWait(200);
                QVERIFY(window.grab().save(screenshots + QStringLiteral("/window-%1.png").arg(QString::fromLatin1(id))));
            }
            // The report of the same survey from the Report page: its preview, and the PDF itself.
            QVERIFY(window.showPage(QStringLiteral("report")));
            auto* report = qobject_cast<gui::ReportView*>(window.page(QStringLiteral("report")));
            QVERIFY(report);
            report->updatePreview();
            QVERIFY(report->waitForJob(120000));
            QVERIFY(window.grab().save(screenshots + QStringLiteral("/window-report.png")));
            const QString pdf = screenshots + QStringLiteral("/window-report.pdf");
            report->exportTo(pdf);
            QVERIFY(report->waitForJob(120000));
            QFile written(pdf);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY(written.read(4) == "%PDF");
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
