// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/hygiene/rogue_dhcp.h"
#include "core/detect/survey_detector.h"

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

detect::AlertList runOn(const DetectionTestInput& data, const DetectionTestInput* baseline = nullptr)
{
    const detect::DetectionOptions options;
    const auto window = detect::SurveyDetector::learningWindow(data.input, baseline != nullptr, options);
    const detect::DetectionContext context{data.input, baseline ? baseline->input : data.input, window, options};
    detect::AlertList alerts;
    detect::RogueDhcp::run(context, alerts);
    return alerts;
}

std::string field(const analysis::AlertRecord& alert, const std::string& key)
{
    for (const auto& [name, value] : alert.fields)
        if (name == key)
            return value;
    return {};
}

/// A server's offers and acks, broadcast to port 68, `replies` frames in all.
void answer(DetectionTestInput& data, const std::string& server, double first, double last, std::uint64_t replies = 10)
{
    data.addConversation(server, 67, "255.255.255.255", 68, 17, "dhcp", first, last);
    auto& row = data.input.conversations.back();
    (row.initiatorIsLo ? row.packetsLoToHi : row.packetsHiToLo) = replies;
    (row.initiatorIsLo ? row.packetsHiToLo : row.packetsLoToHi) = 0;
}

/// Client broadcasts (DISCOVER/REQUEST from 0.0.0.0): nobody answers in this row.
void ask(DetectionTestInput& data, double first, double last)
{
    data.addConversation("0.0.0.0", 68, "255.255.255.255", 67, 17, "dhcp", first, last);
    auto& row = data.input.conversations.back();
    (row.initiatorIsLo ? row.packetsHiToLo : row.packetsLoToHi) = 0;
}

} // namespace

class TestHygieneRogueDhcp : public QObject {
    Q_OBJECT

private slots:
    void oneServerIsFine()
    {
        DetectionTestInput data(60);
        ask(data, 0, 60);
        answer(data, "10.0.0.2", 1, 59);
        data.addConversation("10.0.0.1", 67, "10.0.0.2", 67, 17, "dhcp", 1, 59); // relay ↔ server
        QVERIFY(runOn(data).empty());
    }

    void serverAppearingAfterLearningIsRogue()
    {
        DetectionTestInput data(60); // learning: the first 12 minutes
        data.addHost("00:1a:2b:00:00:02", "10.0.0.2", 0, 60, "windows_server");
        data.addHost("c0:ff:ee:00:00:01", "192.168.1.1", 30, 35, "network_device");
        answer(data, "10.0.0.2", 1, 59);
        answer(data, "192.168.1.1", 30, 35, 50); // busier than the real one: still the newcomer
        data.addConversation("192.168.1.1", 67, "10.0.0.55", 68, 17, "dhcp", 31, 32); // a unicast ack
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("rogue_dhcp"));
        QCOMPARE(alerts[0].severity, std::string("high"));
        QCOMPARE(alerts[0].rule, std::string("dhcp_server"));
        QCOMPARE(alerts[0].src, std::string("192.168.1.1"));
        QCOMPARE(alerts[0].srcMac, std::string("c0:ff:ee:00:00:01"));
        QCOMPARE(field(alerts[0], "legitimate"), std::string("10.0.0.2"));
        QCOMPARE(field(alerts[0], "replies"), std::string("60"));
        QCOMPARE(field(alerts[0], "clients"), std::string("2"));
        QCOMPARE(alerts[0].count, std::uint64_t(2));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(30));
        QCOMPARE(alerts[0].lastNs, DetectionTestInput::at(35));
    }

    void serversLearnedTogetherAreBothLegitimate()
    {
        DetectionTestInput data(60);
        answer(data, "10.0.0.2", 1, 59);  // e.g. a DHCP failover pair, or two VLANs in one capture
        answer(data, "10.0.1.2", 5, 59);
        QVERIFY(runOn(data).empty());
    }

    void withoutLearnedServersTheBusiestIsLegitimate()
    {
        DetectionTestInput data(60);
        answer(data, "10.0.0.2", 20, 59, 40);
        answer(data, "10.0.0.99", 25, 30, 4);
        const auto alerts = runOn(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.0.99"));
        QCOMPARE(field(alerts[0], "legitimate"), std::string("10.0.0.2"));
    }

    void baselineSurveyNamesTheLegitimateServer()
    {
        DetectionTestInput baseline(60);
        answer(baseline, "10.0.0.2", 1, 59);
        DetectionTestInput data(60);
        answer(data, "10.0.0.99", 1, 59); // the plant's server stayed quiet this time
        const auto alerts = runOn(data, &baseline);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].src, std::string("10.0.0.99"));
        QVERIFY(runOn(baseline, &baseline).empty());
    }
};

QTEST_GUILESS_MAIN(TestHygieneRogueDhcp)
#include "tst_hygiene_rogue_dhcp.moc"
