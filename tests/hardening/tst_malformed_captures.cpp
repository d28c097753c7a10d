// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, item 3: damaged capture files never crash or hang an import, and every file that
// cannot be read is refused with one line naming it and saying what is wrong. Ten thousand and
// more variants of valid captures (truncated, bit-flipped, length fields maxed, zeroed or off by
// one) go through the real reading path — the capture source factory and the Importer into a
// survey, as `mieruka-cli analyze` does — under a per-file watchdog; then the malformed/ and
// formats/ folders of the shared corpus when it is present.
#include "app/render/json_export.h"
#include "app/render/ledger_csv.h"
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"
#include "core/survey/survey_detection.h"
#include "core/survey/survey_snapshot.h"
#include "tests/hardening/capture_mutator.h"
#include "tests/hardening/identity_frames.h"
#include "tests/support/capture_file_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#include <zlib.h>

using namespace mieruka;
using test::Bytes;
using test::CaptureMutator;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;

int mutationCount()
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("MIERUKA_HARDENING_MUTATIONS", &ok);
    return ok && asked > 10000 ? asked : 10000; // the issue asks for at least 10,000, in every build
}

double fileSecondsLimit()
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("MIERUKA_HARDENING_FILE_SECONDS", &ok);
    return ok && asked > 0 ? asked : 5.0;
}

/// Kills the test, naming the file, when one import runs past the bound: a hang must fail the
/// run at once, not wait for the CTest timeout with no name attached.
class Watchdog {
public:
    explicit Watchdog(double limitSeconds)
        : m_limit(limitSeconds), m_thread([this](std::stop_token stop) { watch(stop); })
    {
    }

    void begin(const QString& file, double limitSeconds = 0)
    {
        std::lock_guard lock(m_mutex);
        m_file = file.toStdString();
        m_started = Clock::now();
        m_current = limitSeconds > 0 ? limitSeconds : m_limit;
        m_busy = true;
    }

    void end()
    {
        std::lock_guard lock(m_mutex);
        m_busy = false;
    }

private:
    using Clock = std::chrono::steady_clock;

    void watch(std::stop_token stop)
    {
        while (!stop.stop_requested()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            std::lock_guard lock(m_mutex);
            if (m_busy && std::chrono::duration<double>(Clock::now() - m_started).count() > m_current) {
                std::fprintf(stderr, "FAIL! hang: importing %s took more than %.0f s\n", m_file.c_str(), m_current);
                std::fflush(stderr);
                std::abort();
            }
        }
    }

    double m_limit;
    double m_current = 0;
    std::mutex m_mutex;
    std::string m_file;
    Clock::time_point m_started;
    bool m_busy = false;
    std::jthread m_thread; // last: started once the members above exist
};

test::Bytes tcpFrame(const char* fromMac, const char* fromIp, const char* toMac, const char* toIp, std::uint16_t fromPort,
                     std::uint16_t toPort, const char* payloadHex, std::uint8_t flags = test::tcpflag::kAck | test::tcpflag::kPsh)
{
    test::TcpFields tcp;
    tcp.flags = flags;
    return test::PacketBuilder().ethernet(toMac, fromMac).ipv4(fromIp, toIp).tcp(fromPort, toPort, tcp)
        .payload(test::bytesFromHex(payloadHex)).build();
}

test::Bytes udpFrame(const char* fromMac, const char* fromIp, const char* toMac, const char* toIp, std::uint16_t fromPort,
                     std::uint16_t toPort, const char* payloadHex)
{
    return test::PacketBuilder().ethernet(toMac, fromMac).ipv4(fromIp, toIp).udp(fromPort, toPort)
        .payload(test::bytesFromHex(payloadHex)).build();
}

