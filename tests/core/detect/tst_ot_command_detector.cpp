// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/ot_command_detector.h"
#include "core/detect/ot_command_rules.h"
#include "core/detect/survey_detector.h"

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

analysis::OperationRecord operation(const std::string& src, const std::string& dst, const std::string& protocol,
                                    const std::string& operationClass, const std::string& name, std::uint32_t code,
                                    double firstMinute)
{
    analysis::OperationRecord row;
    row.srcIp = src;
    row.dstIp = dst;
    row.protocol = protocol;
    row.operationClass = operationClass;
    row.name = name;
    row.code = code;
    row.count = 2;
    row.firstNs = DetectionTestInput::at(firstMinute);
    row.lastNs = row.firstNs + 1000;
    row.captureId = 1;
    row.packetNumber = 77;
    return row;
}

detect::AlertList runWith(const DetectionTestInput& data, const detect::OtCommandRules& rules)
{
    const detect::DetectionOptions options;
    const auto window = detect::SurveyDetector::learningWindow(data.input, false, options);
    const detect::DetectionContext context{data.input, data.input, window, options};
    detect::AlertList alerts;
    detect::OtCommandDetector::run(context, rules, false, alerts);
    return alerts;
}

} // namespace

class TestOtCommandDetector : public QObject {
    Q_OBJECT

private slots:
    void bundledTableLoadsCleanly()
    {
        const auto rules = detect::OtCommandRules::bundled();
        QVERIFY(rules.problems().empty());
        QVERIFY(rules.rules().size() >= 5);
    }

    void controlAlwaysAlertsWithTheOperationAndItsFrame()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc");
        data.input.operations.push_back(operation("10.0.0.50", "10.0.0.10", "s7comm", "control", "PLC Stop", 0x29, 5));
        data.input.operations.push_back(operation("10.0.0.50", "10.0.0.10", "s7comm", "read", "Read Var", 4, 40));
        const auto alerts = runWith(data, detect::OtCommandRules::bundled());
        QCOMPARE(alerts.size(), std::size_t(1)); // in the learning period too: a stop is never routine
        const auto& alert = alerts[0];
        QCOMPARE(alert.type, std::string("ot_command"));
        QCOMPARE(alert.severity, std::string("critical"));
        QCOMPARE(alert.src, std::string("10.0.0.50"));
        QCOMPARE(alert.dst, std::string("10.0.0.10"));
        QCOMPARE(alert.dstMac, std::string("00:1b:1b:00:00:01"));
        QCOMPARE(alert.count, std::uint64_t(2));
        QCOMPARE(alert.packetNumber, std::uint64_t(77));
        QCOMPARE(alert.fields.at(0), std::make_pair(std::string("operation_class"), std::string("control")));
        QCOMPARE(alert.fields.at(1), std::make_pair(std::string("operation"), std::string("PLC Stop")));
    }

    void writesAlertOnlyWhenNew()
    {
        DetectionTestInput data(60);
        data.input.operations.push_back(operation("10.0.0.20", "10.0.0.10", "modbus", "write", "Write Single Register", 6, 1));
        data.input.operations.push_back(operation("10.0.0.50", "10.0.0.10", "modbus", "write", "Write Single Register", 6, 30));
        const auto alerts = runWith(data, detect::OtCommandRules::bundled());
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.0.50"));
        QCOMPARE(alerts[0].severity, std::string("medium"));
    }

    void allowRowsExemptATerminal()
    {
        const auto rules = detect::OtCommandRules::parse(
            "allow\t10.0.0.0/24\t*\ts7comm\tprogram\t*\talways\tinfo\n"
            "allow\t*\t*\t*\t*\t0x29\talways\tinfo\n"
            "alert\t*\t*\t*\tprogram\t*\talways\thigh\r\n");
        QVERIFY(rules.problems().empty());
        DetectionTestInput data(60);
        data.input.operations.push_back(operation("10.0.0.50", "10.0.0.10", "s7comm", "program", "Download Block", 0x1a, 30));
        data.input.operations.push_back(operation("10.0.1.66", "10.0.0.10", "s7comm", "program", "Download Block", 0x1a, 30));
        data.input.operations.push_back(operation("10.0.1.66", "10.0.0.10", "s7comm", "program", "PLC Stop", 0x29, 30));
        const auto alerts = runWith(data, rules);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.1.66"));
        QCOMPARE(alerts[0].severity, std::string("high"));
    }

    void badRowsAreReportedAndSkipped()
    {
        const auto rules = detect::OtCommandRules::parse("alert\t*\t*\n"
                                                         "block\t*\t*\t*\t*\t*\talways\thigh\n"
                                                         "alert\t*\t*\t*\t*\t*\tsometimes\thigh\n"
                                                         "alert\t*\t*\t*\t*\t*\talways\tsevere\n"
                                                         "alert\t*\t*\t*\tcontrol\t*\talways\tcritical\n");
        QCOMPARE(rules.problems().size(), std::size_t(4));
        QCOMPARE(rules.rules().size(), std::size_t(1));
    }

    void addressPatterns()
    {
        QVERIFY(detect::addressPatternMatches("*", "", ""));
        QVERIFY(detect::addressPatternMatches("192.168.10.0/24", "192.168.10.7", ""));
        QVERIFY(!detect::addressPatternMatches("192.168.10.0/24", "192.168.11.7", ""));
        QVERIFY(detect::addressPatternMatches("2001:db8::/32", "2001:db8::5", ""));
        QVERIFY(detect::addressPatternMatches("00:1B:1B:00:00:01", "", "00:1b:1b:00:00:01"));
        QVERIFY(!detect::addressPatternMatches("10.0.0.0/33", "10.0.0.1", ""));
        QVERIFY(!detect::addressPatternMatches("10.0.0.0/x", "10.0.0.1", ""));
    }
};

QTEST_GUILESS_MAIN(TestOtCommandDetector)
#include "tst_ot_command_detector.moc"
