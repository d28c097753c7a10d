// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/survey/os_inference.h"
#include "core/survey/survey_snapshot.h"

using namespace mieruka;

namespace {

constexpr std::int64_t kSurvey2024 = 1'710'000'000LL * 1'000'000'000; // 2024-03-09

survey::Evidence fact(const char* attribute, const char* value, const char* source, double confidence)
{
    survey::Evidence evidence;
    evidence.attribute = attribute;
    evidence.value = value;
    evidence.source = source;
    evidence.confidence = confidence;
    evidence.count = 1;
    return evidence;
}

} // namespace

class TestOsInference : public QObject {
    Q_OBJECT
private slots:
    void fusesAndDatesTheEndOfLife_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("eol");
        QTest::newRow("xp workstation") << 0 << "windows" << "Windows XP" << "5.1" << true;
        QTest::newRow("2003 server by type bits") << 1 << "windows" << "Windows Server 2003" << "5.2" << true;
        QTest::newRow("centos 6 by banner over tcp guess") << 2 << "linux" << "CentOS 6" << "2.6.32" << true;
        QTest::newRow("windows 10/11 is not dated") << 3 << "windows" << "Windows 10/11" << "10.0" << false;
        QTest::newRow("smb names the edition") << 4 << "windows" << "Windows 7 Enterprise 7601 Service Pack 1" << "6.1" << true;
        QTest::newRow("cisco ios from lldp") << 5 << "embedded" << "Cisco IOS" << "" << false;
        QTest::newRow("windows 7 by dhcp option 55") << 6 << "windows" << "Windows 7" << "6.1" << true;
    }

    void fusesAndDatesTheEndOfLife()
    {
        QFETCH(int, scenario);
        QFETCH(QString, family);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(bool, eol);
        std::vector<survey::Evidence> evidence;
        switch (scenario) {
        case 0:
            evidence = {fact("os_name", "Windows 5.1", "cifs_browser", 0.95), fact("os_version", "5.1", "cifs_browser", 0.95),
                        fact("capabilities", "workstation,nt_workstation", "cifs_browser", 0.95),
                        fact("os_family", "windows", "tcp_syn", 0.8), fact("os_name", "Windows XP/2003", "tcp_syn", 0.8),
                        fact("os_version", "5.1", "tcp_syn", 0.8)};
            break;
        case 1:
            evidence = {fact("os_name", "Windows 5.2", "cifs_browser", 0.95), fact("os_version", "5.2", "cifs_browser", 0.95),
                        fact("capabilities", "workstation,server,nt_workstation,nt_server", "cifs_browser", 0.95)};
            break;
        case 2:
            evidence = {fact("tcp_fingerprint", "64:14600:mss,sok,ts,nop,ws:7:df", "tcp_syn", 1.0),
                        fact("os_family", "linux", "tcp_syn", 0.7), fact("os_name", "Linux 2.6.32-3.x", "tcp_syn", 0.7),
                        fact("os_version", "3", "tcp_syn", 0.7), fact("os_name", "Linux 2.6.32", "ssdp", 0.7),
                        fact("server_banner", "Apache/2.2.15 (CentOS)", "http", 0.9)};
            break;
        case 3:
            evidence = {fact("os_name", "Windows 10.0", "cifs_browser", 0.95), fact("os_version", "10.0", "cifs_browser", 0.95),
                        fact("capabilities", "workstation,nt_workstation", "cifs_browser", 0.95)};
            break;
        case 4:
            evidence = {fact("os_name", "Windows 7 Enterprise 7601 Service Pack 1", "smb", 0.95),
                        fact("os_family", "windows", "tcp_syn", 0.8), fact("os_version", "6.1", "tcp_syn", 0.8)};
            break;
        case 5:
            evidence = {fact("system_description", "Cisco IOS Software, C3560 Software, Version 12.2(44)SE", "lldp", 0.95)};
            break;
        default:
            evidence = {fact("dhcp_fingerprint", "1,15,3,6,44,46,47,31,33,121,249,43,252", "dhcp", 0.95),
                        fact("dhcp_vendor_class", "MSFT 5.0", "dhcp", 0.95),
                        fact("capabilities", "workstation,nt_workstation", "cifs_browser", 0.95)};
            break;
        }
        const auto verdict = survey::OsInference::infer(evidence, kSurvey2024);
        QCOMPARE(QString::fromStdString(verdict.family), family);
        QCOMPARE(QString::fromStdString(verdict.name), name);
        QCOMPARE(QString::fromStdString(verdict.version), version);
        QCOMPARE(verdict.eol, eol);
        QVERIFY(verdict.confidence > 0 && verdict.confidence <= 1);
    }

    void noHintsMeansUnknown()
    {
        const auto verdict = survey::OsInference::infer({fact("hostname", "PLC1", "dhcp", 0.9)}, kSurvey2024);
        QCOMPARE(verdict.family, std::string("unknown"));
        QVERIFY(!verdict.eol);
    }
};

QTEST_GUILESS_MAIN(TestOsInference)
#include "tst_os_inference.moc"
