// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "core/survey/report_findings.h"
#include "core/survey/report_model.h"
#include "core/survey/report_redaction.h"
#include "core/survey/report_risk.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"
#include "snapshot_text.h"

#include <algorithm>

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

struct Station {
    const char* mac;
    const char* ip;
};

// A cell: an HMI polls a Modbus PLC; an engineering PC in another /24 stops an S7 PLC and logs
// into the Modbus PLC over telnet.
constexpr Station kHmi{"00:0b:ab:5e:71:01", "192.168.1.50"};
constexpr Station kPlc{"00:80:f4:5e:71:10", "192.168.1.10"};
constexpr Station kS7{"00:1b:1b:5e:71:20", "192.168.1.20"};
constexpr Station kEws{"00:1c:42:5e:71:30", "192.168.2.30"};
constexpr Station kAll[] = {kHmi, kPlc, kS7, kEws};

test::Bytes frame(const Station& from, const Station& to, std::uint16_t fromPort, std::uint16_t toPort, const test::Bytes& payload)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).tcp(fromPort, toPort, tcp).payload(payload).build();
}

std::vector<test::CaptureFrame> cell()
{
    const std::int64_t start = 1'700'000'000LL * kSecond;
    std::vector<test::CaptureFrame> frames;
    for (int second = 1; second <= 600; ++second) {
        const std::int64_t at = start + second * kSecond;
        frames.push_back({at, frame(kHmi, kPlc, 40001, 502, test::bytesFromHex("000100000006010300000001"))});
        frames.push_back({at + kSecond / 100, frame(kPlc, kHmi, 502, 40001, test::bytesFromHex("00010000000501030200aa"))});
        if (second % 60 == 0) {
            frames.push_back({at + kSecond / 5, frame(kEws, kPlc, 50023, 23, test::bytesFromString("admin\r\n"))});
            frames.push_back({at + kSecond / 4, frame(kPlc, kEws, 23, 50023, test::bytesFromString("Password: "))});
        }
    }
    const std::int64_t late = start + 500 * kSecond;
    frames.push_back({late, frame(kHmi, kPlc, 40001, 502, test::bytesFromHex("0001000000060a060005000b"))});
    frames.push_back({late + kSecond, frame(kEws, kS7, 50102, 102,
                                            test::bytesFromHex("0300002102f0803201000000020010000029000000000009505f50524f4752414d"))});
    std::sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a.timestampNs < b.timestampNs; });
    return frames;
}

/// The parts of a model a renderer reads, as text, to compare two builds.
std::string dump(const survey::ReportModel& model)
{
    std::string text = test::dump(model.snapshot);
    for (const auto& s : model.sections)
        text += s + ',';
    for (const auto& f : model.findings) {
        text += f.id + f.category + f.severity + std::to_string(f.incidents) + std::to_string(f.occurrences);
        for (const auto& h : f.hosts)
            text += h;
        for (const auto& [k, v] : f.details)
            text += k + std::to_string(v);
    }
    for (const auto& c : model.risk.contributions)
        text += c.factor + std::to_string(c.points);
    for (const auto* rows : {&model.topHostsByBytes, &model.topHostsByPeers, &model.topPairs, &model.topServices})
        for (const auto& r : *rows)
            text += r.key + std::to_string(r.bytes) + std::to_string(r.peers);
    for (const auto& row : model.otCommands)
        text += row.requester + row.target + row.operationClass + row.name + std::to_string(row.count);
    for (const auto& p : model.traffic)
        text += std::to_string(p.minute) + ':' + std::to_string(p.bytes);
    for (const auto& s : model.subnets)
        text += s;
    return text + std::to_string(model.risk.score);
}

