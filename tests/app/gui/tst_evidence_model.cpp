// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

#include "app/gui/evidence_model.h"

using namespace mieruka;

class TestEvidenceModel : public QObject {
    Q_OBJECT
private slots:
    void showsTheSelectedHostsEvidence()
    {
        gui::EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        auto snapshot = std::make_shared<survey::SurveySnapshot>();
        survey::LedgerHost plc;
        plc.evidence.push_back({"vendor", "Siemens AG", "oui", 1.0, 0, std::string(), 0, 1});
        plc.evidence.push_back({"firmware_version", "V3.2.6", "s7comm", 0.95, 1'700'000'000'000'000'000LL,
                                "/captures/<b>plant.pcap", 1234, 3});
        snapshot->hosts.push_back(plc);
        snapshot->hosts.push_back(survey::LedgerHost{});

        model.setHost(snapshot, 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, gui::EvidenceModel::Value)).toString(), QStringLiteral("V3.2.6"));
        QCOMPARE(model.data(model.index(1, gui::EvidenceModel::Source)).toString(), QStringLiteral("s7comm"));
        QCOMPARE(model.data(model.index(1, gui::EvidenceModel::Frame)).toULongLong(), 1234ULL);
        QCOMPARE(model.data(model.index(1, gui::EvidenceModel::Capture)).toString(), QStringLiteral("<b>plant.pcap"));
        QVERIFY(!model.data(model.index(1, gui::EvidenceModel::Capture), Qt::ToolTipRole).toString().contains(QStringLiteral("<b>")));
        QVERIFY(!model.data(model.index(0, gui::EvidenceModel::Frame)).isValid()); // the OUI is not tied to a frame

        model.setHost(snapshot, 1);
        QCOMPARE(model.rowCount(), 0);
        model.setHost(snapshot, 7); // out of range: cleared, not a crash
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEvidenceModel)
#include "tst_evidence_model.moc"
