// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mieruka-cli: imports crafted captures, adds alerts to the survey directly (the
// import does not raise these), then checks frame by frame (time to the nanosecond, bytes,
// order) what `export-packets` writes, read back with libpcap, and how it fails.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// After the Qt headers: moc (C++17 predefs) fails to parse <concepts> when it comes first.
#include "core/store/survey_store.h"
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <pcap/pcap.h>

#include <map>

using namespace mieruka;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kT0 = 1'700'000'000LL * kSecond;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const
    {
        QStringList lines = QString::fromLocal8Bit(err).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        return lines;
    }
};

CliRun runCli(const QStringList& arguments, const QString& stdoutFile = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // strerror() text in English
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(MIERUKA_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        run.err = process.errorString().toLocal8Bit();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct PcapContent {
    bool ok = false;
    QString error;
    int dlt = -1;
    QByteArray header; ///< the 24-byte file header as written
    std::vector<test::CaptureFrame> frames;
};

PcapContent readPcap(const QString& path)
{
    PcapContent content;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!pcap) {
        content.error = QString::fromLocal8Bit(errbuf);
        return content;
    }
    content.dlt = pcap_datalink(pcap);
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    int rc = 0;
    while ((rc = pcap_next_ex(pcap, &header, &data)) == 1) {
        test::CaptureFrame frame;
        frame.timestampNs = std::int64_t(header->ts.tv_sec) * kSecond + std::int64_t(header->ts.tv_usec);
        frame.data.assign(reinterpret_cast<const std::byte*>(data), reinterpret_cast<const std::byte*>(data) + header->caplen);
        frame.originalLength = header->len;
        content.frames.push_back(std::move(frame));
    }
    content.ok = rc == PCAP_ERROR_BREAK;
    if (!content.ok)
        content.error = QString::fromLocal8Bit(pcap_geterr(pcap));
    pcap_close(pcap);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        content.header = file.read(24);
    return content;
}

test::Bytes tcp(const char* src, const char* dst, std::uint8_t flags)
{
    test::TcpFields fields;
    fields.flags = flags;
    return test::PacketBuilder().ethernet("00:1b:1b:00:00:01", "00:1b:1b:00:00:02").ipv4(src, dst).tcp(40000, 502, fields).build();
}

test::Bytes udp(const char* src, const char* dst, std::string_view text)
{
    return test::PacketBuilder().ethernet("00:1b:1b:00:00:01", "00:1b:1b:00:00:02").ipv4(src, dst).udp(5000, 5001).payload(text).build();
}

test::Bytes rawUdp(const char* src, const char* dst)
{
    return test::PacketBuilder().ipv4(src, dst).udp(5000, 5001).payload(std::string_view("raw")).build();
}

/// One alert the tests add: hosts, time span and evidence frame (file name and 1-based number).
struct AlertSpec {
    const char* rule;
    const char* src;
    const char* dst;
    std::int64_t firstNs, lastNs;
    const char* evidenceFile = nullptr;
    std::uint64_t packetNumber = 0;
};

// The pair alert's hosts are 10.0.0.2 and 10.0.0.10; span [kT0, kT0 + 1 s] unless said otherwise.
const AlertSpec kAlerts[] = {
    {"pair", "10.0.0.2", "10.0.0.10", kT0, kT0 + kSecond, "a.pcap", 1},
    {"pair-late-evidence", "10.0.0.2", "10.0.0.10", kT0, kT0 + kSecond, "a.pcap", 8},
    {"instant", "10.0.0.10", "10.0.0.2", kT0 + kSecond, kT0 + kSecond, "a.pcap", 8},
    {"src-only", "10.0.0.10", "", kT0, kT0 + kSecond},
    {"dst-only", "", "10.0.0.10", kT0, kT0 + kSecond},
    {"mac", "00:1b:1b:00:00:aa", "", kT0, kT0 + kSecond},
    {"later-file", "10.0.0.2", "10.0.0.10", kT0 + 100 * kSecond, kT0 + 100 * kSecond},
    {"nobody", "10.9.9.9", "", kT0, kT0 + kSecond},
    {"no-capture", "10.0.0.2", "10.0.0.10", kT0 + 50 * kSecond, kT0 + 60 * kSecond},
    {"raw", "10.0.0.2", "10.0.0.10", kT0 + 1 * kMs + 100, kT0 + 2 * kMs + 100}, // e1 … e2, with b1 between
};

/// A survey of crafted captures plus the alerts above, in its own folder.
struct Fixture {
    QTemporaryDir dir;
    QString survey;
    std::map<QString, std::int64_t> alertIds; ///< rule → id
    QString path(const QString& name) const { return dir.filePath(name); }
    QString id(const char* rule) const { return QString::number(alertIds.at(QString::fromLatin1(rule))); }
};

} // namespace

