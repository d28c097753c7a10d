// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "app/gui/diff_filter.h"
#include "app/gui/diff_map.h"
#include "app/gui/diff_side_chooser.h"
#include "app/gui/diff_table.h"
#include "app/gui/diff_view.h"
#include "app/gui/ledger_model.h"
#include "app/gui/matrix_grid.h"
#include "app/gui/matrix_view.h"
#include "app/gui/workspace_selection.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <set>

using namespace mieruka;
using gui::DiffKind;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kBeforeStart = 1'700'000'000LL * kSecond;
constexpr std::int64_t kAfterStart = kBeforeStart + 86'400 * kSecond;

struct Host {
    const char* mac;
    const char* ip;
};

// A Modbus cell seen twice, a day apart. Between the visits: one PLC got a new address, one a new
// firmware, a PLC became a polling station, one device left and an engineering laptop arrived.
constexpr Host kHmi{"00:0b:ab:00:00:01", "192.168.1.50"};
constexpr Host kMovedOld{"00:80:f4:00:00:10", "192.168.1.10"};
constexpr Host kMovedNew{"00:80:f4:00:00:10", "192.168.1.20"};
constexpr Host kFlashed{"00:80:f4:00:00:11", "192.168.1.11"};
constexpr Host kTurned{"00:1b:1b:00:00:30", "192.168.1.30"};
constexpr Host kLeft{"00:0e:8c:00:00:40", "192.168.1.40"};
constexpr Host kArrived{"00:1c:06:00:00:60", "192.168.1.60"};

test::Bytes tcpFrame(const Host& from, const Host& to, std::uint16_t fromPort, std::uint16_t toPort, const test::Bytes& payload)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).tcp(fromPort, toPort, tcp).payload(payload).build();
}

/// Read Holding Registers and its answer.
void readRegister(std::vector<test::CaptureFrame>& frames, std::int64_t at, const Host& client, const Host& server,
                  std::uint16_t clientPort)
{
    frames.push_back({at, tcpFrame(client, server, clientPort, 502, test::bytesFromHex("000100000006010300000001"))});
    frames.push_back({at + kSecond / 100, tcpFrame(server, client, 502, clientPort, test::bytesFromHex("00010000000501030200aa"))});
}

/// Read Device Identification answered with vendor, product and firmware revision.
void readIdentity(std::vector<test::CaptureFrame>& frames, std::int64_t at, const Host& client, const Host& server,
                  const std::string& revision)
{
    frames.push_back({at, tcpFrame(client, server, 41000, 502, test::bytesFromHex("000200000005012b0e0100"))});
    test::Bytes pdu = test::bytesFromHex("2b0e0101000003");
    for (const auto& [id, value] : {std::pair<int, std::string>{0, "Acme"}, {1, "P2-CPU"}, {2, revision}}) {
        pdu.push_back(std::byte(id));
        pdu.push_back(std::byte(value.size()));
        for (char c : value)
            pdu.push_back(std::byte(c));
    }
    const std::size_t length = pdu.size() + 1;
    test::Bytes answer{std::byte{0}, std::byte{2}, std::byte{0}, std::byte{0}, std::byte(length >> 8),
                       std::byte(length & 0xff), std::byte{1}};
    for (std::byte b : pdu)
        answer.push_back(b);
    frames.push_back({at + kSecond / 100, tcpFrame(server, client, 502, 41000, answer)});
}

std::vector<test::CaptureFrame> visit(bool second)
{
    const std::int64_t start = second ? kAfterStart : kBeforeStart;
    std::vector<test::CaptureFrame> frames;
    readIdentity(frames, start, kHmi, kFlashed, second ? "V2.0" : "V1.0");
    for (int s = 1; s <= 600; ++s) {
        const std::int64_t at = start + s * kSecond;
        readRegister(frames, at, kHmi, second ? kMovedNew : kMovedOld, 40001);
        readRegister(frames, at + kSecond / 10, kHmi, kFlashed, 40002);
        if (second) {
            readRegister(frames, at + kSecond / 5, kTurned, kFlashed, 40003);
            readRegister(frames, at + kSecond * 2 / 5, kArrived, kFlashed, 40005);
        } else {
            readRegister(frames, at + kSecond / 5, kHmi, kTurned, 40003);
            readRegister(frames, at + kSecond * 3 / 10, kHmi, kLeft, 40004);
        }
    }
    return frames;
}

void importInto(const QString& survey, const QStringList& captures, bool detect)
{
    store::SurveyStore store(survey.toStdString());
    ingest::ImportOptions options;
    options.detect = detect;
    for (const QString& capture : captures) // one import each: one period each
        ingest::Importer(store, &capture::openCaptureSource, options).run({capture.toStdString()});
}

