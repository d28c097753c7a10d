// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "app/gui/alerts_model.h"
#include "app/gui/alerts_view.h"
#include "app/gui/plain_text_delegate.h"

using namespace mieruka;

namespace {

const QString kHostile = QStringLiteral("<b>x</b>=cmd|' /C calc'!A0");
constexpr std::int64_t kStart = 1'709'280'000'000'000'000; // 2024-03-01T08:00:00Z

survey::LedgerHost host(const char* mac, const char* ip, const char* role)
{
    survey::LedgerHost row;
    row.host.mac = mac;
    if (*ip)
        row.host.ips = {ip};
    row.role = role;
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
    record.lastNs = record.firstNs + 60'000'000'000LL;
    return record;
}

/// Four hosts and six alerts: two critical OT commands, a high signature with a hostile message,
/// two medium and one low.
gui::WorkspaceDataPtr sampleData()
{
    auto data = std::make_shared<gui::WorkspaceData>();
    data->surveyPath = QStringLiteral("/data/plant survey.mieruka");
    auto& snapshot = data->snapshot;
    snapshot.hosts = {host("00:1b:1b:00:00:01", "192.168.0.10", "plc"), host("00:0c:29:00:00:02", "192.168.0.20", "engineering_workstation"),
                      host("00:0c:29:00:00:03", "192.168.0.30", "hmi"), host("02:00:00:00:00:09", "", "unknown")};
    store::CaptureRecord capture;
    capture.id = 7;
    capture.path = "/data/plant/day1.pcapng";
    snapshot.captures = {capture};
    auto stop = alert(2, "ot_command", "critical", "192.168.0.20", "192.168.0.10", 100);
    stop.protocol = "s7comm";
    stop.fields = {{"operation_class", "run_state"}, {"operation", "PLC Stop"}};
    stop.captureId = 7;
    stop.packetNumber = 1234;
    auto signature = alert(3, "signature", "high", "203.0.113.5", "192.168.0.30", 50);
    signature.fields = {{"sid", "2000001"}, {"msg", kHostile.toStdString()}};
    auto write = alert(6, "ot_command", "critical", "192.168.0.30", "192.168.0.10", 20);
    write.fields = {{"operation", "Write var"}};
    auto device = alert(1, "new_device", "medium", "", "", 10);
    device.srcMac = "02:00:00:00:00:09";
    snapshot.alerts = {alert(5, "scan", "low", "192.168.0.30", "", 1), alert(4, "eol_os", "medium", "192.168.0.20", "", 5),
                       device, write, signature, stop};
    return data;
}

QList<qlonglong> shownIds(QAbstractItemModel* model)
{
    QList<qlonglong> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(gui::AlertsModel::AlertIdRole).toLongLong();
    return ids;
}

QModelIndex shownRowOf(gui::AlertsView& view, qlonglong id)
{
    auto* proxy = view.shownAlerts();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, 0).data(gui::AlertsModel::AlertIdRole).toLongLong() == id)
            return proxy->index(row, 0);
    return {};
}

} // namespace

