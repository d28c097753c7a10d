// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_diff.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <set>

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

struct Station {
    const char* mac;
    const char* ip;
};

// A small cell: an HMI polling PLCs over Modbus/TCP.
constexpr Station kHmi{"00:0b:ab:00:00:01", "192.168.1.50"};
constexpr Station kPlcReaddressedBefore{"00:80:f4:00:00:10", "192.168.1.10"};
constexpr Station kPlcReaddressedAfter{"00:80:f4:00:00:10", "192.168.1.20"};
constexpr Station kPlcFirmware{"00:80:f4:00:00:11", "192.168.1.11"};
constexpr Station kRoleChanger{"00:1b:1b:00:00:30", "192.168.1.30"};
constexpr Station kRemoved{"00:0e:8c:00:00:40", "192.168.1.40"};

test::Bytes frame(const Station& from, const Station& to, std::uint16_t fromPort, std::uint16_t toPort, const test::Bytes& payload)
{
    test::TcpFields tcp;
    tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
    return test::PacketBuilder().ethernet(to.mac, from.mac).ipv4(from.ip, to.ip).tcp(fromPort, toPort, tcp).payload(payload).build();
}

/// A Modbus read of one register and its answer.
void poll(std::vector<test::CaptureFrame>& frames, std::int64_t at, const Station& client, const Station& server, std::uint16_t clientPort)
{
    frames.push_back({at, frame(client, server, clientPort, 502, test::bytesFromHex("000100000006010300000001"))});
    frames.push_back({at + kSecond / 100, frame(server, client, 502, clientPort, test::bytesFromHex("00010000000501030200aa"))});
}

/// Read Device Identification (FC 43 / MEI 14) answered with a firmware revision.
void identify(std::vector<test::CaptureFrame>& frames, std::int64_t at, const Station& client, const Station& server,
              const std::string& firmware)
{
    frames.push_back({at, frame(client, server, 41000, 502, test::bytesFromHex("000200000005012b0e0100"))});
    test::Bytes answer = test::bytesFromHex("2b0e0101000003");
    auto object = [&](std::uint8_t id, const std::string& value) {
        answer.push_back(std::byte{id});
        answer.push_back(std::byte(value.size()));
        for (char c : value)
            answer.push_back(std::byte(c));
    };
    object(0x00, "Acme");
    object(0x01, "P2-CPU");
    object(0x02, firmware);
    test::Bytes mbap = test::bytesFromHex("00020000");
    mbap.push_back(std::byte((answer.size() + 1) >> 8));
    mbap.push_back(std::byte((answer.size() + 1) & 0xff));
    mbap.push_back(std::byte{0x01});
    mbap.insert(mbap.end(), answer.begin(), answer.end());
    frames.push_back({at + kSecond / 100, frame(server, client, 502, 41000, mbap)});
}

/// Ten minutes of the cell, once before and once after a maintenance day.
std::vector<test::CaptureFrame> period(bool after)
{
    const std::int64_t start = (1'700'000'000LL + (after ? 86'400 : 0)) * kSecond;
    std::vector<test::CaptureFrame> frames;
    identify(frames, start, kHmi, kPlcFirmware, after ? "V2.0" : "V1.0");
    for (int second = 1; second <= 600; ++second) {
        const std::int64_t at = start + second * kSecond;
        poll(frames, at, kHmi, after ? kPlcReaddressedAfter : kPlcReaddressedBefore, 40001);
        poll(frames, at + kSecond / 10, kHmi, kPlcFirmware, 40002);
        if (after) {
            poll(frames, at + kSecond / 5, kRoleChanger, kPlcFirmware, 40003); // now it polls: an HMI
        } else {
            poll(frames, at + kSecond / 5, kHmi, kRoleChanger, 40003);         // it answers: a PLC
            poll(frames, at + kSecond * 3 / 10, kHmi, kRemoved, 40004);
        }
    }
    return frames;
}

survey::SurveySnapshot importPeriod(const QTemporaryDir& dir, bool after)
{
    const std::string name = after ? "after" : "before";
    const std::string capture = dir.filePath(QString::fromStdString(name + ".pcap")).toStdString();
    if (!test::writeFile(capture, test::makePcap(period(after))))
        qFatal("cannot write the test capture");
    store::SurveyStore survey(dir.filePath(QString::fromStdString(name + ".mieruka")).toStdString());
    ingest::ImportOptions options;
    options.detect = false; // the diff of alerts is checked on the factory captures
    ingest::Importer(survey, &capture::openCaptureSource, options).run({capture});
    return survey::SurveySnapshot::load(survey);
}

