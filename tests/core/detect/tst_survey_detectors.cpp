// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/new_communication_detector.h"
#include "core/detect/new_device_detector.h"
#include "core/detect/silent_device_detector.h"
#include "core/detect/survey_detector.h"
#include "core/detect/volume_band_detector.h"

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

template <typename Detector>
detect::AlertList runOn(const DetectionTestInput& data, const detect::DetectionOptions& options = {})
{
    const auto window = detect::SurveyDetector::learningWindow(data.input, false, options);
    const detect::DetectionContext context{data.input, data.input, window, options};
    detect::AlertList alerts;
    Detector::run(context, alerts);
    return alerts;
}

std::string field(const analysis::AlertRecord& alert, const std::string& key)
{
    for (const auto& [name, value] : alert.fields)
        if (name == key)
            return value;
    return {};
}

} // namespace

class TestSurveyDetectors : public QObject {
    Q_OBJECT

private slots:
    void learningWindowIsTheFirstFifthByDefault()
    {
        DetectionTestInput data(100);
        const auto window = detect::SurveyDetector::learningWindow(data.input, false, {});
        QCOMPARE(window.baselineUntilNs, DetectionTestInput::at(20));
        QCOMPARE(window.detectFromNs, DetectionTestInput::at(20));
        detect::DetectionOptions options;
        options.learningUntilNs = DetectionTestInput::at(50);
        QCOMPARE(detect::SurveyDetector::learningWindow(data.input, false, options).detectFromNs, DetectionTestInput::at(50));
        const auto separate = detect::SurveyDetector::learningWindow(data.input, true, options);
        QVERIFY(separate.learned(DetectionTestInput::at(99)));
        QVERIFY(separate.judged(DetectionTestInput::at(0)));
    }

