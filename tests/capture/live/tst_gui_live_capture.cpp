// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of the live capture test. It must run inside the namespace that holds the veth
// pair, so tst_live_capture_netns starts it there (`ip netns exec`) and passes what to capture
// and replay in MIERUKA_LIVE_TEST_* variables; started any other way it skips.
#include "app/gui/live_capture_bar.h"
#include "app/gui/main_window.h"
#include "app/gui/matrix_view.h"
#include "app/live/live_capture.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace mieruka;

namespace {

/// The packet count in the bar's status line ("… — 12,345 packets — …"), in the bar's locale.
quint64 packetsShown(const QString& status)
{
    const auto match = QRegularExpression(QStringLiteral("— ([^—]+) packets —")).match(status);
    return match.hasMatch() ? QLocale().toULongLong(match.captured(1).trimmed()) : 0;
}

/// The window's permanent status line ("s.mieruka | … | N frames | M hosts | …"), for failure messages.
QString windowStatus(const gui::MainWindow& window)
{
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QStringLiteral(" / "));
}

} // namespace

class TestGuiLiveCapture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent-survey settings stay out of root's home
        m_interface = qEnvironmentVariable("MIERUKA_LIVE_TEST_INTERFACE");
        if (m_interface.isEmpty())
            QSKIP("run by tst_capture_live_live_capture_netns inside its network namespace only");
        m_replayInterface = qEnvironmentVariable("MIERUKA_LIVE_TEST_REPLAY_INTERFACE");
        m_replay = qEnvironmentVariable("MIERUKA_LIVE_TEST_REPLAY");
        m_survey = qEnvironmentVariable("MIERUKA_LIVE_TEST_SURVEY");
        m_frames = qEnvironmentVariable("MIERUKA_LIVE_TEST_FRAMES").toULongLong();
        QVERIFY(!m_replayInterface.isEmpty() && !m_replay.isEmpty() && !m_survey.isEmpty() && m_frames > 0);
    }

    void capturesWhileTheViewsFollow()
    {
        gui::MainWindow window;
        window.resize(1200, 750);
        window.show();
        window.openSurvey(m_survey);
        // While capturing, only the page in view follows the survey; the others catch up when shown.
        QVERIFY(window.showPage(QStringLiteral("matrix")));

        live::LiveCaptureSettings settings;
        settings.interfaces = {m_interface};
        QString error;
        // The survey's first load runs on the worker; until it is done a capture is refused.
        const QDeadlineTimer opening(60000);
        while (!window.startCapture(settings, error)) {
            QVERIFY2(error.contains(QStringLiteral("running")) && !opening.hasExpired(), qPrintable(error));
            QTest::qWait(50);
        }
        live::LiveCapture* capture = window.liveCapture();
        QVERIFY(capture);
        bool finished = false, ok = false;
        quint64 imported = 0;
        live::LiveCapture::Totals totals;
        connect(capture, &live::LiveCapture::finished, this,
                [&](bool success, const ingest::ImportResult& result, const QString&) {
                    finished = true;
                    ok = success;
                    imported = result.packetsImported;
                    totals = capture->totals();
                });
        // The ring folder appears once the helper has opened the interface and dropped its rights.
        QTRY_VERIFY_WITH_TIMEOUT(capture->ringFiles().size() >= 1 || capture->totals().files >= 1, 30000);

        QProcess replay;
        replay.setProcessChannelMode(QProcess::MergedChannels);
        replay.start(QStringLiteral("tcpreplay"), {QStringLiteral("-i"), m_replayInterface, QStringLiteral("--mbps"),
                                                   QStringLiteral("100"), m_replay});
        QVERIFY(replay.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(replay.state() == QProcess::NotRunning, 120000);
        QVERIFY2(replay.exitCode() == 0, replay.readAll().constData());

        gui::LiveCaptureBar* bar = window.liveCaptureBar();
        auto* matrix = qobject_cast<gui::MatrixView*>(window.page(QStringLiteral("matrix")));
        QVERIFY(matrix);
        QTRY_VERIFY2_WITH_TIMEOUT(packetsShown(bar->statusText()) == m_frames, qPrintable(bar->statusText()), 30000);
        // The views reload from the survey while it grows: hosts appear before the capture ends.
        QTRY_VERIFY2_WITH_TIMEOUT(!matrix->subnets().isEmpty(), qPrintable(windowStatus(window) + QStringLiteral(" / matrix: ") + matrix->offGridText()), 30000);
        QVERIFY2(window.liveCapture() == capture && capture->isActive(), "the capture ended before the views showed hosts");
        qInfo("while capturing: bar \"%s\", matrix subnets %s", qPrintable(bar->statusText()),
              qPrintable(matrix->subnets().join(QStringLiteral(", "))));

        capture->stop();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);
        qInfo("finished: %llu captured, %llu imported, drops %llu/%llu, bar \"%s\"",
              static_cast<unsigned long long>(totals.packets), static_cast<unsigned long long>(imported),
              static_cast<unsigned long long>(totals.kernelDrops), static_cast<unsigned long long>(totals.interfaceDrops),
              qPrintable(bar->dropText()));
        QVERIFY(ok);
        QCOMPARE(totals.packets, m_frames);
        QCOMPARE(imported, m_frames);
        QCOMPARE(totals.kernelDrops + totals.interfaceDrops, quint64(0));
        QCOMPARE(bar->dropText(), gui::LiveCaptureBar::tr("No packets dropped"));
    }

private:
    QString m_interface, m_replayInterface, m_replay, m_survey;
    quint64 m_frames = 0;
};

QTEST_MAIN(TestGuiLiveCapture)
#include "tst_gui_live_capture.moc"
