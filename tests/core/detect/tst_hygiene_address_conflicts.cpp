// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/hygiene/arp_spoofing.h"
#include "core/detect/hygiene/duplicate_ip.h"
#include "core/detect/survey_detector.h"

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

void claim(DetectionTestInput& data, const std::string& mac, const std::string& ip, double first, double last,
           const std::string& source = "arp")
{
    analysis::BindingRecord row;
    row.mac = mac;
    row.ip = ip;
    row.source = source;
    row.packets = 10;
    row.firstNs = DetectionTestInput::at(first);
    row.lastNs = DetectionTestInput::at(last);
    data.input.bindings.push_back(row);
}

const std::string kRouter = "00:00:0c:00:00:01";
const std::string kAttacker = "02:00:00:00:00:66";
const std::string kVictim = "00:1b:1b:00:00:07";

/// A gateway, a PLC, and a laptop that poisons the PLC's cache for the gateway's address while
/// relaying the PLC's frames (so it also sends from the PLC's address).
DetectionTestInput gatewayImpersonation()
{
    DetectionTestInput data(60);
    data.addHost(kRouter, "10.0.0.1", 0, 60, "network_device").isRouter = true;
    data.addHost(kVictim, "10.0.0.7", 0, 60, "plc");
    data.addHost(kAttacker, "10.0.0.66", 20, 40);
    claim(data, kRouter, "10.0.0.1", 0, 60);
    claim(data, kVictim, "10.0.0.7", 0, 60);
    claim(data, kVictim, "10.0.0.7", 0, 60, "ip");
    claim(data, kAttacker, "10.0.0.66", 19, 41);
    claim(data, kAttacker, "10.0.0.1", 20, 40);
    claim(data, kAttacker, "10.0.0.7", 20, 40, "ip");
    return data;
}

} // namespace

class TestHygieneAddressConflicts : public QObject {
    Q_OBJECT

private slots:
    void replacementIsNeitherDuplicateNorSpoofing()
    {
        DetectionTestInput data(60);
        claim(data, "00:1b:1b:00:00:01", "10.0.0.5", 0, 10);
        claim(data, "00:1b:1b:00:00:02", "10.0.0.5", 20, 60); // the new PLC takes over the address
        claim(data, "00:1b:1b:00:00:02", "10.0.0.5", 20, 60, "ip");
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
        QVERIFY(runOn<detect::ArpSpoofing>(data).empty());
    }