    void newDeviceIsAPlantHostFirstSeenAfterLearning()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc");
        data.addHost("00:1b:1b:00:00:02", "10.0.0.11", 30, 60).otClient = {"s7comm"};
        data.addHost("", "203.0.113.7", 40, 41);          // an internet peer is not a plant device
        data.addHost("", "10.9.9.9", 45, 46);             // a private host behind a router is
        const auto alerts = runOn<detect::NewDeviceDetector>(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].src, std::string("10.0.0.11"));
        QCOMPARE(alerts[0].severity, std::string("high")); // it already speaks S7
        QCOMPARE(alerts[0].type, std::string("new_device"));
        QCOMPARE(field(alerts[0], "mac"), std::string("00:1b:1b:00:00:02"));
        QCOMPARE(alerts[1].src, std::string("10.9.9.9"));
        QCOMPARE(alerts[1].severity, std::string("medium"));
    }

    void newDeviceKnownByEitherAddressIsNotNew()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 10);
        data.addHost("00:1b:1b:00:00:09", "10.0.0.10", 30, 60); // replaced hardware, same IP
        QVERIFY(runOn<detect::NewDeviceDetector>(data).empty());
    }

    void silentDeviceThatStopsIsReportedWhenItWentQuiet()
    {
        DetectionTestInput data(60);
        auto& hmi = data.addHost("00:0e:8c:00:00:01", "10.0.0.20", 0, 35.5, "hmi");
        (void)hmi;
        for (int minute = 0; minute <= 35; ++minute)
            data.addHostMinute("10.0.0.20", minute);
        const auto alerts = runOn<detect::SilentDeviceDetector>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("device_silent"));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(35.5));
        QCOMPARE(field(alerts[0], "returned"), std::string("false"));
        QCOMPARE(field(alerts[0], "usual_interval_s"), std::string("60"));
    }

    void silentDeviceNeedsSeveralTimesItsUsualGap()
    {
        DetectionTestInput data(90);
        data.addHost("00:0e:8c:00:00:02", "10.0.0.21", 0, 88);
        // Sends every third minute: a 9-minute pause is normal for it, a 30-minute one is not.
        for (int minute = 0; minute <= 88; minute += 3)
            if (minute < 40 || minute > 48)
                data.addHostMinute("10.0.0.21", minute);
        QVERIFY(runOn<detect::SilentDeviceDetector>(data).empty());
        DetectionTestInput gap(120);
        gap.addHost("00:0e:8c:00:00:02", "10.0.0.21", 0, 118);
        for (int minute = 0; minute <= 118; minute += 3)
            if (minute < 40 || minute > 75)
                gap.addHostMinute("10.0.0.21", minute);
        const auto alerts = runOn<detect::SilentDeviceDetector>(gap);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(field(alerts[0], "returned"), std::string("true"));
    }

    void silentDeviceIgnoresTheGapBetweenCaptureFiles()
    {
        DetectionTestInput data(60);
        data.input.spans = {{DetectionTestInput::at(0), DetectionTestInput::at(30)},
                            {DetectionTestInput::at(45), DetectionTestInput::at(60)}};
        data.addHost("00:0e:8c:00:00:03", "10.0.0.22", 0, 60);
        for (int minute = 0; minute < 60; ++minute)
            if (minute < 30 || minute >= 45)
                data.addHostMinute("10.0.0.22", minute);
        QVERIFY(runOn<detect::SilentDeviceDetector>(data).empty());
    }

    void volumeBandFindsASpikeAndAStoppedPoll()
    {
        DetectionTestInput data(60);
        data.addHost("00:0e:8c:00:00:01", "10.0.0.20", 0, 60, "hmi");
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc");
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 102, 6, "s7comm", 0, 60);
        for (int minute = 0; minute < 60; ++minute) {
            std::uint64_t bytes = 42'000 + static_cast<std::uint64_t>((minute * 7919) % 2000); // ±2 % jitter
            if (minute == 40)
                bytes *= 6;
            if (minute >= 50 && minute < 53)
                bytes = 0;
            if (bytes)
                data.addPairMinute("10.0.0.20", "10.0.0.10", minute, bytes);
        }
        const auto alerts = runOn<detect::VolumeBandDetector>(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].rule, std::string("above"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.20")); // the client first
        QCOMPARE(alerts[0].dst, std::string("10.0.0.10"));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(40));
        QCOMPARE(alerts[1].rule, std::string("below"));
        QCOMPARE(alerts[1].count, std::uint64_t(3));
        QCOMPARE(alerts[1].firstNs, DetectionTestInput::at(50));
    }

    void volumeBandIgnoresIrregularPairs()
    {
        DetectionTestInput data(60);
        for (int minute = 0; minute < 60; minute += 4) // office chatter: every few minutes, any size
            data.addPairMinute("10.0.0.50", "10.0.0.60", minute, static_cast<std::uint64_t>(1000 + minute * 900));
        QVERIFY(runOn<detect::VolumeBandDetector>(data).empty());
    }

    void newCommunicationJudgesPairsAgainstTheRoutine()
    {
        DetectionTestInput data(60);
        data.addHost("00:0e:8c:00:00:01", "10.0.0.20", 0, 60, "hmi").otClient = {"s7comm"};
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc").otServer = {"s7comm"};
        data.addHost("00:1b:1b:00:00:02", "10.0.0.11", 0, 60, "plc").otServer = {"s7comm"};
        data.addHost("00:0c:29:00:00:01", "10.0.0.50", 0, 60, "engineering_workstation");
        data.addHost("00:0c:29:00:00:02", "10.0.0.60", 0, 60, "windows_pc");
        data.addHost("00:0c:29:00:00:03", "10.0.0.70", 0, 60, "historian");
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 102, 6, "s7comm", 0, 60);
        data.addConversation("10.0.0.20", 50001, "10.0.0.11", 102, 6, "s7comm", 0, 60);
        data.addConversation("10.0.0.60", 50002, "10.0.0.70", 80, 6, "http", 1, 2);
        data.addConversation("10.0.0.50", 50003, "10.0.0.70", 80, 6, "http", 2, 3);
        // After the learning period:
        data.addConversation("10.0.0.20", 50004, "10.0.0.10", 102, 6, "s7comm", 30, 31); // same pair again
        data.addConversation("10.0.0.50", 50005, "10.0.0.11", 102, 6, "s7comm", 31, 32); // EWS engineering: routine
        data.addConversation("10.0.0.60", 50006, "10.0.0.10", 102, 6, "s7comm", 32, 33); // office PC speaks S7
        data.addConversation("10.0.0.60", 50007, "10.0.0.70", 445, 6, "smb", 33, 34);    // SMB never offered
        data.addConversation("10.0.0.50", 50008, "10.0.0.70", 80, 6, "http", 34, 35);    // learned pair
        data.addConversation("10.0.0.20", 50009, "10.0.0.70", 80, 6, "http", 35, 36);    // offered IT service
        data.addConversation("10.0.0.60", 138, "10.0.0.255", 138, 17, "browser", 36, 36); // broadcast
        const auto alerts = runOn<detect::NewCommunicationDetector>(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].src, std::string("10.0.0.60"));
        QCOMPARE(alerts[0].dst, std::string("10.0.0.10"));
        QCOMPARE(alerts[0].severity, std::string("high"));
        QCOMPARE(field(alerts[0], "port"), std::string("102"));
        QCOMPARE(alerts[1].dst, std::string("10.0.0.70"));
        QCOMPARE(field(alerts[1], "port"), std::string("445"));
    }

    void newCommunicationFromANewDeviceIsAlwaysNew()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc").otServer = {"s7comm"};
        data.addHost("00:0e:8c:00:00:01", "10.0.0.20", 0, 60, "hmi");
        data.addHost("a4:11:94:00:00:01", "10.0.0.200", 40, 45, "engineering_workstation");
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 102, 6, "s7comm", 0, 60);
        data.addConversation("10.0.0.200", 50001, "10.0.0.10", 102, 6, "s7comm", 41, 42);
        const auto alerts = runOn<detect::NewCommunicationDetector>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.0.200"));
    }

    void aShortCaptureIsNotComparedWithItself()
    {
        DetectionTestInput data(5); // one minute of "learning" says nothing about routine
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 5, "plc");
        data.addHost("00:1b:1b:00:00:02", "10.0.0.11", 3, 5);
        analysis::OperationRecord write;
        write.srcIp = "10.0.0.11";
        write.dstIp = "10.0.0.10";
        write.protocol = "modbus";
        write.operationClass = "write";
        write.name = "Write Single Register";
        write.code = 6;
        write.count = 1;
        write.firstNs = write.lastNs = DetectionTestInput::at(0.5);
        data.input.operations.push_back(write);
        const auto result = detect::SurveyDetector::run(data.input, nullptr, {});
        QVERIFY(result.learningTooShort);
        QCOMPARE(result.alerts.size(), std::size_t(1));
        QCOMPARE(result.alerts[0].type, std::string("ot_command")); // no new_device for 10.0.0.11
    }

    void silenceAbsorbsItsPairsBelowBand()
    {
        DetectionTestInput data(60);
        data.addHost("00:0e:8c:00:00:01", "10.0.0.20", 0, 35.5, "hmi");
        data.addHost("00:1b:1b:00:00:01", "10.0.0.10", 0, 60, "plc");
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 102, 6, "s7comm", 0, 35.5);
        for (int minute = 0; minute <= 35; ++minute) {
            data.addHostMinute("10.0.0.20", minute);
            data.addPairMinute("10.0.0.20", "10.0.0.10", minute, 40'000);
        }
        detect::DetectionOptions options;
        options.enabled.reset();
        options.enabled.set(static_cast<std::size_t>(detect::AlertType::DeviceSilent));
        options.enabled.set(static_cast<std::size_t>(detect::AlertType::VolumeBand));
        const auto result = detect::SurveyDetector::run(data.input, nullptr, options);
        QCOMPARE(result.alerts.size(), std::size_t(1));
        QCOMPARE(result.alerts[0].type, std::string("device_silent"));
        QCOMPARE(field(result.alerts[0], "pairs_below_band"), std::string("1"));
    }
};

QTEST_GUILESS_MAIN(TestSurveyDetectors)
#include "tst_survey_detectors.moc"
