// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/hygiene/hygiene_detectors.h"
#include "core/detect/hygiene/scan.h"
#include "core/detect/survey_detector.h"

#include <string>

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

detect::AlertList runOn(const DetectionTestInput& data, const detect::DetectionOptions& options = {},
                        const DetectionTestInput* baseline = nullptr)
{
    const auto window = detect::SurveyDetector::learningWindow(data.input, baseline != nullptr, options);
    const detect::DetectionContext context{data.input, baseline ? baseline->input : data.input, window, options};
    detect::AlertList alerts;
    detect::Scan::run(context, alerts);
    return alerts;
}

std::string field(const analysis::AlertRecord& alert, const std::string& key)
{
    for (const auto& [name, value] : alert.fields)
        if (name == key)
            return value;
    return {};
}

constexpr double kSecond = 1.0 / 60;

/// `count` probes from `scanner` to `prefix`1, 2, …, one every `gapSeconds` from `minute` on,
/// none answered.
void sweep(DetectionTestInput& data, const std::string& scanner, const std::string& prefix, int count, double minute,
           double gapSeconds, int port = 445, int ipProtocol = 6)
{
    for (int i = 0; i < count; ++i) {
        const double at = minute + i * gapSeconds * kSecond;
        data.addConversation(scanner, 40000 + i, prefix + std::to_string(i + 1), port, ipProtocol, "tcp", at, at);
        auto& row = data.input.conversations.back();
        row.hasPorts = ipProtocol == 6 || ipProtocol == 17;
        if (!row.hasPorts)
            row.loPort = row.hiPort = 0;
        (row.initiatorIsLo ? row.packetsHiToLo : row.packetsLoToHi) = 0;
    }
}

} // namespace

class TestHygieneScan : public QObject {
    Q_OBJECT

private slots:
    void hostSweepWithinTheWindow()
    {
        DetectionTestInput data(60);
        data.addHost("02:00:00:00:00:99", "10.0.0.99", 0, 60);
        sweep(data, "10.0.0.99", "10.0.5.", 20, 30, 1.5); // 20 hosts in 30 s
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("scan"));
        QCOMPARE(alerts[0].severity, std::string("medium"));
        QCOMPARE(alerts[0].rule, std::string("host_sweep"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.99"));
        QCOMPARE(alerts[0].srcMac, std::string("02:00:00:00:00:99"));
        QVERIFY(alerts[0].dst.empty());
        QCOMPARE(field(alerts[0], "targets"), std::string("20"));
        QCOMPARE(field(alerts[0], "total_targets"), std::string("20"));
        QCOMPARE(field(alerts[0], "ports"), std::string("1"));
        QCOMPARE(field(alerts[0], "window"), std::string("60"));
        QCOMPARE(alerts[0].count, std::uint64_t(20));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(30));
    }

    void icmpSweepCounts()
    {
        DetectionTestInput data(60);
        sweep(data, "10.0.0.99", "10.0.6.", 16, 30, 1, 0, 1);
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(field(alerts[0], "ports"), std::string("0"));
    }

    void slowOrSmallSweepIsNot()
    {
        DetectionTestInput data(60);
        sweep(data, "10.0.0.99", "10.0.5.", 20, 5, 90); // one host every 90 s
        sweep(data, "10.0.0.98", "10.0.7.", 15, 5, 1);  // one short of the threshold
        QVERIFY(runOn(data).empty());
        detect::DetectionOptions options;
        options.scanHosts = 15;
        QCOMPARE(runOn(data, options).size(), std::size_t(1));
    }

    void hmiPollingItsPlcsFromTheFirstMinuteIsNotAScan()
    {
        DetectionTestInput data(60);
        data.addHost("00:0e:8c:00:00:20", "10.0.0.20", 0, 60, "hmi");
        for (int i = 1; i <= 30; ++i)
            data.addConversation("10.0.0.20", 50000 + i, "10.0.1." + std::to_string(i), 502, 6, "modbus", i * kSecond, 60);
        QVERIFY(runOn(data).empty());
    }

    void groupAndInternetTargetsAreNotScanned()
    {
        DetectionTestInput data(60);
        sweep(data, "10.0.0.30", "239.1.1.", 20, 10, 1, 5000, 17); // multicast groups
        sweep(data, "10.0.0.31", "10.0.9.", 20, 10, 0.5);          // plant addresses: a sweep
        for (int i = 0; i < 20; ++i)                                 // office browsing
            data.addConversation("10.0.0.32", 50000 + i, "52.0.0." + std::to_string(i + 1), 443, 6, "https", 10, 10);
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.0.31"));
    }

    void portScanOfOneTarget()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:10", "10.0.0.10", 0, 60, "plc");
        // The engineering station's usual session, then 40 ports probed in 20 s.
        data.addConversation("10.0.0.21", 50000, "10.0.0.10", 102, 6, "s7comm", 0, 60);
        for (int port = 1; port <= 40; ++port) {
            const double at = 30 + port * 0.5 * kSecond;
            data.addConversation("10.0.0.21", 41000, "10.0.0.10", port, 6, "tcp", at, at);
        }
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].rule, std::string("port_scan"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.21"));
        QCOMPARE(alerts[0].dst, std::string("10.0.0.10"));
        QCOMPARE(alerts[0].dstMac, std::string("00:1b:1b:00:00:10"));
        QCOMPARE(field(alerts[0], "ports"), std::string("40"));
        QCOMPARE(field(alerts[0], "total_ports"), std::string("40"));
        QCOMPARE(field(alerts[0], "example_ports"), std::string("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16"));
        QCOMPARE(alerts[0].count, std::uint64_t(40));
    }

    void fewPortsIsNotAPortScan()
    {
        DetectionTestInput data(60);
        for (int port = 1; port <= 31; ++port)
            data.addConversation("10.0.0.21", 41000, "10.0.0.10", port, 6, "tcp", 30, 30);
        QVERIFY(runOn(data).empty());
    }

    void targetsKnownFromTheBaselineSurveyAreNotNew()
    {
        DetectionTestInput baseline(60);
        sweep(baseline, "10.0.0.99", "10.0.5.", 20, 30, 1);
        DetectionTestInput data(60);
        sweep(data, "10.0.0.99", "10.0.5.", 20, 30, 1);
        QVERIFY(runOn(data, {}, &baseline).empty());
        DetectionTestInput other(60);
        sweep(other, "10.0.0.99", "10.0.8.", 20, 30, 1);
        QCOMPARE(runOn(other, {}, &baseline).size(), std::size_t(1));
    }

    void runnerHonoursTheSwitches()
    {
        DetectionTestInput data(60);
        sweep(data, "10.0.0.99", "10.0.5.", 20, 30, 1);
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 23, 6, "telnet", 1, 2);
        detect::DetectionOptions options;
        const auto window = detect::SurveyDetector::learningWindow(data.input, false, options);
        detect::AlertList all;
        detect::runHygieneDetectors({data.input, data.input, window, options}, all);
        QCOMPARE(all.size(), std::size_t(2));
        options.enabled.reset(static_cast<std::size_t>(detect::AlertType::Scan));
        detect::AlertList some;
        detect::runHygieneDetectors({data.input, data.input, window, options}, some);
        QCOMPARE(some.size(), std::size_t(1));
        QCOMPARE(some[0].type, std::string("cleartext_protocol"));
    }
};

QTEST_GUILESS_MAIN(TestHygieneScan)
#include "tst_hygiene_scan.moc"
