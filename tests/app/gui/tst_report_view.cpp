// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/report_options_panel.h"
#include "app/gui/report_view.h"
#include "app/gui/workspace_selection.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kStart = 1'700'000'000LL * kSecond;
const QString kSite = QStringLiteral("Kawasaki Plant 3");
const QString kConsultant = QStringLiteral("Yamada Engineering");

struct Host {
    const char* mac;
    const char* ip;
};

constexpr Host kHmi{"00:0b:ab:00:00:01", "192.168.1.50"};
constexpr Host kPlc1{"00:80:f4:00:00:10", "192.168.1.10"};
constexpr Host kPlc2{"00:80:f4:00:00:11", "192.168.1.11"};
constexpr Host kLaptop{"00:1c:06:00:00:60", "192.168.1.60"};

test::Bytes tcpFrame(const Host& from, const Host& to, std::uint16_t fromPort, std::uint16_t toPort, const test::Bytes& payload)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).tcp(fromPort, toPort, tcp).payload(payload).build();
}

void exchange(std::vector<test::CaptureFrame>& frames, std::int64_t at, const Host& client, const Host& server,
              std::uint16_t clientPort, const char* request, const char* answer)
{
    frames.push_back({at, tcpFrame(client, server, clientPort, 502, test::bytesFromHex(request))});
    frames.push_back({at + kSecond / 100, tcpFrame(server, client, 502, clientPort, test::bytesFromHex(answer))});
}

/// A small Modbus cell: an HMI polls two PLCs for five minutes, and a laptop writes a register
/// once (an OT command for the report).
std::vector<test::CaptureFrame> cell()
{
    std::vector<test::CaptureFrame> frames;
    for (int s = 0; s < 300; ++s) {
        const std::int64_t at = kStart + s * kSecond;
        exchange(frames, at, kHmi, kPlc1, 40001, "000100000006010300000001", "00010000000501030200aa");
        exchange(frames, at + kSecond / 10, kHmi, kPlc2, 40002, "000100000006010300000001", "00010000000501030200bb");
    }
    exchange(frames, kStart + 150 * kSecond, kLaptop, kPlc1, 41000, "0003000000060106000100ff", "0003000000060106000100ff");
    return frames;
}

gui::WorkspaceDataPtr load(const QString& survey)
{
    store::SurveyStore store(survey.toStdString(), false);
    return gui::WorkspaceData::load(store, survey);
}

} // namespace

class TestReportView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString capture = m_dir.filePath(QStringLiteral("cell.pcap"));
        QVERIFY(test::writeFile(capture.toStdString(), test::makePcap(cell())));
        m_survey = m_dir.filePath(QStringLiteral("cell.mieruka"));
        store::SurveyStore store(m_survey.toStdString());
        ingest::ImportOptions options;
        options.detect = true;
        ingest::Importer(store, &capture::openCaptureSource, options).run({capture.toStdString()});
    }

    void previewsAndExports()
    {
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.resize(1400, 900);
        view.show();
        view.setData(load(m_survey));
        QCOMPARE(view.defaultExportPath(), m_dir.filePath(QStringLiteral("cell-report.pdf")));
        auto* site = view.findChild<QLineEdit*>(QStringLiteral("reportSite"));
        auto* consultant = view.findChild<QLineEdit*>(QStringLiteral("reportConsultant"));
        QVERIFY(site && consultant);
        site->setText(kSite);
        consultant->setText(kConsultant);
        view.optionsPanel()->setLanguage(QStringLiteral("en"));

        view.updatePreview();
        QVERIFY(view.isBusy());
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
        QVERIFY2(view.pageCount() > 3, qPrintable(QString::number(view.pageCount())));
        if (const QString shots = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(view.grab().save(QDir(shots).filePath(QStringLiteral("report-view.png"))));

        const QString pdf = m_dir.filePath(QStringLiteral("out/cell-report.pdf"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
        view.exportTo(pdf);
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
        QVERIFY(view.statusText().contains(QDir::toNativeSeparators(pdf)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));

        {
            store::SurveyStore store(m_survey.toStdString(), false);
            QCOMPARE(QString::fromStdString(store.meta("report.site").value_or(std::string())), kSite);
            QCOMPARE(QString::fromStdString(store.meta("report.consultant").value_or(std::string())), kConsultant);
            QCOMPARE(QString::fromStdString(store.meta("report.customer").value_or(std::string("unset"))), QString());
        }

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(kSite), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
    }

    void remembersThePartiesOfTheSurvey()
    {
        store::SurveyStore(m_survey.toStdString(), false).setMeta("report.customer", "Acme Chemicals");
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.setData(load(m_survey));
        const survey::ReportParties parties = view.optionsPanel()->parties();
        QCOMPARE(QString::fromStdString(parties.customer), QStringLiteral("Acme Chemicals"));
        QVERIFY(!parties.site.empty()); // the export of previewsAndExports() stored it
    }

    void reportsAnUnwritableFolder()
    {
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.setData(load(m_survey));
        const QString pdf = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        view.exportTo(pdf);
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().contains(QStringLiteral("no-such-folder")), qPrintable(view.errorText()));
        QVERIFY(view.statusText().contains(QStringLiteral("no-such-folder")));
        QVERIFY(!QFile::exists(pdf));
    }

    void needsASection()
    {
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.setData(load(m_survey));
        for (const char* id : survey::kReportSections)
            view.optionsPanel()->setSectionChecked(QString::fromLatin1(id), false);
        view.updatePreview();
        QVERIFY(!view.isBusy());
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(view.pageCount(), 0);
    }

    void comparesWithAnEarlierSurvey()
    {
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.setData(load(m_survey));
        view.optionsPanel()->setLanguage(QStringLiteral("en"));
        view.optionsPanel()->setCompareWith(m_dir.filePath(QStringLiteral("missing.mieruka")));
        view.updatePreview();
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().contains(QStringLiteral("missing.mieruka")), qPrintable(view.errorText()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.mieruka")))); // not created by the attempt

        // The survey against itself: no differences, but the comparison section is there.
        view.optionsPanel()->setCompareWith(m_survey);
        view.updatePreview();
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
        QVERIFY(view.pageCount() > 3);
    }

    void writesTheChosenLanguage()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        gui::WorkspaceSelection selection;
        gui::ReportView view(&selection);
        view.setData(load(m_survey));
        if (gui::ReportOptionsPanel::uiLanguage() != QStringLiteral("en"))
            QSKIP("needs an English user interface (LANG=C) to switch the report to Japanese");
        view.optionsPanel()->setLanguage(QStringLiteral("ja"));
        const QString pdf = m_dir.filePath(QStringLiteral("other-language.pdf"));
        view.exportTo(pdf);
        QVERIFY(view.waitForJob(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("総括")), qPrintable(text.left(1500)));
        // The window keeps its own words once the report is written.
        QCOMPARE(QCoreApplication::translate("mieruka::render::ReportDocument", "Executive summary"),
                 QStringLiteral("Executive summary"));
    }

private:
    QTemporaryDir m_dir;
    QString m_survey;
};

QTEST_MAIN(TestReportView)
#include "tst_report_view.moc"
