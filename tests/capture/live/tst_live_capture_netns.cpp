// SPDX-License-Identifier: GPL-3.0-or-later
// Live capture end to end: traffic replayed by tcpreplay into veth pairs inside a network
// namespace of the test's own, captured by the real helper through the CLI and the GUI.
#include "cli_capture_run.h"
#include "netns_fixture.h"
#include "replay_captures.h"

#include "capture/protocol/frame_reader.h"
#include "capture/protocol/mirror_check.h"
#include "capture/protocol/status_message.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <sys/stat.h>
#include <unistd.h>

using namespace mieruka;
namespace protocol = mieruka::capture::protocol;
using namespace mieruka::test::live;

namespace {

const QString kCli = QStringLiteral(MIERUKA_CLI);
const QString kHelper = QStringLiteral(MIERUKA_CAPTURE_HELPER);
const QString kGuiTest = QStringLiteral(MIERUKA_GUI_LIVE_TEST);
const QString kFactoryGen = QStringLiteral(MIERUKA_FACTORY_GEN);
const char* const kOwnMac = "02:00:00:00:00:0d";
constexpr int kNobody = 65534;

struct Replay {
    bool ok = false;
    quint64 sent = 0;
    QString rate; ///< what tcpreplay says it achieved, "98.71 Mbps"
    QString output;
};

Replay replay(const NetnsFixture& netns, const QString& interface, const QString& file, const QString& mbps)
{
    Replay result;
    result.ok = netns.run(QStringLiteral("tcpreplay"), {QStringLiteral("-i"), interface, QStringLiteral("--mbps"), mbps, file},
                          &result.output);
    const auto sent = QRegularExpression(QStringLiteral("Successful packets:\\s+(\\d+)")).match(result.output);
    result.sent = sent.hasMatch() ? sent.captured(1).toULongLong() : 0;
    const auto rate = QRegularExpression(QStringLiteral("([\\d.]+ Mbps)")).match(result.output);
    result.rate = rate.hasMatch() ? rate.captured(1) : QStringLiteral("?");
    return result;
}

/// `mieruka-cli analyze … --json` as an object; empty with `error` set on failure.
QJsonObject analyzeJson(const QStringList& inputs, const QString& survey, const QString& jsonPath, QString& error)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(kCli, QStringList{QStringLiteral("analyze")} + inputs
                        + QStringList{QStringLiteral("--survey"), survey, QStringLiteral("--json"), jsonPath});
    if (!cli.waitForFinished(300000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        error = QString::fromLocal8Bit(cli.readAll());
        return {};
    }
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Per host (by MAC; IP-only hosts by their addresses): "packets/bytes".
std::map<QString, QString> hostCounts(const QJsonObject& report)
{
    std::map<QString, QString> counts;
    for (const QJsonValue& value : report.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject host = value.toObject();
        QString key = host.value(QStringLiteral("mac")).toString();
        if (key.isEmpty()) {
            QStringList ips;
            for (const QJsonValue& ip : host.value(QStringLiteral("ips")).toArray())
                ips << ip.toString();
            key = QStringLiteral("ip:") + ips.join(QLatin1Char(','));
        }
        counts[key] = QStringLiteral("%1/%2")
                          .arg(host.value(QStringLiteral("packets")).toInteger())
                          .arg(host.value(QStringLiteral("bytes")).toInteger());
    }
    return counts;
}

qint64 total(const QJsonObject& report, const char* field)
{
    return report.value(QStringLiteral("totals")).toObject().value(QString::fromLatin1(field)).toInteger(-1);
}

struct CliSummary {
    quint64 captured = 0, imported = 0;
    bool parsed = false;
};

CliSummary summaryOf(const QString& out)
{
    const auto match = QRegularExpression(QStringLiteral("Captured (\\d+) packets .*; (\\d+) frames imported")).match(out);
    return match.hasMatch() ? CliSummary{match.captured(1).toULongLong(), match.captured(2).toULongLong(), true} : CliSummary{};
}

/// The capability sets of a process and its no_new_privs flag, from /proc/<pid>/status:
/// "CapEff" → bits, "NoNewPrivs" → 0/1.
std::map<QString, quint64> capabilitiesOf(qint64 pid)
{
    std::map<QString, quint64> caps;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return caps;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (line.startsWith("Cap"))
            caps[QString::fromLatin1(parts[0])] = parts.value(1).trimmed().toULongLong(nullptr, 16);
        else if (line.startsWith("NoNewPrivs"))
            caps[QString::fromLatin1(parts[0])] = parts.value(1).trimmed().toULongLong();
    }
    return caps;
}

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString describe(const protocol::InterfaceStats& s)
{
    return QStringLiteral("%1: %2 packets, own %3, group %4, foreign unicast %5 in %6 pair(s)")
        .arg(QString::fromStdString(s.name))
        .arg(s.packets)
        .arg(s.ownFrames)
        .arg(s.groupFrames)
        .arg(s.foreignUnicastFrames)
        .arg(s.foreignPairs);
}

} // namespace

