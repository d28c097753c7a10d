// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/survey/report_model.h"
#include "core/survey/report_redaction.h"
#include "snapshot_text.h"

using namespace mieruka;

namespace {

survey::LedgerHost host(const std::string& mac, const std::string& ip)
{
    survey::LedgerHost h;
    h.host.mac = mac;
    h.host.ips = {ip};
    return h;
}

survey::Evidence evidence(const std::string& attribute, const std::string& value)
{
    survey::Evidence e;
    e.attribute = attribute;
    e.value = value;
    e.capture = "/home/site/captures/line1.pcapng";
    return e;
}

/// A PLC, an engineering PC in the same /24 and an HMI with an IPv6 address in another, with
/// names, a serial and addresses inside free text.
survey::SurveySnapshot plant()
{
    survey::SurveySnapshot s;
    s.hosts = {host("00:80:f4:a1:b2:01", "10.1.1.10"), host("00:1c:42:a1:b2:02", "10.1.1.20"),
               host("00:0b:ab:a1:b2:03", "10.1.2.30")};
    auto& plc = s.hosts[0];
    plc.hostname = "LINE1-PLC";
    plc.serial = "S C-1234";
    plc.evidence = {evidence("hostname", "line1-plc"), evidence("serial_number", "S C-1234"),
                    evidence("firmware_version", "4.2.1.7"), evidence("system_description", "PLC at 10.1.1.10")};
    s.hosts[2].host.ips.push_back("fd00::30");

    analysis::ConversationRecord conversation;
    conversation.lo = "10.1.1.10";
    conversation.hi = "10.1.2.30";
    conversation.packetsLoToHi = 5;
    s.conversations = {conversation};
    analysis::EndpointRecord broadcast;
    broadcast.address = "255.255.255.255";
    s.endpoints = {broadcast};

    analysis::OperationRecord stop;
    stop.srcIp = "10.1.1.20";
    stop.srcMac = "00:1c:42:a1:b2:02";
    stop.dstIp = "10.1.1.10";
    s.operations = {stop};

    analysis::AlertRecord alert;
    alert.type = "new_communication";
    alert.src = "10.1.1.20";
    alert.dst = "fd00::30";
    alert.rule = "10.1.1.20 10.1.2.30:502";
    alert.fields = {{"ip", "10.1.2.30"}, {"hostname", "LINE1-PLC"}, {"peer", "line1-plc.plant.local"}, {"serial", "S C-1234"}};
    s.alerts = {alert};

    s.captures.push_back({});
    s.captures.back().path = "/home/site/captures/line1.pcapng";
    return s;
}

} // namespace

class TestReportRedaction : public QObject {
    Q_OBJECT
private slots:
    void pseudonyms();
    void nothingLeaks();
    void modelUsesRedactedSnapshot();
};

void TestReportRedaction::pseudonyms()
{
    const auto redacted = survey::redactSnapshot(plant());
    QCOMPARE(test::dump(redacted), test::dump(survey::redactSnapshot(plant()))); // deterministic

    const auto& plc = redacted.hosts[0];
    QCOMPARE(plc.host.ips.front(), std::string("10.0.1.10"));                    // first /24 seen, last octet kept
    QCOMPARE(redacted.hosts[1].host.ips.front(), std::string("10.0.1.20"));      // the same /24 stays together
    QCOMPARE(redacted.hosts[2].host.ips.front(), std::string("10.0.2.30"));
    QCOMPARE(redacted.hosts[2].host.ips.back(), std::string("2001:db8::1"));
    QCOMPARE(plc.host.mac, std::string("00:80:f4:00:00:01"));                    // the OUI stays, the NIC part counts
    QCOMPARE(redacted.hosts[1].host.mac, std::string("00:1c:42:00:00:02"));
    QCOMPARE(plc.hostname, std::string("host-0001"));
    QVERIFY(plc.serial.empty());
    QCOMPARE(plc.evidence.size(), std::size_t(3));
    QCOMPARE(plc.evidence[0].value, std::string("host-0001"));
    QCOMPARE(plc.evidence[0].capture, std::string("line1.pcapng"));
    QCOMPARE(plc.evidence[1].value, std::string("4.2.1.7"));                     // a firmware, not an address
    QCOMPARE(plc.evidence[2].value, std::string("PLC at 10.0.1.10"));

    QCOMPARE(redacted.conversations[0].lo, std::string("10.0.1.10"));
    QCOMPARE(redacted.conversations[0].hi, std::string("10.0.2.30"));
    QCOMPARE(redacted.endpoints[0].address, std::string("255.255.255.255"));    // names nothing
    QCOMPARE(redacted.operations[0].srcIp, std::string("10.0.1.20"));
    QCOMPARE(redacted.operations[0].srcMac, std::string("00:1c:42:00:00:02"));
    const auto& alert = redacted.alerts[0];
    QCOMPARE(alert.dst, std::string("2001:db8::1"));
    QCOMPARE(alert.rule, std::string("10.0.1.20 10.0.2.30:502"));
    QCOMPARE(alert.fields.size(), std::size_t(3));
    QCOMPARE(alert.fields[0].second, std::string("10.0.2.30"));
    QCOMPARE(alert.fields[1].second, std::string("host-0001"));
    QCOMPARE(alert.fields[2].second, std::string("host-0001.plant.local"));
    QCOMPARE(redacted.captures[0].path, std::string("line1.pcapng"));
}

void TestReportRedaction::nothingLeaks()
{
    const std::string text = test::dump(survey::redactSnapshot(plant()));
    for (const char* original : {"10.1.", "fd00::30", "a1:b2", "LINE1", "line1-plc", "S C-1234", "/home/site"})
        QVERIFY2(text.find(original) == std::string::npos, original);
}

void TestReportRedaction::modelUsesRedactedSnapshot()
{
    survey::ReportOptions options;
    options.redact = true;
    const auto model = survey::buildReportModel(plant(), {}, {}, options);
    QCOMPARE(model.snapshot.hosts[0].hostname, std::string("host-0001"));
    QCOMPARE(model.subnets.size(), std::size_t(2));
    for (const auto& subnet : model.subnets)
        QVERIFY(subnet.rfind("10.0.", 0) == 0);
    QCOMPARE(model.topPairs.front().key, std::string("10.0.1.10 ↔ 10.0.2.30"));
}

QTEST_GUILESS_MAIN(TestReportRedaction)
#include "tst_report_redaction.moc"