QString ip(const char* text)
{
    return QString::fromLatin1(text);
}

/// The rows as "kind host[ peer] attribute: before -> after", independent of the language.
std::set<QString> describe(const gui::DiffModel& model)
{
    static const char* const kinds[] = {"device+", "device-", "device~", "link+", "link-", "volume", "alert"};
    std::set<QString> lines;
    for (const auto& row : model.rows()) {
        QString line = QString::fromLatin1(kinds[int(row.kind)]) + QLatin1Char(' ') + row.host;
        if (!row.peer.isEmpty())
            line += QStringLiteral(" > ") + row.peer;
        if (row.kind == DiffKind::DeviceChanged)
            line += QStringLiteral(" %1: %2 -> %3").arg(row.attribute, row.before, row.after);
        lines.insert(line);
    }
    return lines;
}

int proxyRowOf(const gui::DiffView& view, DiffKind kind, const QString& host)
{
    const auto* rows = view.differences()->shownRows();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        if (index.data(gui::DiffModel::KindRole).toInt() == int(kind) && index.data(gui::DiffModel::HostRole).toString() == host)
            return row;
    }
    return -1;
}

QColor cellMark(const gui::MatrixView* matrix, int octet)
{
    return matrix->grid()->cell(octet).highlight;
}

} // namespace