class TestLiveCaptureNetns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
        QVERIFY2(QFile::exists(kHelper), qPrintable(kHelper));
        QVERIFY(m_dir.isValid());
        QString why;
        if (!m_netns.setUp(why))
            QSKIP(qPrintable(why));
        QString error;
        for (const auto& [a, b] : {std::pair{"va", "vb"}, std::pair{"vc", "vd"}, std::pair{"vr", "vs"}})
            QVERIFY2(m_netns.addVethPair(QString::fromLatin1(a), QString::fromLatin1(b), error), qPrintable(error));
        QVERIFY2(m_netns.setMac(QStringLiteral("vd"), QString::fromLatin1(kOwnMac), error), qPrintable(error));

        m_replay = m_dir.filePath(QStringLiteral("plant.pcap"));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (QFile::exists(kFactoryGen) && !python.isEmpty()) {
            QProcess generator;
            generator.setProcessChannelMode(QProcess::MergedChannels);
            generator.start(python, {kFactoryGen, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--hosts"),
                                     QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("600"),
                                     QStringLiteral("--out"), m_replay, QStringLiteral("--truth"),
                                     m_dir.filePath(QStringLiteral("plant.json"))});
            QVERIFY(generator.waitForFinished(300000));
            QVERIFY2(generator.exitCode() == 0, generator.readAll().constData());
            qInfo("replaying factory_gen.py --seed 1 --hosts 20 --duration 600 (%s)", qPrintable(kFactoryGen));
        } else {
            QVERIFY(writeBuilderPlant(m_replay) > 0);
            qInfo("factory_gen.py not found at %s: replaying the test builder's small plant instead", qPrintable(kFactoryGen));
        }
        const auto frames = countPcapFrames(m_replay);
        QVERIFY(frames && *frames > 0);
        m_frames = *frames;
        // setpriv'd runs as nobody must reach the helper copies and their own folder below.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    }

    void cleanupTestCase()
    {
        const QString name = m_netns.name();
        m_netns.tearDown();
        QProcess list;
        list.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
        QVERIFY(list.waitForFinished(10000));
        QVERIFY2(!QString::fromLocal8Bit(list.readAll()).contains(name), "the test namespace outlived the test");
    }

    /// Every frame of a 100 Mbit/s replay reaches the survey, and the survey says what an
    /// offline analysis of the same file says.
    void capture100Mbit()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cli"));
        QVERIFY(QDir().mkpath(folder));
        const QString survey = folder + QStringLiteral("/s.mieruka");
        CliCaptureRun run(m_netns, {kCli, QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("vb"),
                                    QStringLiteral("--survey"), survey});
        QString error;
        QVERIFY2(run.start(error), qPrintable(error));
        QVERIFY2(run.waitForRingFile(folder + QStringLiteral("/s.captures"), 30000), qPrintable(run.err()));

        const Replay sent = replay(m_netns, QStringLiteral("va"), m_replay, QStringLiteral("100"));
        QVERIFY2(sent.ok, qPrintable(sent.output));
        QCOMPARE(sent.sent, m_frames);
        run.waitForPackets(m_frames, 30000); // the comparison below tells if it never got there
        const int exitCode = run.interruptAndWait(180000);
        QVERIFY2(exitCode == 0, qPrintable(run.out() + run.err()));

        const CliSummary summary = summaryOf(run.out());
        QVERIFY2(summary.parsed, qPrintable(run.out()));
        qInfo("100 Mbit/s replay (tcpreplay achieved %s): %llu frames sent, %llu captured, %llu imported", qPrintable(sent.rate),
              static_cast<unsigned long long>(sent.sent), static_cast<unsigned long long>(summary.captured),
              static_cast<unsigned long long>(summary.imported));
        QVERIFY2(run.out().contains(QStringLiteral("Dropped: 0 by the kernel, 0 by the interface.")), qPrintable(run.out()));
        QCOMPARE(summary.captured, m_frames);
        QCOMPARE(summary.imported, m_frames);

        const QJsonObject live = analyzeJson({}, survey, folder + QStringLiteral("/live.json"), error);
        QVERIFY2(!live.isEmpty(), qPrintable(error));
        const QJsonObject offline = analyzeJson({m_replay}, folder + QStringLiteral("/offline.mieruka"),
                                                folder + QStringLiteral("/offline.json"), error);
        QVERIFY2(!offline.isEmpty(), qPrintable(error));
        QCOMPARE(total(live, "packets"), qint64(m_frames));
        QCOMPARE(total(live, "packets"), total(offline, "packets"));
        QCOMPARE(total(live, "bytes"), total(offline, "bytes"));
        const auto liveHosts = hostCounts(live);
        const auto offlineHosts = hostCounts(offline);
        QVERIFY(!offlineHosts.empty());
        for (const auto& [key, counts] : offlineHosts) {
            const auto found = liveHosts.find(key);
            QVERIFY2(found != liveHosts.end(), qPrintable(key));
            QVERIFY2(found->second == counts, qPrintable(QStringLiteral("%1: live %2, offline %3").arg(key, found->second, counts)));
        }
        QCOMPARE(liveHosts.size(), offlineHosts.size());

        const QString ring = folder + QStringLiteral("/s.captures");
        QCOMPARE(modeOf(ring), 0700);
        const QStringList files = QDir(ring).entryList({QStringLiteral("*.pcapng")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files)
            QVERIFY2(modeOf(ring + QLatin1Char('/') + file) == 0600, qPrintable(file));
    }

    /// The helper holds no capability once capturing, and promiscuous capture works for an
    /// ordinary user given CAP_NET_RAW alone as a file capability.
    void leastPrivilege()
    {
        const QString rootFolder = m_dir.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(rootFolder));
        {
            CliCaptureRun run(m_netns, {kCli, QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("vb"),
                                        QStringLiteral("--survey"), rootFolder + QStringLiteral("/s.mieruka")});
            QString error;
            QVERIFY2(run.start(error), qPrintable(error));
            QVERIFY2(run.waitForRingFile(rootFolder + QStringLiteral("/s.captures"), 30000), qPrintable(run.err()));
            const qint64 helper = run.helperPid();
            QVERIFY2(helper > 0, "no mieruka-capture child of the CLI");
            verifyCapturingWithoutRights(helper, true);
            QCOMPARE(run.interruptAndWait(60000), 0);
        }

        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        const QString plain = bin + QStringLiteral("/plain/mieruka-capture");
        const QString granted = bin + QStringLiteral("/granted/mieruka-capture");
        for (const QString& copy : {plain, granted}) {
            QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
            QVERIFY(QFile::copy(kHelper, copy));
            QVERIFY(::chmod(QFile::encodeName(QFileInfo(copy).path()).constData(), 0755) == 0);
            QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0755) == 0);
        }
        QVERIFY(::chmod(QFile::encodeName(bin).constData(), 0755) == 0);
        const QString home = m_dir.filePath(QStringLiteral("nobody"));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(::chown(QFile::encodeName(home).constData(), kNobody, kNobody) == 0);
        QVERIFY(::chmod(QFile::encodeName(home).constData(), 0700) == 0);
        const auto asNobody = [&](const QString& helper, const QString& survey) {
            return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(kNobody),
                               QStringLiteral("--regid=%1").arg(kNobody), QStringLiteral("--clear-groups"),
                               QStringLiteral("env"), QStringLiteral("MIERUKA_CAPTURE_HELPER=") + helper,
                               QStringLiteral("HOME=") + home, kCli, QStringLiteral("capture"), QStringLiteral("-i"),
                               QStringLiteral("vb"), QStringLiteral("--survey"), survey};
        };

        {
            // Without the file capability the user must be told the fix, not just "permission denied".
            CliCaptureRun run(m_netns, asNobody(plain, home + QStringLiteral("/plain.mieruka")));
            QString error;
            QVERIFY2(run.start(error), qPrintable(error));
            const int exitCode = run.waitForExit(60000);
            QVERIFY2(exitCode != 0 && exitCode != -1, qPrintable(run.out() + run.err()));
            QVERIFY2(run.err().contains(QStringLiteral("setcap")), qPrintable(run.err()));
            qInfo("without the file capability (exit %d): %s", exitCode, qPrintable(run.err().trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | "))));
        }

        QString setcapOutput;
        QProcess setcap;
        setcap.setProcessChannelMode(QProcess::MergedChannels);
        setcap.start(QStringLiteral("setcap"), {QStringLiteral("cap_net_raw+ep"), granted});
        if (!setcap.waitForFinished(10000) || setcap.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("setcap cannot set file capabilities here (%1); unprivileged run not measured")
                                 .arg(QString::fromLocal8Bit(setcap.readAll()).trimmed())));

        const QString survey = home + QStringLiteral("/s.mieruka");
        CliCaptureRun run(m_netns, asNobody(granted, survey));
        QString error;
        QVERIFY2(run.start(error), qPrintable(error));
        QVERIFY2(run.waitForRingFile(home + QStringLiteral("/s.captures"), 30000), qPrintable(run.out() + run.err()));
        const qint64 helper = run.helperPid();
        QVERIFY(helper > 0);
        // Without CAP_SETPCAP it cannot shrink its bounding set; no_new_privs makes that moot.
        verifyCapturingWithoutRights(helper, false);
        // The kernel counts promiscuous holders: proof that PACKET_MR_PROMISC was granted, since
        // on a veth frames for other MACs reach a packet socket even without promiscuous mode.
        const int promiscuity = m_netns.promiscuity(QStringLiteral("vb"));
        QVERIFY2(promiscuity >= 1, qPrintable(QString::number(promiscuity)));
        const QString vbMac = m_netns.macOf(QStringLiteral("vb"));

        const Replay sent = replay(m_netns, QStringLiteral("va"), m_replay, QStringLiteral("100"));
        QVERIFY2(sent.ok, qPrintable(sent.output));
        run.waitForPackets(m_frames, 30000);
        QVERIFY2(run.interruptAndWait(180000) == 0, qPrintable(run.out() + run.err()));
        const CliSummary summary = summaryOf(run.out());
        QVERIFY2(summary.parsed, qPrintable(run.out()));
        qInfo("uid %d with only cap_net_raw+ep on the helper (no CAP_NET_ADMIN): promiscuous mode set (vb promiscuity %d), "
              "%llu of %llu frames not addressed to vb (%s) captured, %llu imported; %s",
              kNobody, promiscuity, static_cast<unsigned long long>(summary.captured),
              static_cast<unsigned long long>(m_frames), qPrintable(vbMac), static_cast<unsigned long long>(summary.imported),
              qPrintable(run.out().section(QLatin1Char('\n'), 1, 1)));
        QCOMPARE(summary.captured, m_frames);
        QCOMPARE(summary.imported, m_frames);
        QVERIFY(run.out().contains(QStringLiteral("Dropped: 0 by the kernel, 0 by the interface.")));
        QFileInfo surveyInfo(survey);
        QCOMPARE(int(surveyInfo.ownerId()), kNobody);
    }

    /// The probe tells a mirror port from an ordinary port and from a silent one.
    void mirrorCheck()
    {
        const QString own = m_dir.filePath(QStringLiteral("own.pcap"));
        const quint64 ownFrames = writeOwnTraffic(own, kOwnMac);
        QVERIFY(ownFrames > 0);

        QProcess helper;
        helper.start(QStringLiteral("ip"),
                     m_netns.wrap(kHelper, {QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("vb"),
                                            QStringLiteral("-i"), QStringLiteral("vd"), QStringLiteral("-i"),
                                            QStringLiteral("vs"), QStringLiteral("--probe"),
                                            QStringLiteral("--status-interval"), QStringLiteral("200")}));
        QVERIFY(helper.waitForStarted(10000));
        protocol::FrameReader reader;
        bool started = false;
        std::optional<protocol::Stats> last;
        QString problems;
        const auto pump = [&](int waitMs) {
            helper.waitForReadyRead(waitMs);
            const QByteArray bytes = helper.readAllStandardOutput();
            reader.feed(std::span(reinterpret_cast<const std::byte*>(bytes.constData()), std::size_t(bytes.size())));
            while (auto message = reader.next()) {
                if (std::holds_alternative<protocol::Started>(*message))
                    started = true;
                else if (auto* stats = std::get_if<protocol::Stats>(&*message))
                    last = *stats;
                else if (auto* failure = std::get_if<protocol::Error>(&*message))
                    problems += QString::fromStdString(failure->message) + QLatin1Char('\n');
            }
        };
        const auto countOf = [&](const char* name) -> quint64 {
            if (last)
                for (const auto& s : last->interfaces)
                    if (s.name == name)
                        return s.packets;
            return 0;
        };
        QDeadlineTimer deadline(30000);
        while (!started && helper.state() != QProcess::NotRunning && !deadline.hasExpired())
            pump(100);
        QVERIFY2(started, qPrintable(problems + QString::fromLocal8Bit(helper.readAllStandardError())));

        const Replay mirrored = replay(m_netns, QStringLiteral("va"), m_replay, QStringLiteral("100"));
        QVERIFY2(mirrored.ok, qPrintable(mirrored.output));
        const Replay ownPort = replay(m_netns, QStringLiteral("vc"), own, QStringLiteral("10"));
        QVERIFY2(ownPort.ok, qPrintable(ownPort.output));
        deadline = QDeadlineTimer(30000);
        while ((countOf("vb") < m_frames || countOf("vd") < ownFrames) && !deadline.hasExpired())
            pump(100);
        helper.write("stop\n");
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(30000));
        pump(0);
        QVERIFY2(!reader.failed(), reader.error().c_str());
        QVERIFY(last.has_value());

        std::map<std::string, protocol::InterfaceStats> byName;
        for (const auto& s : last->interfaces) {
            byName[s.name] = s;
            qInfo("probe %s", qPrintable(describe(s)));
        }
        QCOMPARE(byName.size(), std::size_t(3));
        QCOMPARE(byName["vb"].packets, m_frames);
        QCOMPARE(byName["vd"].packets, ownFrames);
        QCOMPARE(byName["vd"].foreignUnicastFrames, quint64(0));
        QVERIFY(byName["vd"].groupFrames > 0);
        QCOMPARE(int(protocol::judgeMirror(byName["vb"])), int(protocol::MirrorVerdict::Mirrored));
        QCOMPARE(int(protocol::judgeMirror(byName["vd"])), int(protocol::MirrorVerdict::OwnTrafficOnly));
        QCOMPARE(int(protocol::judgeMirror(byName["vs"])), int(protocol::MirrorVerdict::NoTraffic));
    }

    /// The GUI captures into the open survey and its views fill while the capture runs; the
    /// checks run in-process in a separate program started inside the namespace.
    void guiLiveCapture()
    {
        if (kGuiTest.isEmpty())
            QSKIP("built without the GUI (MIERUKA_BUILD_GUI=OFF)");
        const QString folder = m_dir.filePath(QStringLiteral("gui"));
        QVERIFY(QDir().mkpath(folder));
        const QString survey = folder + QStringLiteral("/s.mieruka");
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("MIERUKA_CAPTURE_HELPER"), kHelper);
        environment.insert(QStringLiteral("MIERUKA_LIVE_TEST_INTERFACE"), QStringLiteral("vb"));
        environment.insert(QStringLiteral("MIERUKA_LIVE_TEST_REPLAY_INTERFACE"), QStringLiteral("va"));
        environment.insert(QStringLiteral("MIERUKA_LIVE_TEST_REPLAY"), m_replay);
        environment.insert(QStringLiteral("MIERUKA_LIVE_TEST_FRAMES"), QString::number(m_frames));
        environment.insert(QStringLiteral("MIERUKA_LIVE_TEST_SURVEY"), survey);
        gui.setProcessEnvironment(environment);
        gui.setProcessChannelMode(QProcess::MergedChannels);
        gui.start(QStringLiteral("ip"), m_netns.wrap(kGuiTest, {QStringLiteral("-platform"), QStringLiteral("offscreen")}));
        QVERIFY(gui.waitForStarted(10000));
        const bool ended = gui.waitForFinished(240000);
        const QString output = QString::fromLocal8Bit(gui.readAll());
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.startsWith(QStringLiteral("QINFO")) || line.startsWith(QStringLiteral("FAIL")))
                qInfo("gui: %s", qPrintable(line));
        QVERIFY2(ended && gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("SKIP")), qPrintable(output));

        QString error;
        const QJsonObject report = analyzeJson({}, survey, folder + QStringLiteral("/live.json"), error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        QCOMPARE(total(report, "packets"), qint64(m_frames));
    }

