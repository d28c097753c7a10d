// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

#include "app/gui/ledger_model.h"

using namespace mieruka;

class TestLedgerModel : public QObject {
    Q_OBJECT
private slots:
    void behavesAsAModelAndKeepsHostileTextPlain()
    {
        gui::LedgerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        auto snapshot = std::make_shared<survey::SurveySnapshot>();
        survey::LedgerHost plc;
        plc.host.mac = "00:1b:1b:00:00:01";
        plc.host.ips = {"192.168.0.10"};
        plc.host.packets = 42;
        plc.vendor = "Siemens AG";
        plc.hostname = "<b>PLC</b>=1+2";
        snapshot->hosts.push_back(plc);
        survey::LedgerHost other;
        other.host.ips = {"10.0.0.1", "10.0.0.2"};
        other.host.packets = 7;
        snapshot->hosts.push_back(other);
        model.setSnapshot(snapshot);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(gui::LedgerModel::NUM_COLUMNS));
        QCOMPARE(model.data(model.index(0, gui::LedgerModel::Vendor)).toString(), QStringLiteral("Siemens AG"));
        QCOMPARE(model.data(model.index(1, gui::LedgerModel::Ip)).toString(), QStringLiteral("10.0.0.1, 10.0.0.2"));
        QCOMPARE(model.data(model.index(0, gui::LedgerModel::Packets), gui::LedgerModel::SortRole).toULongLong(), 42ULL);
        // Display text is the raw string (views draw it as plain text); tooltips are escaped.
        QCOMPARE(model.data(model.index(0, gui::LedgerModel::Hostname)).toString(), QStringLiteral("<b>PLC</b>=1+2"));
        const QString tip = model.data(model.index(0, gui::LedgerModel::Hostname), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;PLC&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));

        const QString plcKey = model.data(model.index(0, gui::LedgerModel::Ip), gui::LedgerModel::SortRole).toString();
        const QString otherKey = model.data(model.index(1, gui::LedgerModel::Ip), gui::LedgerModel::SortRole).toString();
        QVERIFY2(otherKey < plcKey, "10.0.0.1 sorts before 192.168.0.10 numerically");

        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLedgerModel)
#include "tst_ledger_model.moc"
