// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a real `mieruka-cli analyze` with SIGKILL at 20 random points of a large import into a
// survey that already holds an earlier import, and checks after every kill that the survey opens,
// passes SQLite's integrity check and still holds the earlier import unchanged; then re-running
// the import completes it with exactly the result of an uninterrupted import.
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <random>

using namespace mieruka;

namespace {

constexpr int kFrames = 400'000;
constexpr int kKills = 20;

/// A Modbus cell of 40 clients polling one server; `cell` keeps two cells' addresses apart.
void writePlantCapture(const std::string& path, int frameCount = kFrames, int cell = 1)
{
    std::vector<test::CaptureFrame> frames;
    frames.reserve(static_cast<std::size_t>(frameCount));
    const std::string cellText = std::to_string(cell);
    for (int i = 0; i < frameCount; ++i) {
        const int client = i % 40;
        test::PacketBuilder builder;
        builder.ethernet("00:80:f4:00:00:0" + cellText, "00:1b:1b:00:0" + cellText + ":" + std::string(client < 16 ? "0" : "") +
                                                  QByteArray::number(client, 16).toStdString());
        builder.ipv4("192.168." + cellText + "." + std::to_string(10 + client), "192.168." + cellText + ".1");
        test::TcpFields tcp;
        tcp.flags = test::tcpflag::kAck | test::tcpflag::kPsh;
        builder.tcp(static_cast<std::uint16_t>(40000 + client), 502, tcp).payload(test::bytesFromHex("000100000006010300000001"));
        frames.push_back({1'700'000'000'000'000'000LL + std::int64_t(i) * 1'000'000, builder.build()});
    }
    QVERIFY(test::writeFile(path, test::makePcap(frames)));
}

int runCli(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(MIERUKA_CLI_PATH), arguments);
    process.waitForFinished(120000);
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

/// The export without the parts that depend on how the import was split: role and station facts
/// are only counted in each flow's first frames, and a resumed import starts its flows afresh.
QJsonObject comparable(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("generator"));
    QJsonArray hosts = root.value(QStringLiteral("hosts")).toArray();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        QJsonObject host = hosts.at(i).toObject();
        QJsonArray evidence = host.value(QStringLiteral("evidence")).toArray();
        for (qsizetype k = 0; k < evidence.size(); ++k) {
            QJsonObject fact = evidence.at(k).toObject();
            const QString attribute = fact.value(QStringLiteral("attribute")).toString();
            if (attribute == QStringLiteral("protocol_role") || attribute == QStringLiteral("station_address"))
                fact.remove(QStringLiteral("count"));
            evidence[k] = fact;
        }
        host[QStringLiteral("evidence")] = evidence;
        hosts[i] = host;
    }
    root[QStringLiteral("hosts")] = hosts;
    return root;
}

std::uint64_t committedFrames(const std::string& survey, const std::string& path)
{
    try {
        store::SqliteDb db(survey, false);
        store::SqliteStatement query(db, "SELECT coalesce(sum(packets), 0) FROM capture WHERE path = ?");
        query.bind(1, path);
        return query.step() ? static_cast<std::uint64_t>(query.columnInt(0)) : 0;
    } catch (const store::StoreError&) {
        return 0; // not created yet, or locked for a moment by the writer
    }
}

/// The rows an earlier import left that a later import of other addresses must not change.
struct EarlierImport {
    store::CaptureRecord capture;
    std::map<std::string, std::uint64_t> endpointPackets; ///< its addresses → tx + rx packets

    static EarlierImport read(store::SurveyStore& survey, const std::string& path)
    {
        EarlierImport earlier;
        for (const auto& capture : survey.captures())
            if (capture.path == path)
                earlier.capture = capture;
        for (const auto& endpoint : survey.endpoints())
            if (endpoint.address.rfind("192.168.2.", 0) == 0 || endpoint.address.rfind("00:1b:1b:00:02:", 0) == 0
                || endpoint.address == "00:80:f4:00:00:02")
                earlier.endpointPackets[endpoint.address] = endpoint.txPackets + endpoint.rxPackets;
        return earlier;
    }
    bool operator==(const EarlierImport& other) const
    {
        return capture.sha256 == other.capture.sha256 && capture.complete == other.capture.complete
               && capture.packets == other.capture.packets && capture.bytes == other.capture.bytes
               && endpointPackets == other.endpointPackets;
    }
};

} // namespace