private:
    /// After Started the helper holds no capability and can gain none by exec; started by root
    /// it also shrank its bounding set to CAP_NET_RAW at most.
    void verifyCapturingWithoutRights(qint64 helper, bool startedByRoot)
    {
        const auto caps = capabilitiesOf(helper);
        QVERIFY2(caps.size() >= 6, "cannot read the helper's /proc status");
        QStringList shown;
        for (const auto& [set, bits] : caps)
            shown << QStringLiteral("%1=%2").arg(set).arg(bits, 0, 16);
        qInfo("helper (started by %s) after Started: %s", startedByRoot ? "root" : "uid 65534", qPrintable(shown.join(QLatin1Char(' '))));
        QCOMPARE(caps.at(QStringLiteral("NoNewPrivs")), quint64(1));
        for (const char* set : {"CapEff", "CapPrm", "CapInh", "CapAmb"})
            QVERIFY2(caps.at(QString::fromLatin1(set)) == 0,
                     qPrintable(QStringLiteral("%1 = %2").arg(QString::fromLatin1(set)).arg(caps.at(QString::fromLatin1(set)), 0, 16)));
        constexpr quint64 kNetRaw = quint64(1) << 13;
        if (startedByRoot)
            QVERIFY2((caps.at(QStringLiteral("CapBnd")) & ~kNetRaw) == 0,
                     qPrintable(QStringLiteral("CapBnd = %1").arg(caps.at(QStringLiteral("CapBnd")), 0, 16)));
    }

    NetnsFixture m_netns;
    QTemporaryDir m_dir;
    QString m_replay;
    quint64 m_frames = 0;
};

QTEST_GUILESS_MAIN(TestLiveCaptureNetns)
#include "tst_live_capture_netns.moc"