    void overlappingClaimsOfOneAddressAreADuplicate()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:01", "10.0.0.6", 0, 30, "plc");
        claim(data, "00:1b:1b:00:00:01", "10.0.0.6", 0, 30);
        claim(data, "00:1b:1b:00:00:02", "10.0.0.6", 10, 20, "ip"); // same static address, sending
        claim(data, "00:1b:1b:00:00:03", "10.0.0.6", 40, 50);       // later, alone: not part of it
        claim(data, "00:1b:1b:00:00:09", "0.0.0.0", 10, 20);        // probes are not claims
        claim(data, "00:1b:1b:00:00:08", "0.0.0.0", 10, 20);
        const auto alerts = runOn<detect::DuplicateIp>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("duplicate_ip"));
        QCOMPARE(alerts[0].severity, std::string("medium"));
        QCOMPARE(alerts[0].rule, std::string("10.0.0.6"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.6"));
        QCOMPARE(alerts[0].srcMac, std::string("00:1b:1b:00:00:01"));
        QCOMPARE(alerts[0].dstMac, std::string("00:1b:1b:00:00:02"));
        QCOMPARE(field(alerts[0], "macs"), std::string("00:1b:1b:00:00:01,00:1b:1b:00:00:02"));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(0));
        QCOMPARE(alerts[0].lastNs, DetectionTestInput::at(30));
        QCOMPARE(alerts[0].count, std::uint64_t(2));
        QVERIFY(runOn<detect::ArpSpoofing>(data).empty()); // neither claims anything else
    }

    void gatewayImpersonationIsSpoofingAndNotADuplicate()
    {
        const auto data = gatewayImpersonation();
        const auto alerts = runOn<detect::ArpSpoofing>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("arp_spoofing"));
        QCOMPARE(alerts[0].severity, std::string("high"));
        QCOMPARE(alerts[0].rule, std::string("10.0.0.1"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.66"));
        QCOMPARE(alerts[0].srcMac, kAttacker);
        QCOMPARE(alerts[0].dst, std::string("10.0.0.1"));
        QCOMPARE(alerts[0].dstMac, kRouter);
        QCOMPARE(field(alerts[0], "target"), std::string("gateway"));
        QCOMPARE(field(alerts[0], "also_claimed"), std::string("1"));
        QCOMPARE(field(alerts[0], "also_claimed_examples"), std::string("10.0.0.66"));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(20));
        QCOMPARE(alerts[0].lastNs, DetectionTestInput::at(40));
        // The relayed frames from the PLC's address are the same attack, not a second finding.
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
    }

    void attackerThatLooksLikeARouterStillSpoofsTheGateway()
    {
        auto data = gatewayImpersonation();
        data.input.hosts.back().isRouter = true; // it forwards the PLC's internet traffic
        QCOMPARE(runOn<detect::ArpSpoofing>(data).size(), std::size_t(1));
    }

    void impersonatingTwoHostsIsSpoofingThatDuplicateLeavesAlone()
    {
        DetectionTestInput data(60);
        claim(data, "00:0e:8c:00:00:20", "10.0.1.20", 0, 60); // HMI
        claim(data, "00:1b:1b:00:00:10", "10.0.1.10", 0, 60); // PLC
        claim(data, kAttacker, "10.0.1.10", 20, 40);
        claim(data, kAttacker, "10.0.1.20", 20, 40);
        const auto spoofing = runOn<detect::ArpSpoofing>(data);
        QCOMPARE(spoofing.size(), std::size_t(2));
        QCOMPARE(spoofing[0].rule, std::string("10.0.1.10"));
        QCOMPARE(spoofing[0].src, kAttacker); // no address of its own: named by its MAC
        QCOMPARE(field(spoofing[0], "target"), std::string("host"));
        QCOMPARE(field(spoofing[0], "owner_macs"), std::string("00:1b:1b:00:00:10"));
        QCOMPARE(spoofing[1].rule, std::string("10.0.1.20"));
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
        // With arp_spoofing switched off, the same claims are still reported as duplicates.
        detect::DetectionOptions options;
        options.enabled.reset(static_cast<std::size_t>(detect::AlertType::ArpSpoofing));
        QCOMPARE(runOn<detect::DuplicateIp>(data, options).size(), std::size_t(2));
    }

    void virtualRouterMacIsNotSpoofed()
    {
        DetectionTestInput data(60);
        // VRRP: the virtual MAC answers for the gateway; the backup briefly answers from its own.
        claim(data, "00:00:5e:00:01:0a", "10.0.2.1", 0, 60);
        claim(data, "00:00:0c:00:00:02", "10.0.2.1", 10, 12);
        claim(data, "00:00:0c:00:00:02", "10.0.2.3", 0, 60);
        claim(data, "00:00:0c:07:ac:01", "10.0.2.2", 0, 60); // HSRP
        claim(data, "00:00:0c:00:00:04", "10.0.2.2", 10, 12);
        claim(data, "00:00:0c:00:00:04", "10.0.2.4", 0, 60);
        QVERIFY(runOn<detect::ArpSpoofing>(data).empty());
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
    }

    void proxyArpRouterIsNotSpoofing()
    {
        DetectionTestInput data(60);
        const std::string proxy = "00:00:0c:00:00:05";
        data.addHost(proxy, "10.0.3.1", 0, 60, "network_device").isRouter = true;
        claim(data, proxy, "10.0.3.1", 0, 60);
        claim(data, proxy, "10.0.3.10", 0, 60);
        claim(data, proxy, "10.0.3.11", 0, 60);
        claim(data, "00:1b:1b:00:00:30", "10.0.3.10", 0, 60);
        claim(data, "00:1b:1b:00:00:31", "10.0.3.11", 0, 60);
        QVERIFY(runOn<detect::ArpSpoofing>(data).empty());
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
    }

    void anAddressGivenUpEarlierDoesNotMakeASpoofer()
    {
        DetectionTestInput data(60);
        // A DHCP client moved from .5 to .6, where a static device already was: a conflict only.
        claim(data, "00:50:56:00:00:01", "10.0.4.5", 0, 10);
        claim(data, "00:50:56:00:00:01", "10.0.4.6", 20, 60);
        claim(data, "00:1b:1b:00:00:02", "10.0.4.6", 0, 30);
        QVERIFY(runOn<detect::ArpSpoofing>(data).empty());
        const auto alerts = runOn<detect::DuplicateIp>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].rule, std::string("10.0.4.6"));
    }

    void routerLoopbackAndGroupAddressesAreNotDuplicates()
    {
        DetectionTestInput data(60);
        data.addHost(kRouter, "10.0.0.1", 0, 60, "network_device").isRouter = true;
        claim(data, kRouter, "10.9.0.5", 0, 60, "ip"); // a routed host's frames carry the router MAC
        claim(data, "00:1b:1b:00:00:05", "10.9.0.5", 0, 60, "ip");
        claim(data, "00:1b:1b:00:00:06", "224.0.0.251", 0, 60, "ip");
        claim(data, "00:1b:1b:00:00:07", "224.0.0.251", 0, 60, "ip");
        claim(data, "00:01:01:00:00:01", "127.0.0.1", 0, 60, "ip"); // a loopback capture
        claim(data, "00:01:01:00:00:02", "127.0.0.1", 0, 60, "ip");
        claim(data, "00:00:00:00:00:00", "10.0.0.8", 0, 60, "ip"); // Linux cooked "any" capture
        claim(data, "00:1b:1b:00:00:08", "10.0.0.8", 0, 60, "ip");
        QVERIFY(runOn<detect::DuplicateIp>(data).empty());
    }
};

QTEST_GUILESS_MAIN(TestHygieneAddressConflicts)
#include "tst_hygiene_address_conflicts.moc"
