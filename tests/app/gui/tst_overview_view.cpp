// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "app/gui/overview_view.h"

using namespace mieruka;

namespace {

constexpr std::int64_t kStart = 1'709'280'000'000'000'000; // 2024-03-01T08:00:00Z

survey::LedgerHost host(const char* mac, const char* ip, const char* role, const char* vendor, const char* family,
                        bool eol = false)
{
    survey::LedgerHost row;
    row.host.mac = mac;
    if (*ip)
        row.host.ips = {ip};
    row.role = role;
    row.vendor = vendor;
    row.os.family = family;
    row.os.eol = eol;
    return row;
}

analysis::AlertRecord alert(std::int64_t id, const char* type, const char* severity, const char* src, const char* dst,
                            int secondsIn)
{
    analysis::AlertRecord record;
    record.id = id;
    record.type = type;
    record.severity = severity;
    record.src = src;
    record.dst = dst;
    record.rule = "rule-" + std::to_string(id);
    record.firstNs = kStart + secondsIn * 1'000'000'000LL;
    record.lastNs = record.firstNs;
    return record;
}

gui::WorkspaceDataPtr sampleData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    data->surveyPath = QStringLiteral("/data/plant.mieruka");
    auto& snapshot = data->snapshot;
    auto plc = host("00:1b:1b:00:00:01", "192.168.0.10", "plc", "Siemens AG", "embedded");
    plc.otServer = {"s7comm"};
    auto ews = host("00:0c:29:00:00:02", "192.168.0.20", "engineering_workstation", "VMware, Inc.", "windows", true);
    ews.otClient = {"s7comm", "modbus"};
    auto hmi = host("00:1b:1b:00:00:03", "192.168.0.30", "hmi", "Siemens AG", "windows");
    hmi.otClient = {"s7comm"};
    hmi.otServer = {"s7comm"}; // counted once per host
    snapshot.hosts = {plc, ews, hmi, host("02:00:00:00:00:09", "", "unknown", "<b>AT&T</b>", "unknown")};
    auto stop = alert(2, "ot_command", "critical", "192.168.0.20", "192.168.0.10", 100);
    stop.fields = {{"operation", "PLC Stop"}};
    auto write = alert(6, "ot_command", "critical", "192.168.0.30", "192.168.0.10", 20);
    write.fields = {{"operation", "Write var"}};
    snapshot.alerts = {alert(5, "scan", "low", "192.168.0.30", "", 1), alert(4, "eol_os", "medium", "192.168.0.20", "", 5),
                       alert(1, "new_device", "medium", "02:00:00:00:00:09", "", 10), write,
                       alert(3, "signature", "high", "203.0.113.5", "192.168.0.30", 50), stop};
    snapshot.detection.ran = true;
    store::CaptureRecord capture;
    capture.id = 1;
    snapshot.captures = {capture, capture};
    snapshot.totals.packets = 123456;
    snapshot.totals.startNs = kStart;
    snapshot.totals.endNs = kStart + 3LL * 3600 * 1'000'000'000;
    return data;
}

QString textOf(const gui::OverviewView& view, const QString& name)
{
    const auto* button = view.findChild<QPushButton*>(name);
    return button ? button->text() : QStringLiteral("<missing %1>").arg(name);
}

} // namespace