/// A small plant in which every decoder with length fields gets a frame: the base of the
/// builder-made variants.
std::vector<test::CaptureFrame> plantFrames()
{
    using namespace test::identity;
    const Station plc{"00:1b:1b:00:00:10", "192.168.1.10"}, hmi{"00:0b:ab:00:00:50", "192.168.1.50"};
    const Station pc{"00:12:34:00:00:61", "192.168.1.61"}, sw{"00:0e:8c:ef:75:c9", "192.168.1.2"};
    const char* plcMac = "00:1b:1b:00:00:10";
    const char* hmiMac = "00:0b:ab:00:00:50";
    std::vector<Bytes> frames;
    frames.push_back(test::PacketBuilder().ethernet("ff:ff:ff:ff:ff:ff", hmiMac)
                         .arp(1, hmiMac, "192.168.1.50", "00:00:00:00:00:00", "192.168.1.10").build());
    test::TcpFields syn;
    syn.options = test::TcpOptionBytes().mss(1460).sackPermitted().timestamps(1, 0).nop().windowScale(7).bytes();
    frames.push_back(test::PacketBuilder().ethernet(plcMac, hmiMac).ipv4("192.168.1.50", "192.168.1.10")
                         .tcp(40000, 502, syn).build());
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 40000, 502,
                              "000100000006010300000001000200000006010600010063"));
    frames.push_back(tcpFrame(plcMac, "192.168.1.10", hmiMac, "192.168.1.50", 502, 40000, "00010000000501030200aa"));
    frames.push_back(modbusIdentity(plc, hmi, "Vendor", "Product", "Model-1"));
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 33028, 102,
                              "0300001611e00000000100c0010ac1020100c2020101"));
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 33028, 102,
                              "0300001902f08032010000000000080000f0000001000101e0"));
    frames.push_back(s7ModuleIdentity(plc, hmi, "PLC-STATION"));
    frames.push_back(enipListIdentity(plc, hmi, "1756-ENBT/A"));
    frames.push_back(dhcpRequest(pc, 7, "eng-pc", "MSFT 5.0"));
    frames.push_back(lldp(sw, "switch-1", "SCALANCE X208"));
    frames.push_back(snmpResponse(sw, hmi, "SCALANCE X208 V4.1", "switch-1"));
    frames.push_back(mdnsAnnouncement(pc, "eng-pc"));
    frames.push_back(nbnsRegistration(pc, "ENG-PC"));
    frames.push_back(httpRequest(pc, plc, "Mozilla/5.0 (Windows NT 6.1)"));
    frames.push_back(httpResponse(plc, pc, "Boa/0.94.13"));
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 40100, 2404, "680407000000"));
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 40200, 20000, "0564050001000300a1b2"));
    frames.push_back(tcpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 40300, 4840,
                              "48454c4620000000000000000000010000000100000000000000000000000000"));
    frames.push_back(udpFrame(hmiMac, "192.168.1.50", "ff:ff:ff:ff:ff:ff", "192.168.1.255", 47808, 47808,
                              "810b000c0120ffff00ff1008"));
    frames.push_back(udpFrame(hmiMac, "192.168.1.50", plcMac, "192.168.1.10", 9600, 9600, "800002000a00000100000501"));
    test::Ipv4Fields withOptions;
    withOptions.options = test::bytesFromHex("9404000001020304");
    frames.push_back(test::PacketBuilder().ethernet(plcMac, hmiMac).vlan(10).ipv4("192.168.1.50", "192.168.1.10", withOptions)
                         .udp(5000, 161).payload(test::bytesFromHex("302602010104067075626c6963a019020101020100020100300e300c06082b060102010101000500"))
                         .build());
    frames.push_back(test::PacketBuilder().ethernet("33:33:00:00:00:01", hmiMac).ipv6("fe80::1", "ff02::1")
                         .tcp(40001, 502, syn).build());
    std::vector<test::CaptureFrame> captured;
    const std::int64_t start = 1'700'000'000LL * kSecond;
    for (std::size_t i = 0; i < frames.size(); ++i)
        captured.push_back({start + std::int64_t(i) * kSecond / 10, frames[i], 0, std::uint32_t(i % 2),
                            i % 5 == 0 ? "frame comment" : ""});
    return captured;
}

Bytes readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    Bytes out(std::size_t(data.size()));
    std::memcpy(out.data(), data.constData(), out.size());
    return out;
}

bool writeGzip(const QString& path, const Bytes& data)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!file)
        return false;
    const bool ok = data.empty() || gzwrite(file, data.data(), unsigned(data.size())) == int(data.size());
    return gzclose(file) == Z_OK && ok;
}