std::set<std::string> describe(const survey::SurveyDiff& diff)
{
    std::set<std::string> lines;
    for (const auto& device : diff.devicesAdded)
        lines.insert("added " + device.mac);
    for (const auto& device : diff.devicesRemoved)
        lines.insert("removed " + device.mac);
    for (const auto& change : diff.devicesChanged)
        for (const auto& item : change.changes)
            lines.insert("changed " + change.after.mac + " " + item.attribute + ": " + item.oldValue + " -> " + item.newValue
                         + " (" + change.matchedBy + ")");
    for (const auto& item : diff.communicationsAdded)
        lines.insert("new link " + item.clientAddress + " -> " + item.serverAddress + " " + item.protocol + "/"
                     + std::to_string(item.port));
    for (const auto& item : diff.communicationsRemoved)
        lines.insert("gone link " + item.clientAddress + " -> " + item.serverAddress + " " + item.protocol + "/"
                     + std::to_string(item.port));
    for (const auto& item : diff.communicationsChanged)
        lines.insert("volume " + item.after.clientAddress + " -> " + item.after.serverAddress);
    for (const auto& alert : diff.alertsNew)
        lines.insert("alert " + alert.type);
    return lines;
}

survey::LedgerHost host(const std::string& mac, const std::string& ip, const std::string& hostname)
{
    survey::LedgerHost row;
    row.host.mac = mac;
    row.host.ips = {ip};
    row.hostname = hostname;
    return row;
}

} // namespace

class TestSurveyDiff : public QObject {
    Q_OBJECT
private slots:
    void maintenanceDayChangesAreFoundAndNothingElse()
    {
        QTemporaryDir dir;
        const auto before = importPeriod(dir, false);
        const auto after = importPeriod(dir, true);
        const auto diff = survey::diffSurveys(before, after);
        const std::set<std::string> expected{
            "changed 00:80:f4:00:00:10 ips: 192.168.1.10 -> 192.168.1.20 (mac)",
            "changed 00:80:f4:00:00:11 firmware: V1.0 -> V2.0 (mac)",
            "changed 00:1b:1b:00:00:30 role: plc -> hmi (mac)",
            "removed 00:0e:8c:00:00:40",
            "new link 192.168.1.30 -> 192.168.1.11 modbus/502",
            "gone link 192.168.1.50 -> 192.168.1.30 modbus/502",
            "gone link 192.168.1.50 -> 192.168.1.40 modbus/502",
        };
        const auto found = describe(diff);
        for (const auto& line : found)
            qInfo("%s", line.c_str());
        QCOMPARE(found, expected);
        QCOMPARE(diff.before.hosts, std::uint64_t(5));
        QCOMPARE(diff.after.hosts, std::uint64_t(4));
    }

    void aSurveyComparedWithItselfHasNoDifferences()
    {
        QTemporaryDir dir;
        const auto before = importPeriod(dir, false);
        QVERIFY(survey::diffSurveys(before, before).empty());
    }

    void aReplacedNetworkCardIsOneDeviceWithANewMac()
    {
        survey::SurveySnapshot before, after;
        before.hosts = {host("00:80:f4:00:00:01", "10.0.0.5", "PLC-LINE1"), host("00:80:f4:00:00:02", "10.0.0.6", "")};
        after.hosts = {host("00:80:f4:00:00:99", "10.0.0.5", "PLC-LINE1"), host("00:80:f4:00:00:98", "10.0.0.6", "")};
        const auto diff = survey::diffSurveys(before, after);
        QCOMPARE(diff.devicesChanged.size(), std::size_t(1));
        QCOMPARE(diff.devicesChanged.front().matchedBy, std::string("ip+identity"));
        QCOMPARE(diff.devicesChanged.front().changes.front().attribute, std::string("mac"));
        // Same address but nothing else in common: another device took the address.
        QCOMPARE(diff.devicesAdded.size(), std::size_t(1));
        QCOMPARE(diff.devicesRemoved.size(), std::size_t(1));
    }

    void aValueSeenInOnlyOnePeriodIsNotAChange()
    {
        survey::SurveySnapshot before, after;
        before.hosts = {host("00:80:f4:00:00:01", "10.0.0.5", "")};
        after.hosts = {host("00:80:f4:00:00:01", "10.0.0.5", "PLC-LINE1")};
        after.hosts.front().firmware = "V3";
        QVERIFY(survey::diffSurveys(before, after).empty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyDiff)
#include "tst_survey_diff.moc"