class TestDiffView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Screenshots in Japanese as well (MIERUKA_SCREENSHOT_LANGUAGE=ja), with the shipped translation.
        if (const QString language = qEnvironmentVariable("MIERUKA_SCREENSHOT_LANGUAGE"); !language.isEmpty()) {
            auto* translator = new QTranslator(this);
            QVERIFY(translator->load(QStringLiteral(MIERUKA_QM_DIR "/mieruka_%1.qm").arg(language)));
            QCoreApplication::installTranslator(translator);
        }
        QVERIFY(m_dir.isValid());
        m_beforeCapture = m_dir.filePath(QStringLiteral("visit1.pcap"));
        m_afterCapture = m_dir.filePath(QStringLiteral("visit2.pcap"));
        QVERIFY(test::writeFile(m_beforeCapture.toStdString(), test::makePcap(visit(false))));
        QVERIFY(test::writeFile(m_afterCapture.toStdString(), test::makePcap(visit(true))));
        m_before = m_dir.filePath(QStringLiteral("before.mieruka"));
        m_after = m_dir.filePath(QStringLiteral("after.mieruka"));
        m_both = m_dir.filePath(QStringLiteral("both.mieruka"));
        importInto(m_before, {m_beforeCapture}, false);
        importInto(m_after, {m_afterCapture}, false);
        importInto(m_both, {m_beforeCapture, m_afterCapture}, true);
    }

    void twoSurveysListTheMaintenanceDay()
    {
        gui::WorkspaceSelection selection;
        gui::DiffView view(&selection);
        QAbstractItemModelTester tester(view.differences()->model());
        view.resize(1400, 1000);
        view.show();
        view.compare(m_before, {}, m_after, {});
        QVERIFY(view.waitForComparison(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));

        const std::set<QString> expected{
            QStringLiteral("device+ 192.168.1.60"),
            QStringLiteral("device- 192.168.1.40"),
            QStringLiteral("device~ 192.168.1.20 %1: 192.168.1.10 -> 192.168.1.20").arg(gui::DiffModel::attributeText("ips")),
            QStringLiteral("device~ 192.168.1.11 %1: V1.0 -> V2.0").arg(gui::DiffModel::attributeText("firmware")),
            QStringLiteral("device~ 192.168.1.30 %1: %2 -> %3")
                .arg(gui::DiffModel::attributeText("role"), gui::LedgerModel::roleText("plc"), gui::LedgerModel::roleText("hmi")),
            QStringLiteral("link+ 192.168.1.30 > 192.168.1.11"),
            QStringLiteral("link+ 192.168.1.60 > 192.168.1.11"),
            QStringLiteral("link- 192.168.1.50 > 192.168.1.30"),
            QStringLiteral("link- 192.168.1.50 > 192.168.1.40"),
        };
        const auto found = describe(*view.differences()->model());
        for (const QString& line : found)
            qInfo("%s", qPrintable(line));
        QCOMPARE(found, expected);
        QCOMPARE(view.differences()->shownRows()->rowCount(), int(expected.size()));

        // The kind filter and the text filter.
        view.differences()->setKindShown(DiffKind::DeviceChanged, false);
        QCOMPARE(view.differences()->shownRows()->rowCount(), int(expected.size()) - 3);
        view.differences()->setKindShown(DiffKind::DeviceChanged, true);
        view.differences()->setSearchText(ip(kLeft.ip));
        QCOMPARE(view.differences()->shownRows()->rowCount(), 2); // the device and its link
        view.differences()->setSearchText(QStringLiteral("v2.0"));
        QCOMPARE(view.differences()->shownRows()->rowCount(), 1);
        view.differences()->setSearchText({});
        QCOMPARE(view.differences()->shownRows()->rowCount(), int(expected.size()));

        // A row selects its device, or a link's two ends, everywhere.
        QTableView* table = view.differences()->table();
        table->setCurrentIndex(view.differences()->shownRows()->index(proxyRowOf(view, DiffKind::DeviceRemoved, ip(kLeft.ip)), 1));
        QCOMPARE(selection.host(), ip(kLeft.ip));
        table->setCurrentIndex(view.differences()->shownRows()->index(proxyRowOf(view, DiffKind::CommunicationAdded, ip(kArrived.ip)), 1));
        QCOMPARE(selection.host(), ip(kArrived.ip));
        QCOMPARE(selection.peer(), ip(kFlashed.ip));
        // A host chosen elsewhere becomes the current row.
        selection.selectHost(ip(kMovedNew.ip));
        QCOMPARE(table->currentIndex().data(gui::DiffModel::HostRole).toString(), ip(kMovedNew.ip));
        QCOMPARE(table->currentIndex().data(gui::DiffModel::KindRole).toInt(), int(DiffKind::DeviceChanged));

        // Exports: every difference, one CSV row each.
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("diff.csv"));
        QVERIFY2(view.exportCsv(csvPath, error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QCOMPARE(csvText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), int(expected.size()) + 1);
        QVERIFY(csvText.contains(QStringLiteral("V2.0")));
        QVERIFY(csvText.contains(ip(kLeft.ip)));
        const QString jsonPath = m_dir.filePath(QStringLiteral("diff.json"));
        QVERIFY2(view.exportJson(jsonPath, error), qPrintable(error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(json.readAll()).isObject());

        // The matrices outline what went (before) and what came (after), and what changed on both.
        const QColor added = gui::DiffModel::kindColour(DiffKind::DeviceAdded);
        const QColor removed = gui::DiffModel::kindColour(DiffKind::DeviceRemoved);
        const QColor changed = gui::DiffModel::kindColour(DiffKind::DeviceChanged);
        const gui::MatrixView* before = view.matrix(0);
        const gui::MatrixView* after = view.matrix(1);
        QCOMPARE(before->hostKeyAt(40), ip(kLeft.ip));
        QCOMPARE(cellMark(before, 40), removed);
        QCOMPARE(cellMark(before, 10), changed);
        QCOMPARE(cellMark(before, 11), changed);
        QVERIFY(!cellMark(before, 50).isValid());
        QCOMPARE(after->hostKeyAt(60), ip(kArrived.ip));
        QCOMPARE(cellMark(after, 60), added);
        QCOMPARE(cellMark(after, 20), changed);
        QCOMPARE(cellMark(after, 30), changed);
        QVERIFY(!cellMark(after, 50).isValid());
        QVERIFY(after->hostKeyAt(40).isEmpty());

        // One layout for both maps: a host on both sides sits at the same place.
        gui::DiffMap* map = view.map();
        using Side = gui::DiffMap::Side;
        QVERIFY(map->hasNode(Side::Before, ip(kHmi.ip)) && map->hasNode(Side::After, ip(kHmi.ip)));
        QCOMPARE(map->nodeCenter(Side::Before, ip(kHmi.ip)), map->nodeCenter(Side::After, ip(kHmi.ip)));
        QCOMPARE(map->nodeCenter(Side::Before, ip(kFlashed.ip)), map->nodeCenter(Side::After, ip(kFlashed.ip)));
        // The re-addressed PLC is drawn under its new address where its old one was.
        QVERIFY(map->hasNode(Side::After, ip(kMovedNew.ip)) && !map->hasNode(Side::After, ip(kMovedOld.ip)));
        QCOMPARE(map->nodeCenter(Side::After, ip(kMovedNew.ip)), map->nodeCenter(Side::Before, ip(kMovedOld.ip)));
        QVERIFY(map->hasNode(Side::Before, ip(kLeft.ip)) && !map->hasNode(Side::After, ip(kLeft.ip)));
        QVERIFY(!map->hasNode(Side::Before, ip(kArrived.ip)) && map->hasNode(Side::After, ip(kArrived.ip)));
        QCOMPARE(map->nodeMark(Side::After, ip(kArrived.ip)), added);
        QCOMPARE(map->nodeMark(Side::Before, ip(kLeft.ip)), removed);
        QCOMPARE(map->nodeMark(Side::After, ip(kFlashed.ip)), changed);
        QVERIFY(!map->nodeMark(Side::After, ip(kHmi.ip)).isValid());
        map->selectNode(Side::Before, ip(kLeft.ip));
        QCOMPARE(selection.host(), ip(kLeft.ip));
        // A click in a matrix selects the host on the page too.
        QTest::mouseClick(view.matrix(1)->grid(), Qt::LeftButton, {}, view.matrix(1)->cellRect(60).center());
        QCOMPARE(selection.host(), ip(kArrived.ip));
        QCOMPARE(table->currentIndex().data(gui::DiffModel::HostRole).toString(), ip(kArrived.ip));

        const QString screenshots = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QVERIFY(view.grab().save(screenshots + QStringLiteral("/diff-matrices.png")));
            auto* tabs = view.findChild<QTabWidget*>();
            QVERIFY(tabs);
            tabs->setCurrentIndex(1);
            QTest::qWait(100);
            QVERIFY(view.grab().save(screenshots + QStringLiteral("/diff-map.png")));
        }
    }

    void periodsOfOneSurveyAreChosenAndCompared()
    {
        gui::WorkspaceSelection selection;
        gui::DiffView view(&selection);
        {
            store::SurveyStore store(m_both.toStdString(), false);
            view.setData(gui::WorkspaceData::load(store, m_both));
        }
        // Two imports, two periods: the last two are chosen for the user.
        QCOMPARE(view.side(0), (gui::DiffSide{m_both, QStringLiteral("import-1")}));
        QCOMPARE(view.side(1), (gui::DiffSide{m_both, QStringLiteral("import-2")}));
        view.compareChosen();
        QVERIFY(view.isComparing());
        QVERIFY(view.waitForComparison(120000));
        QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
        const auto found = describe(*view.differences()->model());
        for (const QString& line : found)
            qInfo("%s", qPrintable(line));
        for (const QString& line : {QStringLiteral("device+ 192.168.1.60"), QStringLiteral("device- 192.168.1.40"),
                                    QStringLiteral("link- 192.168.1.50 > 192.168.1.40")})
            QVERIFY2(found.count(line) == 1, qPrintable(line));
        QCOMPARE(view.differences()->model()->count(DiffKind::DeviceChanged), 3);
        QCOMPARE(cellMark(view.matrix(1), 60), gui::DiffModel::kindColour(DiffKind::DeviceAdded));

        // A range of the shared time filter becomes a period of the survey, offered on both sides.
        QString error;
        QVERIFY(!view.definePeriodFromFilter(QStringLiteral("first hour"), error)); // no time filter yet
        selection.setTimeRange(kBeforeStart, kBeforeStart + 300 * kSecond);
        QVERIFY2(view.definePeriodFromFilter(QStringLiteral("first half"), error), qPrintable(error));
        const auto periods = gui::DiffSideChooser::periodsOf(m_both, error);
        QCOMPARE(periods.size(), std::size_t(3));
        QCOMPARE(periods.back().name, std::string("first half"));
        auto* chooser = view.findChild<gui::DiffSideChooser*>(QStringLiteral("diffBefore"));
        QVERIFY(chooser);
        QVERIFY(chooser->setSide({m_both, QStringLiteral("first half")}));
    }

    void aMissingCaptureOrSurveyIsNamed()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.pcap"));
        QVERIFY(QFile::copy(m_beforeCapture, gone));
        const QString survey = m_dir.filePath(QStringLiteral("gone.mieruka"));
        importInto(survey, {gone}, false);
        QVERIFY(QFile::remove(gone));

        gui::WorkspaceSelection selection;
        gui::DiffView view(&selection);
        view.compare(survey, QStringLiteral("import-1"), m_after, {});
        QVERIFY(view.waitForComparison(60000));
        QVERIFY2(view.errorText().contains(QStringLiteral("gone.pcap")), qPrintable(view.errorText()));
        QCOMPARE(view.differences()->model()->rowCount(), 0);

        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.mieruka"));
        view.compare(nowhere, {}, m_after, {});
        QVERIFY(view.waitForComparison(60000));
        QVERIFY2(view.errorText().contains(nowhere), qPrintable(view.errorText()));
    }

private:
    QTemporaryDir m_dir;
    QString m_beforeCapture, m_afterCapture;
    QString m_before, m_after, m_both;
};

QTEST_MAIN(TestDiffView)
#include "tst_diff_view.moc"
