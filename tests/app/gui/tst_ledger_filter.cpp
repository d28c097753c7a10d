// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QTest>

#include "app/gui/ledger_filter.h"
#include "app/gui/ledger_model.h"

using namespace mieruka;

namespace {

survey::LedgerHost host(const char* ip, const char* vendor, const char* role, std::vector<std::string> protocols,
                        std::int64_t firstNs, std::int64_t lastNs)
{
    survey::LedgerHost row;
    row.host.ips = {ip};
    row.host.firstSeenNs = firstNs;
    row.host.lastSeenNs = lastNs;
    row.vendor = vendor;
    row.role = role;
    row.protocols = std::move(protocols);
    return row;
}

} // namespace

class TestLedgerFilter : public QObject {
    Q_OBJECT
private slots:
    void narrowsByEveryChoice()
    {
        auto snapshot = std::make_shared<survey::SurveySnapshot>();
        snapshot->hosts.push_back(host("192.168.1.10", "Siemens AG", "plc", {"s7comm", "arp"}, 100, 900));
        snapshot->hosts.push_back(host("192.168.1.20", "Dell Inc.", "hmi", {"s7comm", "http"}, 100, 300));
        snapshot->hosts.push_back(host("192.168.2.30", "Siemens AG", "plc", {"modbus"}, 500, 900));
        gui::LedgerModel model;
        model.setSnapshot(snapshot);
        gui::LedgerFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);
        filter.setRoleId(QStringLiteral("plc"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSubnet(QStringLiteral("192.168.1.0/24"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setRoleId({});
        filter.setSubnet({});
        filter.setVendor(QStringLiteral("Siemens AG"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setVendor({});
        filter.setProtocol(QStringLiteral("s7comm"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setProtocol(QStringLiteral("s7"));        // a label, not a substring
        QCOMPARE(filter.rowCount(), 0);
        filter.setProtocol({});
        filter.setTimeRange(400, 0);                      // hosts still sending after 400
        QCOMPARE(filter.rowCount(), 2);
        filter.setTimeRange(0, 200);                      // hosts that had started by 200
        QCOMPARE(filter.rowCount(), 2);
        filter.setTimeRange(0, 0);
        filter.setText(QStringLiteral("dell"));
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerFilter)
#include "tst_ledger_filter.moc"
