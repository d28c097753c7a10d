// SPDX-License-Identifier: GPL-3.0-or-later
// The Alerts page's "Export packets for Wireshark…": imports a crafted capture with the real
// mieruka-cli, adds an alert to the survey directly, exports through AlertsView::exportPackets
// and reads the pcap file back with libpcap.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// After the Qt headers: moc (C++17 predefs) fails to parse <concepts> when it comes first.
#include "app/gui/alerts_model.h"
#include "app/gui/alerts_view.h"
#include "app/gui/workspace_data.h"
#include "app/gui/workspace_selection.h"
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <pcap/pcap.h>

using namespace mieruka;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kT0 = 1'700'000'000LL * kSecond;

test::Bytes udp(const char* src, const char* dst)
{
    return test::PacketBuilder().ethernet("00:1b:1b:00:00:01", "00:1b:1b:00:00:02").ipv4(src, dst).udp(5000, 5001).payload(std::string_view("x")).build();
}

/// Frames in `path`, or -1 when libpcap cannot read it.
int countFrames(const QString& path)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!pcap)
        return -1;
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    int frames = 0, rc = 0;
    while ((rc = pcap_next_ex(pcap, &header, &data)) == 1)
        ++frames;
    pcap_close(pcap);
    return rc == PCAP_ERROR_BREAK ? frames : -1;
}

} // namespace

class TestAlertExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_survey;
    qint64 m_alertId = -1;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    gui::WorkspaceDataPtr load()
    {
        store::SurveyStore store(m_survey.toStdString(), false);
        return gui::WorkspaceData::load(store, m_survey);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(MIERUKA_CLI_PATH)), MIERUKA_CLI_PATH);
        QVERIFY(m_dir.isValid());
        // Two frames between the alert's hosts in its span, one to a third host, one after the span.
        const std::vector<test::CaptureFrame> frames{
            {kT0, udp("10.0.0.2", "10.0.0.10")},
            {kT0 + 100 * kMs, udp("10.0.0.3", "10.0.0.10")},
            {kT0 + 500 * kMs, udp("10.0.0.10", "10.0.0.2")},
            {kT0 + 5 * kSecond, udp("10.0.0.2", "10.0.0.10")},
        };
        test::PcapOptions nano;
        nano.nanosecond = true;
        QVERIFY(test::writeFile(path(QStringLiteral("a.pcap")).toStdString(), test::makePcap(frames, nano)));
        m_survey = path(QStringLiteral("S.mieruka"));
        QProcess cli;
        cli.start(QStringLiteral(MIERUKA_CLI_PATH), {QStringLiteral("analyze"), path(QStringLiteral("a.pcap")),
                                                    QStringLiteral("--survey"), m_survey});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        store::SurveyStore store(m_survey.toStdString(), false);
        analysis::AlertRecord alert;
        alert.type = "test";
        alert.severity = "high";
        alert.rule = "pair";
        alert.src = "10.0.0.2";
        alert.dst = "10.0.0.10";
        alert.protocol = "udp";
        alert.count = 2;
        alert.firstNs = kT0;
        alert.lastNs = kT0 + kSecond;
        store.replaceSurveyAlerts({alert});
        const auto alerts = store.alerts();
        QCOMPARE(alerts.size(), std::size_t(1));
        m_alertId = alerts.front().id;
    }

    void buttonFollowsTheSelection()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(load());
        QVERIFY(!view.exportButton()->isEnabled());
        QVERIFY(view.showAlert(m_alertId));
        QVERIFY(view.exportButton()->isEnabled());
    }

    void writesTheAlertsFrames()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(load());
        const QString output = path(QStringLiteral("alert.pcap"));
        QString report;
        QVERIFY2(view.exportPackets(m_alertId, output, &report), qPrintable(report));
        QCOMPARE(countFrames(output), 2);
        QVERIFY2(report.contains(QStringLiteral("2 frame(s) written to ") + output), qPrintable(report));
        QVERIFY(!QFile::exists(output + QStringLiteral(".part")));
    }

    void exportsOnAWorkerThread()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(load());
        QVERIFY(view.showAlert(m_alertId));
        QSignalSpy finished(&view, &gui::AlertsView::exportFinished);
        const QString output = path(QStringLiteral("worker.pcap"));
        QVERIFY(view.startExport(m_alertId, output));
        QVERIFY(!view.exportButton()->isEnabled());
        QVERIFY(!view.startExport(m_alertId, output)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
        QCOMPARE(countFrames(output), 2);
        QVERIFY(view.exportButton()->isEnabled());
    }

    void reportsAMissingCaptureFile()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(load());
        const QString capture = path(QStringLiteral("a.pcap"));
        QVERIFY(QFile::rename(capture, path(QStringLiteral("moved.pcap"))));
        const QString output = path(QStringLiteral("missing.pcap"));
        QString report;
        const bool ok = view.exportPackets(m_alertId, output, &report);
        QVERIFY(QFile::rename(path(QStringLiteral("moved.pcap")), capture));
        QVERIFY(!ok);
        QVERIFY(!QFile::exists(output));
        QVERIFY2(report.contains(QStringLiteral("a.pcap: no such file")), qPrintable(report));
    }

    void reportsAnUnknownAlert()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(load());
        QString report;
        QVERIFY(!view.exportPackets(m_alertId + 100, path(QStringLiteral("none.pcap")), &report));
        QVERIFY2(report.contains(QStringLiteral("has no alert")), qPrintable(report));
    }
};

QTEST_MAIN(TestAlertExport)
#include "tst_alert_export.moc"