struct Base {
    QString name;
    QString extension; ///< ".pcap" or ".pcapng"
    CaptureMutator mutator;
    Bytes gzipped;     ///< the valid image compressed, for variants damaged after compression
};

/// What happened to one file.
struct Outcome {
    enum Kind { Imported, ImportedWithProblems, Rejected, Skipped } kind;
    double seconds = 0;
};

/// Problems that do not name their file or do not say what is wrong, and silent failures.
struct MessageCheck {
    QStringList failures;

    void check(const QString& path, const ingest::ImportResult& result)
    {
        const QString name = QFileInfo(path).fileName();
        for (const auto& line : result.problems) {
            const QString problem = QString::fromStdString(line);
            QString rest = problem;
            rest.remove(path).remove(name);
            const bool saysWhat = rest.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) >= 6;
            if (!problem.contains(name) || !saysWhat)
                record(QStringLiteral("%1: unclear problem line \"%2\"").arg(name, problem));
        }
        if (result.filesImported == 0 && result.filesSkipped == 0 && result.problems.empty())
            record(QStringLiteral("%1: neither imported nor refused with a reason").arg(name));
        if (result.status == ingest::ImportResult::Status::Failed && result.problems.empty())
            record(QStringLiteral("%1: failed without a problem line").arg(name));
    }

    void record(const QString& failure)
    {
        if (failures.size() < 20)
            failures << failure;
        else if (failures.size() == 20)
            failures << QStringLiteral("…");
    }
};

Outcome importOne(store::SurveyStore& store, const QString& path, Watchdog& watchdog, MessageCheck& messages,
                  ingest::ImportResult* resultOut = nullptr, bool detectEachFile = false)
{
    ingest::ImportOptions options;
    options.pollPackets = 4096;
    // The survey-wide detectors go over everything the survey holds (0.4 s a run once it holds a
    // few hundred files): after each file that would be quadratic, so they run once per survey
    // of many files instead (checkSurvey), and after each file only where a survey holds one.
    options.detect = detectEachFile;
    ingest::Importer importer(store, &capture::openCaptureSource, options);
    QElapsedTimer timer;
    timer.start();
    watchdog.begin(path);
    const auto result = importer.run({QFile::encodeName(path).toStdString()});
    watchdog.end();
    Outcome outcome{Outcome::Imported, double(timer.nsecsElapsed()) / 1e9};
    messages.check(path, result);
    if (result.filesImported > 0)
        outcome.kind = result.problems.empty() ? Outcome::Imported : Outcome::ImportedWithProblems;
    else if (result.filesSkipped > 0)
        outcome.kind = Outcome::Skipped;
    else
        outcome.kind = Outcome::Rejected;
    if (resultOut)
        *resultOut = result;
    return outcome;
}