class TestExportPackets : public QObject {
    Q_OBJECT

private:
    std::map<QString, test::CaptureFrame> m_frames; ///< every crafted frame by name ("a1", "b2", …)
    std::map<QString, std::vector<QString>> m_files; ///< capture file → its frames' names in order
    std::unique_ptr<Fixture> m_shared;

    void addFrame(const QString& file, const QString& name, std::int64_t ns, test::Bytes bytes)
    {
        m_frames[name] = test::CaptureFrame{ns, std::move(bytes)};
        m_files[file].push_back(name);
    }

    std::vector<test::CaptureFrame> framesOf(const QString& file) const
    {
        std::vector<test::CaptureFrame> frames;
        for (const auto& name : m_files.at(file))
            frames.push_back(m_frames.at(name));
        return frames;
    }

    /// Writes the captures into a new folder, imports them and adds the alerts. Without
    /// `withRawIp`, e.pcap is left out, so every frame of the survey is Ethernet.
    std::unique_ptr<Fixture> makeFixture(bool withRawIp = true)
    {
        auto fixture = std::make_unique<Fixture>();
        if (!fixture->dir.isValid())
            return nullptr;
        test::PcapOptions nano;
        nano.nanosecond = true;
        test::PcapngOptions pcapng;
        pcapng.interfaces.front().tsresol = 9;
        test::PcapOptions raw = nano;
        raw.linkType = 101;
        bool written = test::writeFile(fixture->path(QStringLiteral("a.pcap")).toStdString(), test::makePcap(framesOf(QStringLiteral("a.pcap")), nano))
                       && test::writeFile(fixture->path(QStringLiteral("b.pcapng")).toStdString(), test::makePcapng(framesOf(QStringLiteral("b.pcapng")), pcapng))
                       && test::writeFile(fixture->path(QStringLiteral("c.pcap")).toStdString(), test::makePcap(framesOf(QStringLiteral("c.pcap")), nano))
                       && (!withRawIp || test::writeFile(fixture->path(QStringLiteral("e.pcap")).toStdString(), test::makePcap(framesOf(QStringLiteral("e.pcap")), raw)));
        if (!written)
            return nullptr;
        fixture->survey = fixture->path(QStringLiteral("S.mieruka"));
        QStringList arguments{QStringLiteral("analyze")};
        for (const auto& [file, names] : m_files)
            if (withRawIp || file != QStringLiteral("e.pcap"))
                arguments << fixture->path(file);
        const CliRun run = runCli(arguments << QStringLiteral("--survey") << fixture->survey);
        if (run.exitCode != 0) {
            qWarning("import failed (%d): %s", run.exitCode, run.err.constData());
            return nullptr;
        }
        store::SurveyStore store(fixture->survey.toStdString(), false);
        std::map<QString, std::int64_t> captureIds;
        for (const auto& capture : store.captures())
            captureIds[QFileInfo(QString::fromStdString(capture.path)).fileName()] = capture.id;
        std::vector<analysis::AlertRecord> alerts;
        for (const auto& spec : kAlerts) {
            analysis::AlertRecord alert;
            alert.type = "test";
            alert.severity = "high";
            alert.rule = spec.rule;
            alert.src = spec.src;
            alert.dst = spec.dst;
            alert.protocol = "tcp";
            alert.count = 3;
            alert.firstNs = spec.firstNs;
            alert.lastNs = spec.lastNs;
            if (spec.evidenceFile) {
                alert.captureId = captureIds.at(QString::fromLatin1(spec.evidenceFile));
                alert.packetNumber = spec.packetNumber;
            }
            alerts.push_back(alert);
        }
        store.replaceSurveyAlerts(alerts);
        for (const auto& alert : store.alerts())
            fixture->alertIds[QString::fromStdString(alert.rule)] = alert.id;
        return fixture;
    }

