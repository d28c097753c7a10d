// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "detection_test_input.h"

#include "core/detect/hygiene/cleartext_protocol.h"
#include "core/detect/hygiene/opcua_no_security.h"
#include "core/detect/hygiene/smbv1.h"
#include "core/detect/survey_detector.h"

using namespace mieruka;
using tests::DetectionTestInput;

namespace {

template <typename Detector>
detect::AlertList runOn(const DetectionTestInput& data)
{
    const detect::DetectionOptions options;
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

void silenceServer(analysis::ConversationRecord& row)
{
    (row.initiatorIsLo ? row.packetsHiToLo : row.packetsLoToHi) = 0;
    (row.initiatorIsLo ? row.bytesHiToLo : row.bytesLoToHi) = 0;
}

/// A security_finding about `ip`, first seen in frame `packet` of capture 7.
void addFinding(DetectionTestInput& data, const std::string& ip, const std::string& value, double minute,
                std::uint64_t packet, const std::string& protocol = "test")
{
    analysis::EvidenceRecord row;
    row.ip = ip;
    row.attribute = "security_finding";
    row.value = value;
    row.protocol = protocol;
    row.confidence = 0.95;
    row.count = 1;
    row.firstNs = row.lastNs = DetectionTestInput::at(minute);
    row.packetNumber = packet;
    row.captureId = 7;
    data.input.evidence.push_back(row);
}

const analysis::AlertRecord* findAlert(const detect::AlertList& alerts, const std::string& rule, const std::string& src,
                                       const std::string& dst)
{
    for (const auto& alert : alerts)
        if (alert.rule == rule && alert.src == src && alert.dst == dst)
            return &alert;
    return nullptr;
}

} // namespace

class TestHygieneProtocolFindings : public QObject {
    Q_OBJECT

private slots:
    void cleartextByPortNeedsAnAnswerExceptTftp()
    {
        DetectionTestInput data(60);
        data.addHost("00:0e:8c:00:00:20", "10.0.0.20", 0, 60, "hmi");
        data.addConversation("10.0.0.20", 50000, "10.0.0.10", 23, 6, "telnet", 1, 2);
        data.addConversation("10.0.0.20", 50001, "10.0.0.10", 23, 6, "telnet", 3, 4);
        data.addConversation("10.0.0.20", 50002, "10.0.0.11", 23, 6, "telnet", 5, 5); // SYN, no answer
        silenceServer(data.input.conversations.back());
        data.addConversation("10.0.0.20", 50003, "10.0.0.12", 69, 17, "tftp", 6, 6); // request only
        silenceServer(data.input.conversations.back());
        data.addConversation("10.0.0.20", 50004, "10.0.0.13", 5901, 6, "tcp", 7, 8);
        data.addConversation("10.0.0.20", 50005, "10.0.0.13", 22, 6, "ssh", 7, 8); // encrypted: fine
        data.addConversation("10.0.0.20", 50006, "10.0.0.14", 514, 17, "syslog", 7, 8); // udp/514 is syslog
        data.addConversation("127.0.0.1", 50008, "127.0.0.1", 23, 6, "telnet", 7, 8);   // never on the wire
        // The server's reply was the first frame seen: the client is still the one on 50007.
        data.addConversation("10.0.0.15", 21, "10.0.0.21", 50007, 6, "ftp", 9, 10);

        const auto alerts = runOn<detect::CleartextProtocol>(data);
        QCOMPARE(alerts.size(), std::size_t(4));
        const auto* telnet = findAlert(alerts, "telnet", "10.0.0.20", "10.0.0.10");
        QVERIFY(telnet);
        QCOMPARE(telnet->type, std::string("cleartext_protocol"));
        QCOMPARE(telnet->severity, std::string("high"));
        QCOMPARE(telnet->srcMac, std::string("00:0e:8c:00:00:20"));
        QCOMPARE(telnet->count, std::uint64_t(2));
        QCOMPARE(telnet->firstNs, DetectionTestInput::at(1));
        QCOMPARE(telnet->lastNs, DetectionTestInput::at(4));
        QCOMPARE(field(*telnet, "ports"), std::string("23"));
        QCOMPARE(field(*telnet, "packets"), std::string("40"));
        const auto* tftp = findAlert(alerts, "tftp", "10.0.0.20", "10.0.0.12");
        QVERIFY(tftp);
        QCOMPARE(tftp->severity, std::string("medium"));
        const auto* vnc = findAlert(alerts, "vnc", "10.0.0.20", "10.0.0.13");
        QVERIFY(vnc);
        QCOMPARE(vnc->severity, std::string("high"));
        QCOMPARE(field(*vnc, "ports"), std::string("5901"));
        QVERIFY(findAlert(alerts, "ftp", "10.0.0.21", "10.0.0.15"));
    }