class TestAlertsView : public QObject {
    Q_OBJECT
private slots:
    void modelFiltersAndKeepsHostileTextPlain()
    {
        gui::AlertsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto data = sampleData();
        model.setSnapshot(gui::snapshotOf(data));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(shownIds(&model), (QList<qlonglong>{5, 4, 1, 6, 3, 2})); // oldest first

        const int signature = model.rowOf(3), stop = model.rowOf(2);
        QCOMPARE(model.index(signature, gui::AlertsModel::What).data().toString(), kHostile);
        const QString tip = model.index(signature, gui::AlertsModel::What).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QStringLiteral("<b>")), qPrintable(tip));
        QCOMPARE(model.index(stop, gui::AlertsModel::What).data().toString(), QStringLiteral("PLC Stop"));
        QCOMPARE(model.index(stop, gui::AlertsModel::Type).data().toString(), QStringLiteral("OT command"));
        QCOMPARE(model.index(stop, gui::AlertsModel::Severity).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(model.index(stop, gui::AlertsModel::Severity).data(gui::AlertsModel::SortRole).toInt(), 4);
        QCOMPARE(model.index(stop, gui::AlertsModel::FirstSeen).data(gui::AlertsModel::SortRole).toLongLong(),
                 qlonglong(kStart + 100'000'000'000LL));
        QVERIFY(!model.index(stop, gui::AlertsModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(model.rowOf(1), gui::AlertsModel::Source).data().toString(), QStringLiteral("02:00:00:00:00:09"));

        model.setFilter({3, {}, {}});
        QCOMPARE(shownIds(&model), (QList<qlonglong>{6, 3, 2}));
        model.setFilter({0, "ot_command", {}});
        QCOMPARE(shownIds(&model), (QList<qlonglong>{6, 2}));
        model.setFilter({0, {}, QStringLiteral("192.168.0.30")});
        QCOMPARE(shownIds(&model), (QList<qlonglong>{5, 6, 3}));
        model.setFilter({0, {}, QStringLiteral("02:00:00:00:00:09")}); // matched by its MAC
        QCOMPARE(shownIds(&model), (QList<qlonglong>{1}));
        QCOMPARE(model.hostKeyOf("00:0c:29:00:00:02"), QStringLiteral("192.168.0.20"));
        QVERIFY(model.hostKeyOf("203.0.113.5").isEmpty());
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void viewSortsBySeverityThenTimeAndFilters()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(sampleData());
        QVERIFY(qobject_cast<gui::PlainTextDelegate*>(view.table()->itemDelegate()));
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{6, 2, 3, 4, 1, 5}));

        auto* severity = view.findChild<QComboBox*>(QStringLiteral("minimumSeverity"));
        auto* type = view.findChild<QComboBox*>(QStringLiteral("alertType"));
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("alertSearch"));
        QVERIFY(severity && type && search);
        QCOMPARE(severity->count(), 5);
        QCOMPARE(type->count(), 6); // all + five present types
        QCOMPARE(type->itemText(0), QStringLiteral("All types"));
        QVERIFY(type->findText(QStringLiteral("OT command (2)")) > 0);

        severity->setCurrentIndex(severity->findData(2));
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{6, 2, 3, 4, 1}));
        type->setCurrentIndex(type->findData(QStringLiteral("signature")));
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{3}));
        QCOMPARE(view.shownAlerts()->index(0, gui::AlertsModel::What).data().toString(), kHostile);
        type->setCurrentIndex(0);
        severity->setCurrentIndex(0);
        search->setText(QStringLiteral("WRITE VAR"));
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{6}));
        search->clear();
        QCOMPARE(view.shownAlerts()->rowCount(), 6);
    }

    void selectingAnAlertSelectsItsHostAndShowsTheExport()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(sampleData());
        QVERIFY(view.detailsText().isEmpty());
        QVERIFY(view.exportCommand().isEmpty());

        view.table()->setCurrentIndex(shownRowOf(view, 2));
        QCOMPARE(selection.host(), QStringLiteral("192.168.0.20"));
        const QString details = view.detailsText();
        const QString command = QStringLiteral("mieruka-cli export-packets '/data/plant survey.mieruka' --alert 2 -o alert-2.pcap");
        QCOMPARE(view.exportCommand(), command);
        QVERIFY2(details.contains(command), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("packet 1234 of /data/plant/day1.pcapng")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("operation: PLC Stop")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("2024-03-01T08:01:40")), qPrintable(details));

        // The signature's source is no ledger host: the shared selection stays; its message stays literal.
        view.table()->setCurrentIndex(shownRowOf(view, 3));
        QCOMPARE(selection.host(), QStringLiteral("192.168.0.20"));
        QVERIFY2(view.detailsText().contains(QStringLiteral("msg: ") + kHostile), qPrintable(view.detailsText()));

        // The new device is named by its MAC only.
        view.table()->setCurrentIndex(shownRowOf(view, 1));
        QCOMPARE(selection.host(), QStringLiteral("02:00:00:00:00:09"));
        QVERIFY(view.detailsText().contains(QStringLiteral("No single frame")));

        QVERIFY(view.showAlert(6));
        QCOMPARE(view.table()->currentIndex().data(gui::AlertsModel::AlertIdRole).toLongLong(), 6);
        QCOMPARE(selection.host(), QStringLiteral("192.168.0.30"));
        QVERIFY(!view.showAlert(99));
    }

    void narrowsToTheSelectedHost()
    {
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.setData(sampleData());
        auto* onlyHost = view.findChild<QCheckBox*>(QStringLiteral("onlySelectedHost"));
        QVERIFY(onlyHost);
        selection.selectHost(QStringLiteral("192.168.0.30"));
        QCOMPARE(view.shownAlerts()->rowCount(), 6);
        onlyHost->setChecked(true);
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{6, 3, 5}));

        // Picking one of its alerts keeps the list and the pick (no loop through the selection).
        view.table()->setCurrentIndex(shownRowOf(view, 6));
        QCOMPARE(selection.host(), QStringLiteral("192.168.0.30"));
        QCOMPARE(view.table()->currentIndex().data(gui::AlertsModel::AlertIdRole).toLongLong(), 6);
        QVERIFY(view.detailsText().contains(QStringLiteral("--alert 6")));

        selection.selectHost(QStringLiteral("192.168.0.10"));
        QCOMPARE(shownIds(view.shownAlerts()), (QList<qlonglong>{6, 2}));
        QCOMPARE(view.table()->currentIndex().data(gui::AlertsModel::AlertIdRole).toLongLong(), 6);
        onlyHost->setChecked(false);
        QCOMPARE(view.shownAlerts()->rowCount(), 6);

        view.setData(nullptr);
        QCOMPARE(view.shownAlerts()->rowCount(), 0);
        QVERIFY(view.detailsText().isEmpty());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MIERUKA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MIERUKA_SCREENSHOT_DIR not set");
        gui::WorkspaceSelection selection;
        gui::AlertsView view(&selection);
        view.resize(1200, 750);
        view.setData(sampleData());
        view.table()->setCurrentIndex(shownRowOf(view, 2));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + QStringLiteral("/alerts.png")));
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alerts_view.moc"
