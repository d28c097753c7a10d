// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/hygiene/internet_exposure.h"
#include "core/detect/survey_detector.h"

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

detect::AlertList runOn(const DetectionTestInput& data)
{
    const detect::DetectionOptions options;
    const auto window = detect::SurveyDetector::learningWindow(data.input, false, options);
    const detect::DetectionContext context{data.input, data.input, window, options};
    detect::AlertList alerts;
    detect::InternetExposure::run(context, alerts);
    return alerts;
}

std::string field(const analysis::AlertRecord& alert, const std::string& key)
{
    for (const auto& [name, value] : alert.fields)
        if (name == key)
            return value;
    return {};
}

void silenceServer(analysis::ConversationRecord& row)
{
    (row.initiatorIsLo ? row.packetsHiToLo : row.packetsLoToHi) = 0;
    (row.initiatorIsLo ? row.bytesHiToLo : row.bytesLoToHi) = 0;
}

/// A segment with a PLC, an HMI, an office PC and its router; internet peers sit behind the router.
DetectionTestInput plant()
{
    DetectionTestInput data(60);
    data.addHost("00:1b:1b:00:00:10", "10.0.0.10", 0, 60, "plc").otServer = {"modbus"};
    data.addHost("00:0e:8c:00:00:20", "10.0.0.20", 0, 60, "hmi").otClient = {"modbus"};
    data.addHost("00:50:56:00:00:30", "10.0.0.30", 0, 60, "windows_pc");
    data.addHost("00:00:0c:00:00:01", "10.0.0.1", 0, 60, "network_device").isRouter = true;
    data.addHost("", "8.8.8.8", 0, 60);
    data.addHost("", "9.9.9.9", 0, 60);
    return data;
}

} // namespace

class TestHygieneInternetExposure : public QObject {
    Q_OBJECT

private slots:
    void otClientReachingOutIsOneOutboundAlert()
    {
        auto data = plant();
        data.addConversation("10.0.0.20", 50000, "8.8.8.8", 53, 17, "dns", 1, 2);
        data.addConversation("10.0.0.20", 50001, "9.9.9.9", 443, 6, "https", 3, 4);
        data.addConversation("10.0.0.20", 50002, "9.9.9.9", 443, 6, "https", 5, 6);
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("internet_exposure"));
        QCOMPARE(alerts[0].rule, std::string("outbound"));
        QCOMPARE(alerts[0].severity, std::string("high"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.20"));
        QCOMPARE(alerts[0].srcMac, std::string("00:0e:8c:00:00:20"));
        QCOMPARE(field(alerts[0], "peers"), std::string("2"));
        QCOMPARE(field(alerts[0], "example_peer"), std::string("9.9.9.9")); // the most bytes
        QCOMPARE(field(alerts[0], "ports"), std::string("53,443"));
        QCOMPARE(field(alerts[0], "bytes"), std::string("6000"));
        QCOMPARE(alerts[0].count, std::uint64_t(3));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(1));
        QCOMPARE(alerts[0].lastNs, DetectionTestInput::at(6));
    }

    void inboundToAnAnsweringOtServerIsCritical()
    {
        auto data = plant();
        data.addConversation("9.9.9.9", 40000, "10.0.0.10", 502, 6, "modbus", 10, 11);
        // A probe the HMI never answered: inbound, but only high.
        data.addConversation("8.8.8.8", 40001, "10.0.0.20", 3389, 6, "rdp", 12, 12);
        silenceServer(data.input.conversations.back());
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alerts[0].src, std::string("10.0.0.10"));
        QCOMPARE(alerts[0].rule, std::string("inbound"));
        QCOMPARE(alerts[0].severity, std::string("critical"));
        QCOMPARE(field(alerts[0], "ports"), std::string("502"));
        QCOMPARE(field(alerts[0], "answered"), std::string("1"));
        QCOMPARE(alerts[1].src, std::string("10.0.0.20"));
        QCOMPARE(alerts[1].rule, std::string("inbound"));
        QCOMPARE(alerts[1].severity, std::string("high"));
        QCOMPARE(field(alerts[1], "answered"), std::string("0"));
    }

    void unansweredProbeOfAPlcIsHighNotCritical()
    {
        auto data = plant();
        data.addConversation("9.9.9.9", 40000, "10.0.0.10", 102, 6, "s7comm", 10, 10);
        silenceServer(data.input.conversations.back());
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].severity, std::string("high"));
    }

    void captureStartingMidConversationKeepsTheDirection()
    {
        auto data = plant();
        // The PLC's reply was the first frame seen: it is still the internet side's connection.
        data.addConversation("10.0.0.10", 502, "9.9.9.9", 40000, 6, "modbus", 10, 11);
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].rule, std::string("inbound"));
        QCOMPARE(field(alerts[0], "ports"), std::string("502"));
    }

    void officeBrowsingAndPlantTrafficAreNotExposure()
    {
        auto data = plant();
        data.addConversation("10.0.0.30", 50000, "8.8.8.8", 443, 6, "https", 1, 2); // office PC
        data.addConversation("10.0.0.20", 50001, "10.0.0.10", 502, 6, "modbus", 0, 60); // private peer
        data.addConversation("10.0.0.1", 50002, "9.9.9.9", 123, 17, "ntp", 1, 2);     // the router itself
        // A plant numbered from public space: a neighbour with its own MAC is not the internet.
        data.addHost("00:1b:1b:00:00:11", "11.0.0.5", 0, 60, "plc").otServer = {"modbus"};
        data.addConversation("10.0.0.20", 50003, "11.0.0.5", 502, 6, "modbus", 0, 60);
        // …and a neighbour in its own /24 that never answered (so has no MAC) is local too.
        data.addHost("00:1a:2b:3c:4d:5e", "11.0.0.9", 0, 60, "hmi").otClient = {"bacnet"};
        data.addConversation("11.0.0.9", 47808, "11.0.0.77", 47808, 17, "bacnet", 0, 60);
        QVERIFY(runOn(data).empty());
    }

    void ipOnlyOtHostIsNotJudged()
    {
        auto data = plant();
        // Behind the router, known only by address: not a device of this segment.
        data.addHost("", "10.9.0.10", 0, 60, "plc").otServer = {"modbus"};
        data.addConversation("9.9.9.9", 40000, "10.9.0.10", 502, 6, "modbus", 10, 11);
        QVERIFY(runOn(data).empty());
    }
};

QTEST_GUILESS_MAIN(TestHygieneInternetExposure)
#include "tst_hygiene_internet_exposure.moc"