    void httpBasicAuthPairsClientAndServerThatBothShowIt()
    {
        DetectionTestInput data(60);
        addFinding(data, "10.0.0.50", "http_basic_auth", 5, 500, "http");
        addFinding(data, "10.0.0.30", "http_basic_auth_sent", 4, 400, "http");
        addFinding(data, "10.0.0.51", "http_basic_auth", 6, 600, "http"); // no conversation: server alone
        data.addConversation("10.0.0.30", 50000, "10.0.0.50", 8080, 6, "tcp", 3, 9);
        data.addConversation("10.0.0.31", 50001, "10.0.0.50", 8080, 6, "tcp", 3, 9); // no credentials seen
        const auto alerts = runOn<detect::CleartextProtocol>(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        const auto* pair = findAlert(alerts, "http_basic_auth", "10.0.0.30", "10.0.0.50");
        QVERIFY(pair);
        QCOMPARE(pair->severity, std::string("medium"));
        QCOMPARE(pair->protocol, std::string("http"));
        QCOMPARE(pair->packetNumber, std::uint64_t(400)); // the earliest evidence
        QCOMPARE(pair->captureId, std::int64_t(7));
        QCOMPARE(field(*pair, "findings"), std::string("http_basic_auth,http_basic_auth_sent"));
        QCOMPARE(pair->firstNs, DetectionTestInput::at(3));
        const auto* lone = findAlert(alerts, "http_basic_auth", "", "10.0.0.51");
        QVERIFY(lone);
        QCOMPARE(lone->count, std::uint64_t(1));
        QCOMPARE(lone->packetNumber, std::uint64_t(600));
        QCOMPARE(lone->firstNs, DetectionTestInput::at(6));
    }

    void snmpCommunityNeedsTheAgentsEvidence()
    {
        DetectionTestInput data(60);
        addFinding(data, "10.0.0.60", "snmp_community_public", 2, 20, "snmp");
        data.addConversation("10.0.0.30", 40000, "10.0.0.60", 161, 17, "snmp", 1, 50);
        data.addConversation("10.0.0.60", 40001, "10.0.0.30", 162, 17, "snmp-trap", 5, 5); // a trap
        data.addConversation("10.0.0.30", 40002, "10.0.0.61", 161, 17, "snmp", 1, 50);     // v3, no finding
        const auto alerts = runOn<detect::CleartextProtocol>(data);
        QCOMPARE(alerts.size(), std::size_t(2));
        const auto* poll = findAlert(alerts, "snmp_community", "10.0.0.30", "10.0.0.60");
        QVERIFY(poll);
        QCOMPARE(poll->protocol, std::string("snmp"));
        QCOMPARE(field(*poll, "findings"), std::string("snmp_community_public"));
        QCOMPARE(poll->packetNumber, std::uint64_t(20));
        QVERIFY(findAlert(alerts, "snmp_community", "10.0.0.60", "10.0.0.30"));
    }

    void smbv1PairsHostsThatBothSpokeIt()
    {
        DetectionTestInput data(60);
        data.addHost("00:50:56:00:00:30", "10.0.0.30", 0, 60, "windows_pc");
        addFinding(data, "10.0.0.30", "smbv1", 3, 30, "smb");
        addFinding(data, "10.0.0.40", "smbv1", 2, 20, "smb");
        addFinding(data, "10.0.0.41", "smbv1", 4, 40, "smb"); // no SMB conversation seen
        addFinding(data, "10.0.0.43", "smbv1", 4, 43, "smb");
        addFinding(data, "10.0.0.44", "smbv1", 4, 44, "smb");
        data.addConversation("10.0.0.30", 50000, "10.0.0.40", 445, 6, "smb", 1, 10);
        data.addConversation("10.0.0.30", 50001, "10.0.0.42", 445, 6, "smb", 1, 10); // SMB2 peer
        data.addConversation("10.0.0.43", 50002, "10.0.0.44", 139, 6, "netbios-ssn", 1, 10);
        const auto alerts = runOn<detect::Smbv1>(data);
        QCOMPARE(alerts.size(), std::size_t(3));
        const auto* pair = findAlert(alerts, "smbv1", "10.0.0.30", "10.0.0.40");
        QVERIFY(pair);
        QCOMPARE(pair->type, std::string("smbv1"));
        QCOMPARE(pair->severity, std::string("high"));
        QCOMPARE(pair->srcMac, std::string("00:50:56:00:00:30"));
        QCOMPARE(pair->packetNumber, std::uint64_t(20));
        QCOMPARE(field(*pair, "ports"), std::string("445"));
        const auto* netbios = findAlert(alerts, "smbv1", "10.0.0.43", "10.0.0.44");
        QVERIFY(netbios);
        QCOMPARE(field(*netbios, "ports"), std::string("139"));
        const auto* lone = findAlert(alerts, "smbv1", "10.0.0.41", "");
        QVERIFY(lone);
        QCOMPARE(lone->packetNumber, std::uint64_t(40));
        QVERIFY(!findAlert(alerts, "smbv1", "10.0.0.30", "10.0.0.42"));
    }

    void smbv1NeedsTheFinding()
    {
        DetectionTestInput data(60);
        addFinding(data, "10.0.0.30", "http_basic_auth", 3, 30, "http");
        data.addConversation("10.0.0.30", 50000, "10.0.0.40", 445, 6, "smb", 1, 10);
        QVERIFY(runOn<detect::Smbv1>(data).empty());
    }

    void opcuaWithoutSecurityIsOneAlertPerServer()
    {
        DetectionTestInput data(60);
        data.addHost("00:1b:1b:00:00:70", "10.0.0.70", 0, 60, "plc");
        addFinding(data, "10.0.0.70", "opcua_security_mode_none", 5, 50, "opcua");
        addFinding(data, "10.0.0.70", "opcua_security_policy_none", 3, 30, "opcua");
        addFinding(data, "10.0.0.71", "snmp_community_public", 3, 31, "snmp"); // another finding
        data.addConversation("10.0.0.20", 50000, "10.0.0.70", 4840, 6, "opcua", 1, 60);
        data.addConversation("10.0.0.21", 50001, "10.0.0.70", 4840, 6, "opcua", 1, 60);
        data.addConversation("10.0.0.22", 50002, "10.0.0.70", 502, 6, "modbus", 1, 60);
        const auto alerts = runOn<detect::OpcuaNoSecurity>(data);
        QCOMPARE(alerts.size(), std::size_t(1));
        QCOMPARE(alerts[0].type, std::string("opcua_no_security"));
        QCOMPARE(alerts[0].severity, std::string("medium"));
        QCOMPARE(alerts[0].src, std::string("10.0.0.70"));
        QCOMPARE(alerts[0].srcMac, std::string("00:1b:1b:00:00:70"));
        QCOMPARE(field(alerts[0], "findings"), std::string("opcua_security_mode_none,opcua_security_policy_none"));
        QCOMPARE(field(alerts[0], "clients"), std::string("2"));
        QCOMPARE(alerts[0].count, std::uint64_t(2));
        QCOMPARE(alerts[0].packetNumber, std::uint64_t(30));
        QCOMPARE(alerts[0].firstNs, DetectionTestInput::at(3));
        QCOMPARE(alerts[0].lastNs, DetectionTestInput::at(5));
    }
};

QTEST_GUILESS_MAIN(TestHygieneProtocolFindings)
#include "tst_hygiene_protocol_findings.moc"