class TestKillDuringImport : public QObject {
    Q_OBJECT
private slots:
    void killedImportLeavesAValidSurveyAndResumes()
    {
        QTemporaryDir dir;
        const QString earlierCapture = dir.filePath(QStringLiteral("earlier.pcap"));
        writePlantCapture(earlierCapture.toStdString(), 20'000, 2);
        const QString capture = dir.filePath(QStringLiteral("plant.pcap"));
        writePlantCapture(capture.toStdString());
        const QString reference = dir.filePath(QStringLiteral("reference.mieruka"));
        QCOMPARE(runCli({QStringLiteral("analyze"), earlierCapture, QStringLiteral("--survey"), reference, QStringLiteral("-q")}), 0);
        QCOMPARE(runCli({QStringLiteral("analyze"), capture, QStringLiteral("--survey"), reference, QStringLiteral("-q")}), 0);
        QByteArray expected;
        QCOMPARE(runCli({QStringLiteral("analyze"), QStringLiteral("--survey"), reference, QStringLiteral("--json"), QStringLiteral("-")}, &expected), 0);

        const QString survey = dir.filePath(QStringLiteral("killed.mieruka"));
        QCOMPARE(runCli({QStringLiteral("analyze"), earlierCapture, QStringLiteral("--survey"), survey, QStringLiteral("-q")}), 0);
        EarlierImport earlier;
        {
            store::SurveyStore before(survey.toStdString(), false);
            earlier = EarlierImport::read(before, earlierCapture.toStdString());
        }
        QVERIFY(earlier.capture.complete);
        QVERIFY(earlier.endpointPackets.size() >= 41);

        // Each kill lands after a random share of what is left has been committed, plus a random
        // few milliseconds, so it hits reading, decoding, committing or skipping alike.
        std::mt19937 random(20261126);
        int interrupted = 0;
        std::uint64_t committedBefore = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess process;
            process.start(QStringLiteral(MIERUKA_CLI_PATH), {QStringLiteral("analyze"), capture, QStringLiteral("--survey"), survey,
                                                             QStringLiteral("-q"), QStringLiteral("--chunk-packets"), QStringLiteral("2000")});
            QVERIFY(process.waitForStarted());
            const std::uint64_t left = kFrames - committedBefore;
            const std::uint64_t target = committedBefore + std::uniform_int_distribution<std::uint64_t>(
                                                               0, std::max<std::uint64_t>(left / (2 * (kKills - kill)), 1))(random);
            QElapsedTimer timer;
            timer.start();
            while (process.state() == QProcess::Running && timer.elapsed() < 60000
                   && committedFrames(survey.toStdString(), capture.toStdString()) < target)
                QTest::qWait(1);
            QTest::qWait(std::uniform_int_distribution<int>(0, 5)(random));
            const bool running = process.state() == QProcess::Running;
            if (running)
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            process.waitForFinished();

            store::SurveyStore after(survey.toStdString(), false);
            QCOMPARE(after.integrityCheck(), std::string("ok"));
            QVERIFY2(EarlierImport::read(after, earlierCapture.toStdString()) == earlier, "the earlier import changed");
            std::uint64_t committed = 0;
            bool complete = false;
            for (const auto& row : after.captures()) {
                if (row.path != capture.toStdString())
                    continue;
                committed += row.packets;
                complete = complete || row.complete;
            }
            QVERIFY(committed >= committedBefore); // a resumed import never loses committed frames
            committedBefore = committed;
            if (running && !complete)
                ++interrupted;
        }
        qInfo("%d of %d kills interrupted the import; %llu of %d frames committed before the final run", interrupted,
              kKills, static_cast<unsigned long long>(committedBefore), kFrames);
        QVERIFY2(interrupted >= kKills / 2, "too few kills hit a running import to test anything");

        QCOMPARE(runCli({QStringLiteral("analyze"), capture, QStringLiteral("--survey"), survey, QStringLiteral("-q")}), 0);
        QByteArray resumed;
        QCOMPARE(runCli({QStringLiteral("analyze"), QStringLiteral("--survey"), survey, QStringLiteral("--json"), QStringLiteral("-")}, &resumed), 0);
        const QJsonObject got = comparable(resumed);
        const QJsonObject want = comparable(expected);
        QCOMPARE(got.value(QStringLiteral("totals")), want.value(QStringLiteral("totals")));
        QCOMPARE(got.value(QStringLiteral("conversations")), want.value(QStringLiteral("conversations")));
        QCOMPARE(got.value(QStringLiteral("hosts")), want.value(QStringLiteral("hosts")));
        QCOMPARE(got.value(QStringLiteral("endpoints")), want.value(QStringLiteral("endpoints")));
        QCOMPARE(got.value(QStringLiteral("captures")).toArray().at(1).toObject().value(QStringLiteral("packets")).toInt(), kFrames);
    }
};

QTEST_GUILESS_MAIN(TestKillDuringImport)
#include "tst_kill_during_import.moc"