/// What a survey fed with damaged files holds must still go through the detectors, load and
/// export. Returns the seconds the detectors took.
double checkSurvey(store::SurveyStore& store, const QString& label, Watchdog& watchdog, bool detect)
{
    QElapsedTimer timer;
    timer.start();
    if (detect) {
        // Their own, looser bound: they go over the whole survey of hundreds of files, and a
        // clock broken by a flipped bit gives a capture a span of years (capped at 400 days of
        // minutes per file by MinuteCoverage), which the volume band detector walks per pair.
        watchdog.begin(label + QStringLiteral(" (survey-wide detection)"), 24 * fileSecondsLimit());
        survey::detectAndStore(store, detect::DetectionOptions{}, std::string());
        watchdog.end();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto snapshot = survey::SurveySnapshot::load(store);
    QJsonParseError error;
    QJsonDocument::fromJson(render::JsonExport::toBytes(snapshot), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("%s: the JSON export does not parse: %s", qPrintable(label), qPrintable(error.errorString()));
        return -1;
    }
    const bool csv = render::LedgerCsv::build(snapshot).startsWith("\xef\xbb\xbf");
    if (!csv)
        qWarning("%s: the ledger CSV lacks its BOM", qPrintable(label));
    return csv ? seconds : -1;
}

QString corpusRoot()
{
    for (const char* variable : {"MIERUKA_SHARED_CAPTURES", "MIERUKA_CAPTURE_CORPUS"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral(MIERUKA_CAPTURE_CORPUS);
}

} // namespace

class TestMalformedCaptures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto plant = plantFrames();
        test::PcapOptions nanosecondsBigEndian;
        nanosecondsBigEndian.nanosecond = true;
        nanosecondsBigEndian.bigEndian = true;
        test::PcapngOptions twoInterfaces;
        twoInterfaces.interfaces = {test::PcapngInterface{1, 0, std::nullopt, "eth0"}, test::PcapngInterface{1, 65535, 9, "eth1"}};
        twoInterfaces.sectionComment = "mirror port";
        test::PcapngOptions bigEndian = twoInterfaces;
        bigEndian.bigEndian = true;
        addBase(QStringLiteral("plant-le"), QStringLiteral(".pcap"), test::makePcap(plant));
        addBase(QStringLiteral("plant-ns-be"), QStringLiteral(".pcap"), test::makePcap(plant, nanosecondsBigEndian));
        addBase(QStringLiteral("plant-ng"), QStringLiteral(".pcapng"), test::makePcapng(plant, twoInterfaces));
        addBase(QStringLiteral("plant-ng-be"), QStringLiteral(".pcapng"), test::makePcapng(plant, bigEndian));
        const QDir data(QStringLiteral(MIERUKA_TEST_DATA_DIR "/captures"));
        for (const QString& name : data.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files, QDir::Name))
            addBase(QFileInfo(name).completeBaseName(), QLatin1Char('.') + QFileInfo(name).suffix(), readAll(data.filePath(name)));
        QVERIFY(m_bases.size() >= 8);
        for (const auto& base : m_bases) {
            QVERIFY2(!base.mutator.fields().empty(), qPrintable(base.name));
            QVERIFY2(!base.gzipped.empty(), qPrintable(base.name));
        }
    }

    /// The bases themselves import cleanly: the variants start from valid files.
    void basesImport()
    {
        Watchdog watchdog(fileSecondsLimit());
        MessageCheck messages;
        store::SurveyStore store(m_dir.filePath(QStringLiteral("bases.mieruka")).toStdString());
        for (const auto& base : m_bases) {
            const QString path = m_dir.filePath(base.name + base.extension);
            QVERIFY(test::writeFile(path.toStdString(), m_images.at(base.name)));
            ingest::ImportResult result;
            const auto outcome = importOne(store, path, watchdog, messages, &result);
            QVERIFY2(outcome.kind == Outcome::Imported,
                     qPrintable(path + QStringLiteral(": ") + QString::fromStdString(result.problems.empty() ? "" : result.problems.front())));
            QVERIFY2(result.packetsImported > 0, qPrintable(path));
        }
        QVERIFY2(messages.failures.isEmpty(), qPrintable(messages.failures.join(QLatin1Char('\n'))));
    }

    /// One survey per row of 500 files, so every test function stays far below QtTest's
    /// five-minute limit even under the sanitizers, and a row is reproduced on its own.
    void mutatedCaptures_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        const int total = mutationCount();
        for (int first = 0; first < total; first += kFilesPerSurvey) {
            const int count = std::min(kFilesPerSurvey, total - first);
            QTest::newRow(qPrintable(QStringLiteral("files %1-%2").arg(first).arg(first + count - 1))) << first << count;
        }
    }

    void mutatedCaptures()
    {
        QFETCH(int, first);
        QFETCH(int, count);
        if (m_mutated.files == 0)
            m_mutated.wall.start();
        Watchdog watchdog(fileSecondsLimit());
        MessageCheck messages;
        // Fixed seeds: a failure is reproduced by running the same row again.
        std::uint64_t rng = 0x6d69657275b41ULL ^ (std::uint64_t(first) * 0x9e3779b97f4a7c15ULL);
        const QString surveyPath = m_dir.filePath(QStringLiteral("mutated-%1.mieruka").arg(first));
        store::SurveyStore store(surveyPath.toStdString());
        for (int i = first; i < first + count; ++i) {
            const Base& base = m_bases[std::size_t(i) % m_bases.size()];
            CaptureMutator::Kind kind{};
            QString path;
            QString kindName;
            if (i % 25 == 12) {
                // Damage after compression: the gzip stream itself is cut or corrupted.
                const CaptureMutator gzip(base.gzipped);
                const Bytes bytes = gzip.mutate(rng, kind);
                kindName = QStringLiteral("gz-") + QString::fromLatin1(CaptureMutator::kindName(kind));
                path = m_dir.filePath(QStringLiteral("%1-%2-%3%4.gz").arg(i, 5, 10, QLatin1Char('0')).arg(base.name, kindName, base.extension));
                QVERIFY(test::writeFile(path.toStdString(), bytes));
            } else {
                const Bytes bytes = base.mutator.mutate(rng, kind);
                kindName = QString::fromLatin1(CaptureMutator::kindName(kind));
                const bool gzip = i % 10 == 9; // damaged content read through the gzip path
                path = m_dir.filePath(QStringLiteral("%1-%2-%3%4%5").arg(i, 5, 10, QLatin1Char('0'))
                                          .arg(base.name, kindName, base.extension, gzip ? QStringLiteral(".gz") : QString()));
                QVERIFY(gzip ? writeGzip(path, bytes) : test::writeFile(path.toStdString(), bytes));
            }
            ++m_mutated.kinds[kindName];
            ingest::ImportResult result;
            const Outcome outcome = importOne(store, path, watchdog, messages, &result);
            ++m_mutated.outcomes[outcome.kind];
            if (outcome.kind == Outcome::Rejected && !result.problems.empty() && m_mutated.reasons.size() < 12) {
                const QString reason = QString::fromStdString(result.problems.front()).remove(path).left(60);
                if (!m_mutated.reasons.contains(reason))
                    m_mutated.reasons << reason;
            }
            ++m_mutated.files;
            if (outcome.seconds > m_mutated.slowest) {
                m_mutated.slowest = outcome.seconds;
                m_mutated.slowestFile = QFileInfo(path).fileName();
            }
            QFile::remove(path);
        }
        const double detection = checkSurvey(store, surveyPath, watchdog, true);
        QVERIFY2(detection >= 0, "the survey's exports are broken (see the warning above)");
        m_mutated.slowestDetection = std::max(m_mutated.slowestDetection, detection);
        QVERIFY2(messages.failures.isEmpty(), qPrintable(messages.failures.join(QLatin1Char('\n'))));
    }

    void mutatedSummary()
    {
        auto& outcomes = m_mutated.outcomes;
        QStringList perKind;
        for (const auto& [name, count] : m_mutated.kinds)
            perKind << QStringLiteral("%1 %2").arg(name).arg(count);
        std::printf("mutated captures: %d files from %zu bases (%s); imported %d, imported with problems %d, rejected %d, "
                    "duplicates %d; slowest %.3f s (%s); survey-wide detection per %d files up to %.1f s; %.1f s in all\n",
                    m_mutated.files, m_bases.size(), qPrintable(perKind.join(QStringLiteral(", "))), outcomes[Outcome::Imported],
                    outcomes[Outcome::ImportedWithProblems], outcomes[Outcome::Rejected], outcomes[Outcome::Skipped],
                    m_mutated.slowest, qPrintable(m_mutated.slowestFile), kFilesPerSurvey, m_mutated.slowestDetection,
                    double(m_mutated.wall.elapsed()) / 1000);
        for (const QString& reason : m_mutated.reasons)
            std::printf("  refused: <file>%s\n", qPrintable(reason));
        std::fflush(stdout);
        QVERIFY(m_mutated.files >= 10000);
        // Both outcomes must occur, or the variants are too gentle (or the reader too lax).
        QVERIFY(outcomes[Outcome::Rejected] > 0);
        QVERIFY(outcomes[Outcome::ImportedWithProblems] > 0);
        QCOMPARE(outcomes[Outcome::Imported] + outcomes[Outcome::ImportedWithProblems] + outcomes[Outcome::Rejected]
                     + outcomes[Outcome::Skipped], m_mutated.files);
    }

    /// The shared corpus's crash reproducers and format edge cases (../shared/captures).
    void sharedMalformedAndFormats()
    {
        const QDir root(corpusRoot());
        if (!root.exists(QStringLiteral("malformed")) || !root.exists(QStringLiteral("formats")))
            QSKIP("the shared capture corpus (../shared/captures) is not available here");
        std::map<QString, qulonglong> manifest; // path → packets counted by capinfos
        QFile table(root.filePath(QStringLiteral("MANIFEST.tsv")));
        if (table.open(QIODevice::ReadOnly)) {
            while (!table.atEnd()) {
                const QList<QByteArray> fields = table.readLine().split('\t');
                if (fields.size() > 3)
                    manifest[QString::fromUtf8(fields[0])] = fields[3].toULongLong();
            }
        }
        Watchdog watchdog(fileSecondsLimit());
        MessageCheck messages;
        int files = 0, imported = 0, rejected = 0;
        double slowest = 0;
        QStringList unexpected;
        for (const char* folder : {"malformed", "formats"}) {
            std::string error;
            const auto paths = capture::expandCapturePaths({root.filePath(QString::fromLatin1(folder)).toStdString()}, error);
            QVERIFY2(error.empty(), error.c_str());
            for (const auto& file : paths) {
                const QString path = QString::fromStdString(file);
                const QString relative = root.relativeFilePath(path);
                // A survey per file: each file's outcome and count are its own.
                const QString surveyPath = m_dir.filePath(QStringLiteral("corpus-%1.mieruka").arg(files));
                ingest::ImportResult result;
                Outcome outcome{};
                {
                    store::SurveyStore store(surveyPath.toStdString());
                    outcome = importOne(store, path, watchdog, messages, &result, true);
                    QVERIFY2(checkSurvey(store, relative, watchdog, false) >= 0, qPrintable(relative));
                }
                QFile::remove(surveyPath);
                ++files;
                slowest = std::max(slowest, outcome.seconds);
                const bool readable = outcome.kind == Outcome::Imported || outcome.kind == Outcome::ImportedWithProblems;
                imported += readable ? 1 : 0;
                rejected += readable ? 0 : 1;
                // MANIFEST.tsv lists every file with the frames capinfos read: all are readable.
                const auto listed = manifest.find(relative);
                if (listed != manifest.end() && !readable)
                    unexpected << QStringLiteral("%1: refused (%2)").arg(relative, QString::fromStdString(result.problems.empty() ? "" : result.problems.front()));
                std::printf("  %-45s %-9s %6llu frames (manifest %s) %.3f s%s%s\n", qPrintable(relative),
                            readable ? "imported" : "refused", static_cast<unsigned long long>(result.packetsImported),
                            listed != manifest.end() ? qPrintable(QString::number(listed->second)) : "-", outcome.seconds,
                            result.problems.empty() ? "" : "  — ", result.problems.empty() ? "" : result.problems.front().c_str());
            }
        }
        std::printf("shared malformed/ and formats/: %d files, %d imported, %d refused, slowest %.3f s\n", files, imported,
                    rejected, slowest);
        std::fflush(stdout);
        QVERIFY(files >= 20);
        QVERIFY2(messages.failures.isEmpty(), qPrintable(messages.failures.join(QLatin1Char('\n'))));
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

private:
    void addBase(const QString& name, const QString& extension, const Bytes& image)
    {
        QVERIFY2(!image.empty(), qPrintable(name));
        const QString gzPath = m_dir.filePath(name + QStringLiteral(".gz-image"));
        QVERIFY(writeGzip(gzPath, image));
        Bytes gzipped = readAll(gzPath);
        QFile::remove(gzPath);
        m_images[name] = image;
        m_bases.push_back({name, extension, CaptureMutator(image), std::move(gzipped)});
    }

    static constexpr int kFilesPerSurvey = 500;

    QTemporaryDir m_dir;
    std::vector<Base> m_bases;
    std::map<QString, Bytes> m_images;
    struct {
        int files = 0;
        std::map<Outcome::Kind, int> outcomes;
        std::map<QString, int> kinds;
        double slowest = 0;
        QString slowestFile;
        QElapsedTimer wall;
        QStringList reasons; ///< distinct refusals, for the summary
        double slowestDetection = 0;
    } m_mutated;
};

QTEST_GUILESS_MAIN(TestMalformedCaptures)
#include "tst_malformed_captures.moc"
