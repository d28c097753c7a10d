// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mieruka-cli binary: happy paths, and every bad input the issue lists. A bad input
// must give a non-zero exit, exactly one "mieruka-cli: " line on stderr naming the file and the
// problem, and must not lose anything the survey already held.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// After the Qt headers: moc (C++17 predefs) fails to parse <concepts> when it comes first.
#include "tests/support/capture_file_writer.h"
#include "tests/support/packet_builder.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace mieruka;

namespace {

constexpr std::int64_t kSecond = 1'000'000'000;
constexpr std::int64_t kStart = 1'700'000'000LL * kSecond;
constexpr uid_t kNobody = 65534;

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

struct RunOptions {
    QString stdoutFile;   ///< redirect stdout to this file (e.g. /dev/full)
    bool asNobody = false; ///< run through setpriv as uid/gid 65534
};

CliRun runCli(const QStringList& arguments, const RunOptions& options = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // strerror() text in English
    process.setProcessEnvironment(environment);
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
    if (options.asNobody) {
        QStringList wrapped{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                            QStringLiteral(MIERUKA_CLI_PATH)};
        process.start(QStringLiteral("setpriv"), wrapped + arguments);
    } else {
        process.start(QStringLiteral(MIERUKA_CLI_PATH), arguments);
    }
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

test::Bytes tcpFrame(const char* src, const char* dst, std::uint16_t sport, std::uint16_t dport, std::uint8_t flags)
{
    test::TcpFields tcp;
    tcp.flags = flags;
    return test::PacketBuilder()
        .ethernet("00:1B:1B:00:00:02", "00:1b:1b:00:00:01")
        .ipv4(src, dst)
        .tcp(sport, dport, tcp)
        .payload(test::bytesFromHex("000100000006010300000001"))
        .build();
}

/// Four Ethernet frames: a TCP exchange, an IPv6 UDP datagram with upper-case text addresses in
/// the builder (the export must print them lower-case) and an IPv4 UDP datagram.
std::vector<test::CaptureFrame> goodFrames()
{
    std::vector<test::CaptureFrame> frames;
    frames.push_back({kStart, tcpFrame("10.0.0.2", "10.0.0.10", 40000, 502, test::tcpflag::kSyn)});
    frames.push_back({kStart + kSecond / 10, tcpFrame("10.0.0.10", "10.0.0.2", 502, 40000, test::tcpflag::kSyn | test::tcpflag::kAck)});
    frames.push_back({kStart + kSecond / 5, test::PacketBuilder()
                                               .ethernet("33:33:00:00:00:01", "00:1B:1B:00:00:03")
                                               .ipv6("FE80::ABCD", "FF02::1")
                                               .udp(5000, 5000)
                                               .payload(std::string_view("hello"))
                                               .build()});
    frames.push_back({kStart + kSecond, test::PacketBuilder()
                                           .ethernet("00:1b:1b:00:00:02", "00:1b:1b:00:00:04")
                                           .ipv4("192.168.0.1", "10.0.0.2")
                                           .udp(53, 1000)
                                           .payload(std::string_view("dns?"))
                                           .build()});
    return frames;
}

qint64 totalBytes(const std::vector<test::CaptureFrame>& frames)
{
    qint64 sum = 0;
    for (const auto& frame : frames)
        sum += frame.originalLength ? frame.originalLength : qint64(frame.data.size());
    return sum;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Checks one bad-input run: non-zero exit, one prefixed stderr line with `path` and `problem`.
#define VERIFY_ONE_PROBLEM(run, path, problem)                                                             \
    do {                                                                                                   \
        QVERIFY2((run).exitCode > 0, qPrintable(QStringLiteral("exit %1").arg((run).exitCode)));            \
        const QStringList lines_ = (run).errLines();                                                       \
        QVERIFY2(lines_.size() == 1, qPrintable(QStringLiteral("stderr: ") + QString::fromLocal8Bit((run).err))); \
        QVERIFY2(lines_.front().startsWith(QStringLiteral("mieruka-cli: ")), qPrintable(lines_.front()));    \
        QVERIFY2(lines_.front().contains(path), qPrintable(lines_.front()));                               \
        QVERIFY2(lines_.front().contains(problem), qPrintable(lines_.front()));                            \
    } while (false)

/// Why uid 65534 cannot run the CLI binary, or an empty string if it can.
QString unreachableReason(const QString& binary)
{
    QFileInfo info(binary);
    if (!(info.permissions() & QFileDevice::ExeOther))
        return QStringLiteral("%1 is not executable by others").arg(info.absoluteFilePath());
    for (QDir dir = info.absoluteDir();; ) {
        struct stat st {};
        if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &st) != 0 || !(st.st_mode & S_IXOTH))
            return QStringLiteral("%1 is not searchable by others").arg(dir.absolutePath());
        if (dir.isRoot() || !dir.cdUp())
            break;
    }
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good;
    std::vector<test::CaptureFrame> m_goodFrames;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// The survey's JSON export; fails the test (returns false) if it cannot be read.
    bool exportSurvey(const QString& survey, QJsonObject& root)
    {
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--survey"), survey, QStringLiteral("--json"), QStringLiteral("-")});
        if (run.exitCode != 0) {
            qWarning("export failed: %s", run.err.constData());
            return false;
        }
        QJsonParseError error;
        root = QJsonDocument::fromJson(run.out, &error).object();
        return error.error == QJsonParseError::NoError;
    }

    /// The good capture is still in `survey` with all its frames.
    void verifyGoodKept(const QString& survey)
    {
        QJsonObject root;
        QVERIFY(exportSurvey(survey, root));
        bool found = false;
        for (const auto& value : root.value(QStringLiteral("captures")).toArray()) {
            const QJsonObject capture = value.toObject();
            if (capture.value(QStringLiteral("file")).toString() != m_good)
                continue;
            found = true;
            QCOMPARE(capture.value(QStringLiteral("packets")).toInteger(), qint64(m_goodFrames.size()));
            QCOMPARE(capture.value(QStringLiteral("bytes")).toInteger(), totalBytes(m_goodFrames));
            QVERIFY(capture.value(QStringLiteral("complete")).toBool());
        }
        QVERIFY2(found, "the good capture is gone from the survey");
        QVERIFY(root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("packets")).toInteger()
                >= qint64(m_goodFrames.size()));
        const QJsonArray ips = root.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("ip")).toArray();
        QVERIFY(ips.contains(QStringLiteral("10.0.0.10")));
        QVERIFY(ips.contains(QStringLiteral("fe80::abcd")));
    }

    /// A survey in `folder` holding the good capture.
    QString makeSurvey(const QString& folder)
    {
        const QString survey = QDir(folder).filePath(QStringLiteral("S.mieruka"));
        const CliRun run = runCli({QStringLiteral("analyze"), m_good, QStringLiteral("--survey"), survey});
        if (run.exitCode != 0 || !run.err.isEmpty())
            qWarning("good import failed (%d): %s", run.exitCode, run.err.constData());
        return run.exitCode == 0 ? survey : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(MIERUKA_CLI_PATH)), MIERUKA_CLI_PATH);
        m_goodFrames = goodFrames();
        m_good = path(QStringLiteral("good.pcap"));
        QVERIFY(test::writeFile(m_good.toStdString(), test::makePcap(m_goodFrames)));
    }

    void versionAndHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stdoutPattern");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("^mieruka-cli \\d+\\.\\d+\\.\\d+\\S*\\n$");
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << QStringLiteral("^mieruka-cli \\d+\\.\\d+\\.\\d+\\S*\\n$");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("^Usage: mieruka-cli COMMAND .*analyze");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("^Usage: mieruka-cli COMMAND .*analyze");
        QTest::newRow("analyze --help") << QStringList{QStringLiteral("analyze"), QStringLiteral("--help")}
                                        << QStringLiteral("--survey.*--json.*--assets-csv.*--html");
    }

    void versionAndHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stdoutPattern);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QRegularExpression pattern(stdoutPattern, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(pattern.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("analyze nothing") << QStringList{QStringLiteral("analyze")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("analyze"), QStringLiteral("--no-such-option")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(run.out, QByteArray());
    }

    void analyzeGoodCapture()
    {
        const QString json = path(QStringLiteral("good.json"));
        const QString csv = path(QStringLiteral("good.csv"));
        const QString html = path(QStringLiteral("good.html"));
        const CliRun run = runCli({QStringLiteral("analyze"), m_good, QStringLiteral("--json"), json, QStringLiteral("--assets-csv"), csv,
                                   QStringLiteral("--html"), html});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());

        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(readBytes(json), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("mieruka-analysis/1"));
        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("packets")).toInteger(), qint64(m_goodFrames.size()));
        QCOMPARE(totals.value(QStringLiteral("bytes")).toInteger(), totalBytes(m_goodFrames));
        QCOMPARE(totals.value(QStringLiteral("start")).toString(), QStringLiteral("2023-11-14T22:13:20.000000000Z"));
        QCOMPARE(totals.value(QStringLiteral("end")).toString(), QStringLiteral("2023-11-14T22:13:21.000000000Z"));
        const QJsonArray captures = root.value(QStringLiteral("captures")).toArray();
        QCOMPARE(captures.size(), 1);
        QCOMPARE(captures.at(0).toObject().value(QStringLiteral("file")).toString(), m_good);

        QStringList ips;
        for (const auto& value : root.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("ip")).toArray())
            ips << value.toString();
        const QStringList expected{QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.2"), QStringLiteral("192.168.0.1"),
                                   QStringLiteral("fe80::abcd"), QStringLiteral("ff02::1")};
        QCOMPARE(ips, expected); // sorted, lower-case
        for (const auto& ip : ips)
            QCOMPARE(ip, ip.toLower());

        QStringList macs;
        for (const auto& value : root.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("mac")).toArray())
            macs << value.toString();
        QStringList sortedMacs = macs;
        sortedMacs.sort();
        QCOMPARE(macs, sortedMacs);
        for (const auto& mac : macs)
            QCOMPARE(mac, mac.toLower());

        const QByteArray csvBytes = readBytes(csv);
        QVERIFY2(csvBytes.startsWith("\xEF\xBB\xBF"), "asset CSV lacks the UTF-8 BOM");
        QVERIFY(csvBytes.size() > 3);
        QVERIFY(!readBytes(html).isEmpty());
    }

    void importTwiceIsIdempotent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("S.mieruka"));
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        const CliRun run1 = runCli({QStringLiteral("analyze"), m_good, QStringLiteral("--survey"), survey, QStringLiteral("--json"), first});
        QCOMPARE(run1.exitCode, 0);
        QCOMPARE(run1.err, QByteArray());
        const CliRun run2 = runCli({QStringLiteral("analyze"), m_good, QStringLiteral("--survey"), survey, QStringLiteral("--json"), second});
        QCOMPARE(run2.exitCode, 0);
        const QStringList lines = run2.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().startsWith(QStringLiteral("mieruka-cli: ")), qPrintable(lines.front()));
        QVERIFY2(lines.front().contains(m_good), qPrintable(lines.front()));
        QVERIFY2(lines.front().contains(QStringLiteral("already in the survey")), qPrintable(lines.front()));
        const QByteArray a = readBytes(first);
        QVERIFY(!a.isEmpty());
        QCOMPARE(readBytes(second), a);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("framesKept"); ///< frames of the bad file that must still be imported

        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("no such file") << 0;
        QTest::newRow("permission denied") << QStringLiteral("permission") << QStringLiteral("permission denied") << 0;
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty file (0 bytes)") << 0;
        QTest::newRow("not a capture") << QStringLiteral("text") << QStringLiteral("not a capture file") << 0;
        QTest::newRow("truncated last packet") << QStringLiteral("truncated") << QStringLiteral("truncated last packet after 2 packets") << 2;
        QTest::newRow("unsupported link type") << QStringLiteral("arcnet")
                                               << QStringLiteral("unsupported link type 7 (ARCNET): 3 frames counted but not decoded") << 3;
    }

    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QFETCH(int, framesKept);

        // Everything lives in folders other users can reach, for the permission case.
        QTemporaryDir surveyDir, inputDir;
        QVERIFY(surveyDir.isValid() && inputDir.isValid());
        QVERIFY(::chmod(QFile::encodeName(surveyDir.path()).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(inputDir.path()).constData(), 0755) == 0);
        const QString survey = makeSurvey(surveyDir.path());
        QVERIFY(!survey.isEmpty());

        RunOptions options;
        QString bad;
        if (kind == QLatin1String("missing")) {
            bad = inputDir.filePath(QStringLiteral("missing.pcap"));
        } else if (kind == QLatin1String("permission")) {
            bad = inputDir.filePath(QStringLiteral("locked.pcap"));
            QVERIFY(test::writeFile(bad.toStdString(), test::makePcap(m_goodFrames)));
            QVERIFY(::chmod(QFile::encodeName(bad).constData(), 0000) == 0);
            if (::geteuid() == 0) {
                // root ignores mode bits: run the CLI as nobody instead.
                if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                    QSKIP("running as root and setpriv (util-linux) is not installed, so the permission check cannot be exercised");
                const QString reason = unreachableReason(QStringLiteral(MIERUKA_CLI_PATH));
                if (!reason.isEmpty())
                    QSKIP(qPrintable(QStringLiteral("running as root and mieruka-cli is not reachable by uid %1: %2").arg(kNobody).arg(reason)));
                QVERIFY(::chmod(QFile::encodeName(survey).constData(), 0666) == 0);
                options.asNobody = true;
            }
        } else if (kind == QLatin1String("empty")) {
            bad = inputDir.filePath(QStringLiteral("empty.pcap"));
            QVERIFY(writeBytes(bad, QByteArray()));
        } else if (kind == QLatin1String("text")) {
            bad = inputDir.filePath(QStringLiteral("notes.pcap"));
            QVERIFY(writeBytes(bad, QByteArrayLiteral("This is a text file, not a capture.\nSecond line.\n")));
        } else if (kind == QLatin1String("truncated")) {
            bad = inputDir.filePath(QStringLiteral("truncated.pcap"));
            std::vector<test::CaptureFrame> frames;
            for (int i = 0; i < 3; ++i)
                frames.push_back({kStart + 10 * kSecond + i * kSecond,
                                  tcpFrame("172.16.0.1", "172.16.0.2", std::uint16_t(41000 + i), 102, test::tcpflag::kSyn)});
            test::Bytes image = test::makePcap(frames);
            image.resize(image.size() - 10); // cut into the last frame's data
            QVERIFY(test::writeFile(bad.toStdString(), image));
        } else if (kind == QLatin1String("arcnet")) {
            bad = inputDir.filePath(QStringLiteral("arcnet.pcap"));
            std::vector<test::CaptureFrame> frames;
            for (int i = 0; i < 3; ++i)
                frames.push_back({kStart + 20 * kSecond + i * kSecond, test::bytesFromHex("01 02 d4 00 00 01 02 03 04 05 06 07")});
            test::PcapOptions pcap;
            pcap.linkType = 7; // LINKTYPE_ARCNET_BSD
            QVERIFY(test::writeFile(bad.toStdString(), test::makePcap(frames, pcap)));
        } else {
            QFAIL("unknown row kind");
        }

        const CliRun run = runCli({QStringLiteral("analyze"), bad, QStringLiteral("--survey"), survey}, options);
        VERIFY_ONE_PROBLEM(run, bad, problem);
        verifyGoodKept(survey);

        // What the bad file held before its damage is imported (and only that).
        QJsonObject root;
        QVERIFY(exportSurvey(survey, root));
        QCOMPARE(root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("packets")).toInteger(),
                 qint64(m_goodFrames.size()) + framesKept);
    }

    void fullDiskOnStandardOutput()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("/dev/full does not exist on this system");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = makeSurvey(dir.path());
        QVERIFY(!survey.isEmpty());
        RunOptions options;
        options.stdoutFile = QStringLiteral("/dev/full");
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--survey"), survey, QStringLiteral("--json"), QStringLiteral("-")},
                                  options);
        VERIFY_ONE_PROBLEM(run, QStringLiteral("standard output"), QStringLiteral("write failed (No space left on device)"));
        verifyGoodKept(survey);
    }

    void corruptSurvey_data()
    {
        QTest::addColumn<bool>("withCapture");
        QTest::newRow("import into it") << true;
        QTest::newRow("export it") << false;
    }

    void corruptSurvey()
    {
        QFETCH(bool, withCapture);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("S.mieruka"));
        QByteArray garbage(8192, Qt::Uninitialized);
        QRandomGenerator random(20240613);
        for (auto& byte : garbage)
            byte = char(random.bounded(256));
        QVERIFY(!garbage.startsWith("SQLite format 3"));
        QVERIFY(writeBytes(survey, garbage));

        const QString json = dir.filePath(QStringLiteral("out.json"));
        QStringList arguments{QStringLiteral("analyze")};
        if (withCapture)
            arguments << m_good;
        arguments << QStringLiteral("--survey") << survey << QStringLiteral("--json") << json;
        const CliRun run = runCli(arguments);
        VERIFY_ONE_PROBLEM(run, survey, QStringLiteral("not a Mieruka survey"));
        QCOMPARE(readBytes(survey), garbage); // never overwritten
        QVERIFY(!QFileInfo::exists(json));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("S.mieruka")});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