const survey::Finding* findingOf(const survey::ReportModel& model, const std::string& id)
{
    for (const auto& finding : model.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

survey::LedgerHost host(const std::string& mac, const std::string& ip, const std::string& role, bool eol = false)
{
    survey::LedgerHost h;
    h.host.mac = mac;
    h.host.ips = {ip};
    h.role = role;
    h.os.name = eol ? "Windows XP" : "";
    h.os.eol = eol;
    return h;
}

analysis::AlertRecord alert(const std::string& type, const std::string& severity, const std::string& rule,
                            std::uint64_t count, std::int64_t first, std::int64_t last)
{
    analysis::AlertRecord a;
    a.type = type;
    a.severity = severity;
    a.rule = rule;
    a.count = count;
    a.firstNs = first;
    a.lastNs = last;
    a.src = "10.1.1.20";
    a.dst = "10.1.1.10";
    return a;
}

/// Four hosts, alerts of three kinds, a PLC stop and one minute above the bandwidth threshold.
survey::SurveySnapshot constructed()
{
    survey::SurveySnapshot s;
    s.hosts = {host("00:80:f4:a1:b2:01", "10.1.1.10", "plc"), host("00:1c:42:a1:b2:02", "10.1.1.20", "windows_pc", true),
               host("00:0b:ab:a1:b2:03", "10.1.2.30", "hmi"), host("00:50:56:a1:b2:04", "10.1.3.40", "windows_server")};
    s.alerts = {alert("ot_command", "high", "s7comm:PLC Stop", 3, 100, 200),
                alert("ot_command", "critical", "s7comm:Download", 1, 50, 300),
                alert("broadcast_storm", "medium", "arp", 10, 10, 20), alert("cleartext_protocol", "low", "telnet", 2, 5, 6)};
    analysis::OperationRecord stop;
    stop.srcIp = "10.1.1.20";
    stop.dstIp = "10.1.1.10";
    stop.protocol = "s7comm";
    stop.operationClass = "control";
    stop.name = "PLC Stop";
    stop.count = 3;
    analysis::OperationRecord read = stop;
    read.operationClass = "read";
    read.name = "Read Var";
    analysis::OperationRecord write = stop;
    write.operationClass = "write";
    write.name = "Write Var";
    write.count = 7;
    s.operations = {read, write, stop};
    analysis::ConversationRecord poll, discovery;
    poll.ipProtocol = 6;
    poll.lo = "10.1.1.10";
    poll.hi = "10.1.2.30";
    poll.protocol = "modbus";
    poll.packetsLoToHi = poll.packetsHiToLo = 10;
    poll.bytesLoToHi = poll.bytesHiToLo = 1000;
    discovery.ipProtocol = 17;
    discovery.lo = "10.1.1.20";
    discovery.hi = "255.255.255.255";
    discovery.protocol = "netbios-ns";
    discovery.packetsLoToHi = 50;
    discovery.bytesLoToHi = 5000;
    s.conversations = {poll, discovery};
    return s;
}

std::vector<analysis::SeriesRecord> constructedSeries()
{
    using Kind = analysis::SeriesRecord::Kind;
    return {{Kind::Protocol, 1000, "modbus", 100, 400'000'000, 0, 0}, {Kind::Protocol, 1000, "arp", 10, 600, 0, 0},
            {Kind::Protocol, 1001, "modbus", 100, 1'000, 0, 0}, {Kind::Host, 1000, "10.1.1.10", 5, 5, 5, 5}};
}

} // namespace

class TestReportModel : public QObject {
    Q_OBJECT
private slots:
    void importedSurvey();
    void findingsAndRisk();
    void riskIsCapped();
    void sections();
};

void TestReportModel::importedSurvey()
{
    QTemporaryDir dir;
    const std::string capture = dir.filePath(QStringLiteral("cell.pcap")).toStdString();
    QVERIFY(test::writeFile(capture, test::makePcap(cell())));
    store::SurveyStore store(dir.filePath(QStringLiteral("cell.mieruka")).toStdString());
    ingest::Importer(store, &capture::openCaptureSource, {}).run({capture});
    const auto snapshot = survey::SurveySnapshot::load(store);
    const auto series = store.series(analysis::SeriesRecord::Kind::Protocol);

    const auto model = survey::buildReportModel(snapshot, series, {"Plant", "Customer", "Consultant"}, {});

    // OT commands: the stop (control) outranks the write, reads are left out.
    QVERIFY(model.otCommands.size() >= 2);
    QCOMPARE(model.otCommands[0].operationClass, std::string("control"));
    QCOMPARE(model.otCommands[0].requester, std::string(kEws.ip));
    QCOMPARE(model.otCommands[0].target, std::string(kS7.ip));
    QCOMPARE(model.otCommands[1].operationClass, std::string("write"));
    QCOMPARE(model.otCommands[1].requester, std::string(kHmi.ip));
    for (const auto& row : model.otCommands)
        QVERIFY(row.operationClass != "read");

    // Traffic: the per-minute totals add up to the series, peaks are the busiest minutes.
    std::uint64_t seriesBytes = 0, trafficBytes = 0;
    for (const auto& record : series)
        seriesBytes += record.txBytes;
    for (const auto& point : model.traffic)
        trafficBytes += point.bytes;
    QCOMPARE(trafficBytes, seriesBytes);
    QVERIFY(model.traffic.size() >= 10);
    QCOMPARE(model.peaks.size(), std::size_t(5));
    for (std::size_t i = 1; i < model.peaks.size(); ++i)
        QVERIFY(model.peaks[i - 1].bytes >= model.peaks[i].bytes);
    for (const auto& point : model.traffic)
        QVERIFY(point.bytes <= model.peaks[0].bytes);

    // Rankings and inventory.
    QCOMPARE(model.topServices.front().key, std::string("modbus"));
    QCOMPARE(model.topPairs.front().key, std::string(kPlc.ip) + " ↔ " + std::string(kHmi.ip));
    QCOMPARE(model.topHostsByPeers.front().peers, std::uint64_t(2));
    QCOMPARE(model.hostCount, std::uint64_t(3)); // the S7 PLC never answers: the ledger lists senders
    QCOMPARE(model.subnets.front(), std::string("192.168.1.0/24"));
    QVERIFY(model.bidirectionalShare > 0.5);
    QVERIFY(contains(model.linkTypes, "1"));

    // Findings carry their standards; the S7 stop and the telnet login are security findings.
    QCOMPARE(model.findings.front().id, std::string("ot_command"));
    QCOMPARE(model.findings.front().severity, std::string("critical"));
    QVERIFY(contains(model.findings.front().hosts, kS7.ip));
    const auto* cleartext = findingOf(model, "cleartext_protocol");
    QVERIFY(cleartext);
    QCOMPARE(cleartext->category, std::string("security"));
    QVERIFY(contains(cleartext->iec62443, "SR 4.1"));
    int sum = 0;
    for (const auto& c : model.risk.contributions)
        sum += c.points;
    QCOMPARE(sum, model.risk.score);
    QVERIFY(std::any_of(model.risk.contributions.begin(), model.risk.contributions.end(),
                        [](const auto& c) { return c.factor == "ot_critical_commands"; }));

    // Deterministic, and the redacted build names none of the stations.
    QCOMPARE(dump(survey::buildReportModel(snapshot, series, {}, {})), dump(survey::buildReportModel(snapshot, series, {}, {})));
    survey::ReportOptions redact;
    redact.redact = true;
    const auto shared = survey::buildReportModel(snapshot, series, {}, redact);
    QCOMPARE(dump(shared), dump(survey::buildReportModel(snapshot, series, {}, redact)));
    const std::string text = dump(shared);
    for (const auto& station : kAll) {
        QVERIFY2(text.find(station.ip) == std::string::npos, station.ip);
        QVERIFY2(text.find(station.mac) == std::string::npos, station.mac);
    }
    QCOMPARE(shared.otCommands.size(), model.otCommands.size());
    QCOMPARE(shared.topPairs.front().bytes, model.topPairs.front().bytes);
    QCOMPARE(shared.subnets.size(), model.subnets.size());
    QVERIFY(shared.captures.front().path == "cell.pcap");
}

void TestReportModel::findingsAndRisk()
{
    const auto model = survey::buildReportModel(constructed(), constructedSeries(), {}, {});

    const auto* command = findingOf(model, "ot_command");
    QVERIFY(command);
    QCOMPARE(&model.findings.front(), command); // critical comes first
    QCOMPARE(command->severity, std::string("critical"));
    QCOMPARE(command->category, std::string("security"));
    QCOMPARE(command->incidents, std::uint64_t(2));
    QCOMPARE(command->occurrences, std::uint64_t(4));
    QCOMPARE(command->firstNs, std::int64_t(50));
    QCOMPARE(command->lastNs, std::int64_t(300));
    QCOMPARE(command->hosts, (std::vector<std::string>{"10.1.1.10", "10.1.1.20"}));
    QCOMPARE(command->details.front(), (std::pair<std::string, std::uint64_t>{"s7comm:PLC Stop", 3}));
    QVERIFY(contains(command->iec62443, "SR 1.1"));
    QVERIFY(contains(command->meti, "3.2.2"));

    QCOMPARE(findingOf(model, "broadcast_storm")->category, std::string("availability"));
    const auto* eol = findingOf(model, "eol_os"); // from the ledger: no eol_os alert
    QVERIFY(eol);
    QCOMPARE(eol->severity, std::string("medium"));
    QCOMPARE(eol->hosts, (std::vector<std::string>{"10.1.1.20"}));
    const auto* flat = findingOf(model, "flat_network");
    QVERIFY(flat);
    QCOMPARE(flat->incidents, std::uint64_t(1));
    QCOMPARE(flat->details.front().first, std::string("10.1.1.0/24"));
    QVERIFY(contains(flat->iec62443, "SR 5.1"));
    const auto* bandwidth = findingOf(model, "bandwidth");
    QVERIFY(bandwidth);
    QCOMPARE(bandwidth->category, std::string("availability"));
    QCOMPARE(bandwidth->severity, std::string("medium"));

    QCOMPARE(model.traffic.size(), std::size_t(2));
    QCOMPARE(model.traffic[0].broadcastPackets, std::uint64_t(10));
    QCOMPARE(model.peaks.front().minute, std::int64_t(1000));
    QCOMPARE(model.topHostsByBytes.size(), std::size_t(3)); // 255.255.255.255 is no host
    QCOMPARE(model.topHostsByBytes.front().key, std::string("10.1.1.20"));
    QCOMPARE(model.topHostsByBytes.front().peers, std::uint64_t(0));
    QCOMPARE(model.topHostsByPeers.front().key, std::string("10.1.1.10"));
    QCOMPARE(model.topPairs.front().key, std::string("10.1.1.20 ↔ 255.255.255.255"));
    QCOMPARE(model.topServices.front().key, std::string("netbios-ns"));
    QCOMPARE(model.bidirectionalShare, 1.0);
    QCOMPARE(model.otHostCount, std::uint64_t(2));
    QCOMPARE(model.eolHosts.size(), std::size_t(1));
    QCOMPARE(model.controllers.size(), std::size_t(1));
    QCOMPARE(model.otCommands.size(), std::size_t(2));
    QCOMPARE(model.otCommands[0].name, std::string("PLC Stop"));

    // ot_command 12+1, flat 10, critical commands 10, eol 1/4 of 20 = 5, storm 4, bandwidth 4, telnet 2.
    std::vector<std::pair<std::string, int>> expected{{"ot_command", 13},     {"flat_network", 10}, {"ot_critical_commands", 10},
                                                      {"eol_share", 5},       {"bandwidth", 4},     {"broadcast_storm", 4},
                                                      {"cleartext_protocol", 2}};
    std::vector<std::pair<std::string, int>> actual;
    for (const auto& c : model.risk.contributions)
        actual.emplace_back(c.factor, c.points);
    std::sort(actual.begin() + 1, actual.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QCOMPARE(actual, expected);
    QCOMPARE(model.risk.score, 48);
    QCOMPARE(model.risk.rating, std::string("medium"));
}

void TestReportModel::riskIsCapped()
{
    std::vector<survey::Finding> findings(10);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        findings[i].id = "type" + std::to_string(i);
        findings[i].severity = "critical";
        findings[i].incidents = 50;
    }
    const auto risk = survey::scoreRisk(findings, {});
    QCOMPARE(risk.score, 100);
    QCOMPARE(risk.rating, std::string("critical"));
    int sum = 0;
    for (const auto& c : risk.contributions)
        sum += c.points;
    QCOMPARE(sum, 100);
    QCOMPARE(survey::riskRating(24), std::string("low"));
    QCOMPARE(survey::riskRating(25), std::string("medium"));
    QCOMPARE(survey::riskRating(74), std::string("high"));
}

void TestReportModel::sections()
{
    const auto all = survey::buildReportModel(constructed(), {}, {}, {});
    QVERIFY(!contains(all.sections, "diff"));
    QCOMPARE(all.sections.size(), std::size_t(10));
    QCOMPARE(all.sections.front(), std::string("summary"));
    const auto withDiff = survey::buildReportModel(constructed(), {}, {}, {}, survey::SurveyDiff{});
    QCOMPARE(withDiff.sections.size(), std::size_t(11));
    QVERIFY(withDiff.diff.has_value());
    survey::ReportOptions some;
    some.sections = {"findings", "diff", "summary"};
    QCOMPARE(survey::buildReportModel(constructed(), {}, {}, some).sections, (std::vector<std::string>{"summary", "findings"}));
    QCOMPARE(survey::buildReportModel(constructed(), {}, {}, some, survey::SurveyDiff{}).sections,
             (std::vector<std::string>{"summary", "findings", "diff"}));
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_report_model.moc"