class TestOverviewView : public QObject {
    Q_OBJECT
private slots:
    void countsTheSurvey()
    {
        const auto data = sampleData();
        const auto summary = gui::OverviewView::Summary::of(data->snapshot);
        using Counts = gui::OverviewView::Summary::Counts;
        QCOMPARE(summary.hosts, 4);
        QCOMPARE(summary.roles.size(), std::size_t(4));
        QCOMPARE(summary.eolHosts, 1);
        QVERIFY((summary.osFamilies == Counts{{"windows", 2}, {"embedded", 1}, {"unknown", 1}}));
        QCOMPARE(summary.vendors.front(), (std::pair<std::string, int>{"Siemens AG", 2}));
        QVERIFY((summary.otProtocols == Counts{{"s7comm", 3}, {"modbus", 1}}));
        QVERIFY((summary.alertsBySeverity == std::array<int, 5>{0, 1, 2, 1, 2}));
        QCOMPARE(summary.alerts, 6);
        QCOMPARE(summary.captures, 2);
        QCOMPARE(summary.frames, 123456ULL);
        // Most severe first, earliest first within a level: ids 6, 2, 3, 4, 1.
        QList<qlonglong> top;
        for (auto index : summary.topAlerts)
            top << data->snapshot.alerts[index].id;
        QCOMPARE(top, (QList<qlonglong>{6, 2, 3, 4, 1}));
        QCOMPARE(gui::OverviewView::findingText(data->snapshot.alerts[5]),
                 QStringLiteral("Critical \u2013 OT command \u2013 192.168.0.20 \u2192 192.168.0.10 \u2013 PLC Stop"));
    }

    void tilesShowTheNumbersAndLinkToPages()
    {
        gui::WorkspaceSelection selection;
        gui::OverviewView view(&selection);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("tile:hosts")));
        view.setData(sampleData());
        QCOMPARE(textOf(view, QStringLiteral("tile:hosts")), QStringLiteral("4 host(s)"));
        QCOMPARE(textOf(view, QStringLiteral("tile:role:plc")), QStringLiteral("PLC / controller: 1"));
        QCOMPARE(textOf(view, QStringLiteral("tile:eol")), QStringLiteral("1 host(s) with an end-of-life OS"));
        QCOMPARE(textOf(view, QStringLiteral("tile:severity:4")), QStringLiteral("Critical: 2"));
        QCOMPARE(textOf(view, QStringLiteral("tile:severity:2")), QStringLiteral("Medium: 2"));
        QCOMPARE(textOf(view, QStringLiteral("tile:protocol:0")), QStringLiteral("s7comm: 3 host(s)"));
        // A vendor name from a packet: no markup, and '&' is doubled so it is no shortcut marker.
        QCOMPARE(textOf(view, QStringLiteral("tile:vendor:1")), QStringLiteral("<b>AT&&T</b>: 1"));
        QVERIFY(textOf(view, QStringLiteral("tile:timespan")).contains(QStringLiteral("(3 h 0 min)")));

        QSignalSpy pages(&view, &gui::WorkspaceView::showPage);
        const auto click = [&](const char* name) {
            auto* button = view.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button, name);
            button->click();
        };
        click("tile:alerts");
        click("tile:role:plc");
        click("tile:protocol:1");
        click("tile:frames");
        QCOMPARE(pages.size(), 4);
        QCOMPARE(pages.at(0).at(0).toString(), QStringLiteral("alerts"));
        QCOMPARE(pages.at(1).at(0).toString(), QStringLiteral("assets"));
        QCOMPARE(pages.at(2).at(0).toString(), QStringLiteral("matrix"));
        QCOMPARE(pages.at(3).at(0).toString(), QStringLiteral("traffic"));
        QVERIFY(selection.host().isEmpty());

        // A finding opens the alerts with its source host selected.
        QCOMPARE(textOf(view, QStringLiteral("tile:finding:1")),
                 QStringLiteral("Critical \u2013 OT command \u2013 192.168.0.20 \u2192 192.168.0.10 \u2013 PLC Stop"));
        click("tile:finding:1");
        QCOMPARE(pages.size(), 5);
        QCOMPARE(pages.at(4).at(0).toString(), QStringLiteral("alerts"));
        QCOMPARE(selection.host(), QStringLiteral("192.168.0.20"));

        view.setData(nullptr);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("tile:hosts")));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MIERUKA_SCREENSHOT_DIR not set");
        gui::WorkspaceSelection selection;
        gui::OverviewView view(&selection);
        view.resize(1200, 750);
        view.setData(sampleData());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + QStringLiteral("/overview.png")));
    }
};

QTEST_MAIN(TestOverviewView)
#include "tst_overview_view.moc"