    /// `path` holds exactly the frames `names`, in that order, with their times and bytes.
    void verifyFrames(const QString& path, const QStringList& names, int dlt = DLT_EN10MB)
    {
        const PcapContent content = readPcap(path);
        QVERIFY2(content.ok, qPrintable(content.error));
        QCOMPARE(content.dlt, dlt);
        QCOMPARE(content.header.left(4), QByteArray::fromHex("4d3cb2a1")); // a1b23c4d little-endian: nanoseconds
        QStringList got;
        for (const auto& frame : content.frames) {
            QString name = QStringLiteral("?");
            for (const auto& [candidate, crafted] : m_frames)
                if (crafted.timestampNs == frame.timestampNs && crafted.data == frame.data)
                    name = candidate;
            QCOMPARE(frame.originalLength, std::uint32_t(frame.data.size()));
            got << name;
        }
        QCOMPARE(got, names);
    }

    static bool hasPartFiles(const QString& folder)
    {
        return !QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(MIERUKA_CLI_PATH)), MIERUKA_CLI_PATH);
        const QString a = QStringLiteral("a.pcap"), b = QStringLiteral("b.pcapng"), c = QStringLiteral("c.pcap");
        addFrame(a, QStringLiteral("a1"), kT0, tcp("10.0.0.2", "10.0.0.10", test::tcpflag::kSyn));
        addFrame(a, QStringLiteral("a2"), kT0 + 1 * kMs + 7, tcp("10.0.0.10", "10.0.0.2", test::tcpflag::kSyn | test::tcpflag::kAck));
        addFrame(a, QStringLiteral("a3"), kT0 + 2 * kMs, tcp("10.0.0.3", "10.0.0.10", test::tcpflag::kSyn));
        addFrame(a, QStringLiteral("a4"), kT0 + 3 * kMs,
                 test::PacketBuilder()
                     .ethernet("ff:ff:ff:ff:ff:ff", "00:1b:1b:00:00:02")
                     .arp(1, "00:1b:1b:00:00:02", "10.0.0.2", "00:00:00:00:00:00", "10.0.0.10")
                     .build());
        addFrame(a, QStringLiteral("a5"), kT0 + 500 * kMs,
                 test::PacketBuilder().ethernet("01:0e:cf:00:00:00", "00:1b:1b:00:00:aa", 0x8892).payload(std::string_view("dcp")).build());
        addFrame(a, QStringLiteral("a6"), kT0 + kSecond, udp("10.0.0.2", "10.0.0.10", "at the end"));
        addFrame(a, QStringLiteral("a7"), kT0 + 2 * kSecond, udp("10.0.0.10", "10.0.0.2", "a second later"));
        addFrame(a, QStringLiteral("a8"), kT0 + 10 * kSecond, udp("10.0.0.99", "10.0.0.98", "unrelated"));
        // b.pcapng interleaves with a.pcap; b2 lies 1 ns after the pair alert's span.
        addFrame(b, QStringLiteral("b1"), kT0 + 1 * kMs + 500'000, tcp("10.0.0.10", "10.0.0.2", test::tcpflag::kAck));
        addFrame(b, QStringLiteral("b2"), kT0 + kSecond + 1, udp("10.0.0.3", "10.0.0.4", "just after"));
        addFrame(c, QStringLiteral("c1"), kT0 + 100 * kSecond, udp("10.0.0.2", "10.0.0.10", "much later"));
        // e.pcap: raw IP frames inside the pair alert's span, which an Ethernet pcap cannot hold.
        addFrame(QStringLiteral("e.pcap"), QStringLiteral("e1"), kT0 + 1 * kMs + 100, rawUdp("10.0.0.2", "10.0.0.10"));
        addFrame(QStringLiteral("e.pcap"), QStringLiteral("e2"), kT0 + 2 * kMs + 100, rawUdp("10.0.0.10", "10.0.0.2"));
        m_shared = makeFixture();
        QVERIFY(m_shared);
    }

    void selection_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("frames");
        QTest::addColumn<QString>("note"); ///< a line expected before the summary, or empty
        const auto list = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        const QString linkNote = QStringLiteral("frame\\(s\\) of link type raw IP \\(101\\) not written: .* this one Ethernet \\(1\\)");
        QTest::newRow("pair, both directions, ARP, two files merged") << "pair" << list("") << list("a1 a2 b1 a4 a6") << linkNote;
        QTest::newRow("--window 1") << "pair" << list("--window 1") << list("a1 a2 b1 a4 a6 a7") << linkNote;
        QTest::newRow("src only") << "src-only" << list("") << list("a1 a2 b1 a3 a4 a6") << linkNote;
        QTest::newRow("dst only") << "dst-only" << list("") << list("a1 a2 b1 a3 a4 a6") << linkNote;
        QTest::newRow("MAC host") << "mac" << list("") << list("a5") << QString();
        QTest::newRow("--all-hosts") << "pair" << list("--all-hosts") << list("a1 a2 b1 a3 a4 a5 a6") << linkNote;
        QTest::newRow("--all-hosts --window 1ns") << "pair" << list("--all-hosts --window 0.000000001")
                                                  << list("a1 a2 b1 a3 a4 a5 a6 b2") << linkNote;
        QTest::newRow("instant + evidence outside") << "instant" << list("") << list("a6 a8") << QString();
        QTest::newRow("--limit keeps the evidence") << "pair-late-evidence" << list("--limit 2") << list("a1 a8")
                                                    << QStringLiteral("--limit 2 reached: more frames matched from 2023-11-14T22:13:20.001000007Z on");
        QTest::newRow("--limit in the span") << "pair" << list("--limit 2") << list("a1 a2")
                                             << QStringLiteral("--limit 2 reached: more frames matched from 2023-11-14T22:13:20.001000100Z on");
        QTest::newRow("--limit exactly met") << "pair" << list("--limit 5") << list("a1 a2 b1 a4 a6") << linkNote;
        QTest::newRow("only the later file") << "later-file" << list("") << list("c1") << QString();
    }

    void selection()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, options);
        QFETCH(QStringList, frames);
        QFETCH(QString, note);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString file = out.filePath(QStringLiteral("alert.pcap"));
        const CliRun run = runCli(QStringList{QStringLiteral("export-packets"), m_shared->survey, QStringLiteral("--alert"),
                                              m_shared->id(rule.toLatin1().constData()), QStringLiteral("-o"), file}
                                  + options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines = run.errLines();
        QCOMPARE(lines.size(), note.isEmpty() ? 1 : 2);
        if (!note.isEmpty())
            QVERIFY2(QRegularExpression(note).match(lines.front()).hasMatch(), qPrintable(lines.front()));
        QVERIFY2(lines.back().startsWith(QStringLiteral("mieruka-cli: %1: %2 frame(s) of alert ").arg(file).arg(frames.size())),
                 qPrintable(lines.back()));
        verifyFrames(file, frames);
        QVERIFY(!hasPartFiles(out.path()));
    }

    void rawIpLinkType()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString file = out.filePath(QStringLiteral("raw.pcap"));
        const CliRun run = runCli({QStringLiteral("export-packets"), m_shared->survey, QStringLiteral("--alert"), m_shared->id("raw"),
                                   QStringLiteral("-o"), file, QStringLiteral("-q")});
        // The first frame decides the file's link type; b1, Ethernet, comes after e1.
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errLines(), QStringList{QStringLiteral("mieruka-cli: 1 frame(s) of link type Ethernet (1) not written: "
                                                            "a pcap file holds one link type, this one raw IP (101)")});
        verifyFrames(file, {QStringLiteral("e1"), QStringLiteral("e2")}, DLT_RAW);
        const PcapContent content = readPcap(file);
        QCOMPARE(content.header.mid(20, 4), QByteArray::fromHex("65000000")); // LINKTYPE_RAW, not DLT_RAW
    }

    void standardOutput()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString file = out.filePath(QStringLiteral("piped.pcap"));
        const CliRun run = runCli({QStringLiteral("export-packets"), m_shared->survey, QStringLiteral("--alert"), m_shared->id("mac"),
                                   QStringLiteral("-o"), QStringLiteral("-")},
                                  file);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errLines().size() == 1 && run.errLines().front().startsWith(QStringLiteral("mieruka-cli: standard output: 1 frame(s)")),
                 run.err.constData());
        verifyFrames(file, {QStringLiteral("a5")});
    }

    void alertsCommand()
    {
        const CliRun run = runCli({QStringLiteral("alerts"), m_shared->survey});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        store::SurveyStore store(m_shared->survey.toStdString(), false);
        QCOMPARE(lines.size(), qsizetype(store.alerts().size()));
        const QString pair = m_shared->id("pair") + QStringLiteral("\ttest\thigh\t2023-11-14T22:13:20.000000000Z\t"
                                                                   "10.0.0.2 \u2192 10.0.0.10\ttcp\tpair\t3");
        QVERIFY2(lines.contains(pair), run.out.constData());
        const QString dstOnly = m_shared->id("dst-only") + QStringLiteral("\ttest\thigh\t2023-11-14T22:13:20.000000000Z\t"
                                                                          "- \u2192 10.0.0.10\ttcp\tdst-only\t3");
        QVERIFY2(lines.contains(dstOnly), run.out.constData());
        for (const auto& line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), 7);
    }

    void capturesMoved()
    {
        auto fixture = makeFixture(false);
        QVERIFY(fixture);
        QTemporaryDir moved;
        QVERIFY(moved.isValid());
        for (const auto& name : {"a.pcap", "b.pcapng", "c.pcap"})
            QVERIFY(QFile::rename(fixture->path(QString::fromLatin1(name)), moved.filePath(QString::fromLatin1(name))));
        const QString file = fixture->path(QStringLiteral("x.pcap"));

        // The later file alone is read for the later alert: the missing others go unnoticed.
        QVERIFY(QFile::copy(moved.filePath(QStringLiteral("c.pcap")), fixture->path(QStringLiteral("c.pcap"))));
        CliRun run = runCli({QStringLiteral("export-packets"), fixture->survey, QStringLiteral("--alert"), fixture->id("later-file"),
                             QStringLiteral("-o"), file, QStringLiteral("-q")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        verifyFrames(file, {QStringLiteral("c1")});

        // Nothing found: one line per missing file, exit 1, no output.
        QVERIFY(QFile::remove(file));
        run = runCli({QStringLiteral("export-packets"), fixture->survey, QStringLiteral("--alert"), fixture->id("pair"),
                      QStringLiteral("-o"), file});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 2);
        for (const auto& name : {"a.pcap", "b.pcapng"})
            QVERIFY2(run.err.contains(fixture->path(QString::fromLatin1(name)).toLocal8Bit() + ": no such file (capture "), run.err.constData());
        QVERIFY(!QFile::exists(file));

        run = runCli({QStringLiteral("export-packets"), fixture->survey, QStringLiteral("--alert"), fixture->id("pair"),
                      QStringLiteral("-o"), file, QStringLiteral("--capture-dir"), moved.path(), QStringLiteral("-q")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifyFrames(file, {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1"), QStringLiteral("a4"), QStringLiteral("a6")});
    }

    void captureMissingOrChanged()
    {
        auto fixture = makeFixture(false);
        QVERIFY(fixture);
        const QString file = fixture->path(QStringLiteral("x.pcap"));
        const QStringList arguments{QStringLiteral("export-packets"), fixture->survey, QStringLiteral("--alert"), fixture->id("pair"),
                                    QStringLiteral("-o"), file, QStringLiteral("-q")};

        // The same size with one byte changed (in a8, outside the span) passes the size check…
        QFile a(fixture->path(QStringLiteral("a.pcap")));
        QVERIFY(a.open(QIODevice::ReadWrite));
        QVERIFY(a.seek(a.size() - 1));
        QVERIFY(a.write("!") == 1);
        a.close();
        CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        verifyFrames(file, {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1"), QStringLiteral("a4"), QStringLiteral("a6")});
        // …but not --verify, which hashes it.
        run = runCli(arguments + QStringList{QStringLiteral("--verify")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(), QStringList{QStringLiteral("mieruka-cli: %1: changed since it was imported (SHA-256 differs); "
                                                            "its frames are not exported").arg(a.fileName())});
        verifyFrames(file, {QStringLiteral("b1")});

        // A file of another size is refused without hashing; the others are still exported.
        QFile b(fixture->path(QStringLiteral("b.pcapng")));
        const qint64 size = b.size();
        QVERIFY(b.open(QIODevice::Append));
        QVERIFY(b.write("xx") == 2);
        b.close();
        run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(), QStringList{QStringLiteral("mieruka-cli: %1: changed since it was imported (%2 bytes, the survey has %3); "
                                                            "its frames are not exported").arg(b.fileName()).arg(size + 2).arg(size)});
        verifyFrames(file, {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a4"), QStringLiteral("a6")});

        // The evidence file missing: named once, no second line about its evidence frame.
        QVERIFY(b.resize(size));
        QVERIFY(QFile::remove(a.fileName()));
        run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().front().startsWith(QStringLiteral("mieruka-cli: %1: no such file").arg(a.fileName())), run.err.constData());
        verifyFrames(file, {QStringLiteral("b1")});

        // Nothing readable: nothing written, and an earlier output is left as it was.
        QVERIFY(QFile::remove(b.fileName()));
        const QByteArray before = readPcap(file).header;
        run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 2);
        QVERIFY2(run.errLines().back().startsWith(QStringLiteral("mieruka-cli: %1: no such file").arg(b.fileName())), run.err.constData());
        verifyFrames(file, {QStringLiteral("b1")});
        QCOMPARE(readPcap(file).header, before);
        QVERIFY(!hasPartFiles(fixture->dir.path()));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments"); // SURVEY, ALERT(rule) and OUT are replaced
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("problem");
        const QString usage = QStringLiteral("export-packets: ");
        const auto row = [](const char* name, std::initializer_list<const char*> arguments, int exitCode, const QString& problem) {
            QStringList list;
            for (const char* argument : arguments)
                list << QString::fromLatin1(argument);
            QTest::newRow(name) << list << exitCode << problem;
        };
        row("unknown id", {"SURVEY", "--alert", "999999", "-o", "OUT"}, 2,
            QStringLiteral("has no alert 999999 ('mieruka-cli alerts SURVEY' lists them)"));
        row("no --alert", {"SURVEY", "-o", "OUT"}, 2, usage + QStringLiteral("--alert ID is required"));
        row("bad --alert", {"SURVEY", "--alert", "x", "-o", "OUT"}, 2, usage + QStringLiteral("--alert ID is required"));
        row("no -o", {"SURVEY", "--alert", "pair"}, 2, usage + QStringLiteral("-o FILE is required"));
        row("--limit 0", {"SURVEY", "--alert", "pair", "-o", "OUT", "--limit", "0"}, 2, QStringLiteral("--limit: expected a positive number"));
        row("--window -1", {"SURVEY", "--alert", "pair", "-o", "OUT", "--window", "-1"}, 2, QStringLiteral("--window: expected seconds"));
        row("two surveys", {"SURVEY", "SURVEY", "--alert", "pair", "-o", "OUT"}, 2, usage + QStringLiteral("give exactly one survey file"));
        row("unknown option", {"SURVEY", "--alert", "pair", "-o", "OUT", "--frobnicate"}, 2, QStringLiteral("Unknown option 'frobnicate'"));
        row("output is a capture", {"SURVEY", "--alert", "pair", "-o", "CAPTURE"}, 2, QStringLiteral("is a capture file being read"));
        row("no such survey", {"NOSURVEY", "--alert", "1", "-o", "OUT"}, 1, QStringLiteral("no such survey file"));
        row("no frames", {"SURVEY", "--alert", "nobody", "-o", "OUT"}, 1,
            QStringLiteral("no frames to or from 10.9.9.9 from 2023-11-14T22:13:20.000000000Z to 2023-11-14T22:13:21.000000000Z "
                           "in 3 capture file(s); nothing written"));
        row("no capture covers it", {"SURVEY", "--alert", "no-capture", "-o", "OUT"}, 1,
            QStringLiteral("no capture file of the survey covers 2023-11-14T22:14:10.000000000Z to 2023-11-14T22:14:20.000000000Z"));
        row("output folder missing", {"SURVEY", "--alert", "pair", "-o", "MISSINGDIR/out.pcap"}, 1,
            QStringLiteral("MISSINGDIR/out.pcap: cannot create MISSINGDIR/out.pcap.part (No such file or directory)"));
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, problem);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString missingDir = out.filePath(QStringLiteral("no-such-folder"));
        const QString output = out.filePath(QStringLiteral("out.pcap"));
        for (auto& argument : arguments) {
            if (argument == QStringLiteral("SURVEY"))
                argument = m_shared->survey;
            else if (argument == QStringLiteral("NOSURVEY"))
                argument = out.filePath(QStringLiteral("none.mieruka"));
            else if (argument == QStringLiteral("OUT"))
                argument = output;
            else if (argument == QStringLiteral("CAPTURE"))
                argument = m_shared->path(QStringLiteral("a.pcap"));
            else if (m_shared->alertIds.count(argument))
                argument = QString::number(m_shared->alertIds.at(argument));
            argument.replace(QStringLiteral("MISSINGDIR"), missingDir);
        }
        problem.replace(QStringLiteral("SURVEY"), m_shared->survey).replace(QStringLiteral("MISSINGDIR"), missingDir);
        const CliRun run = runCli(QStringList{QStringLiteral("export-packets")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QStringList lines = run.errLines();
        QVERIFY2(lines.size() == 1 && lines.front().startsWith(QStringLiteral("mieruka-cli: ")) && lines.front().contains(problem),
                 run.err.constData());
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty()); // no output, no .part
        const PcapContent capture = readPcap(m_shared->path(QStringLiteral("a.pcap")));
        QCOMPARE(capture.frames.size(), std::size_t(8));
    }

    void fullDisk()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("/dev/full does not exist on this system");
        const CliRun run = runCli({QStringLiteral("export-packets"), m_shared->survey, QStringLiteral("--alert"), m_shared->id("pair"),
                                   QStringLiteral("-o"), QStringLiteral("-")},
                                  QStringLiteral("/dev/full"));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(), QStringList{QStringLiteral("mieruka-cli: standard output: cannot write (No space left on device)")});

        // A device is written directly: renaming a .part onto it would replace the device node.
        const CliRun device = runCli({QStringLiteral("export-packets"), m_shared->survey, QStringLiteral("--alert"), m_shared->id("pair"),
                                      QStringLiteral("-o"), QStringLiteral("/dev/full")});
        QCOMPARE(device.exitCode, 1);
        QCOMPARE(device.errLines(), QStringList{QStringLiteral("mieruka-cli: /dev/full: cannot write (No space left on device)")});
        QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/full.part")));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    }
};

QTEST_GUILESS_MAIN(TestExportPackets)
#include "tst_export_packets.moc"
