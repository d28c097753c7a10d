// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/protocol/frame_reader.h"
#include "capture/protocol/status_message.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace mieruka::capture::protocol;

namespace {

const QString kHelper = QStringLiteral(MIERUKA_CAPTURE_HELPER);

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runHelper(const QStringList& arguments, const QString& program = kHelper)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    process.waitForFinished(30000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

std::vector<Message> decodeAll(const QByteArray& bytes, QString* error = nullptr)
{
    FrameReader reader;
    reader.feed(std::span(reinterpret_cast<const std::byte*>(bytes.constData()), std::size_t(bytes.size())));
    std::vector<Message> messages;
    while (auto m = reader.next())
        messages.push_back(std::move(*m));
    if (error)
        *error = QString::fromStdString(reader.error());
    return messages;
}

bool namespaceCaptureAvailable(QString& why)
{
    if (geteuid() != 0) {
        why = QStringLiteral("live capture needs root (for unshare -n and CAP_NET_RAW)");
        return false;
    }
    for (const char* tool : {"unshare", "bash", "ip"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            why = QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool));
            return false;
        }
    }
    if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")}) != 0) {
        why = QStringLiteral("unshare -n is not permitted here");
        return false;
    }
    return true;
}

/// Arguments running the helper inside a fresh network namespace with only `lo`, up; `$0` is the
/// helper and `$1..` its arguments, so nothing passes through a shell's word splitting.
QStringList inNamespace(const QString& script, const QStringList& helperArguments)
{
    return QStringList{QStringLiteral("-n"), QStringLiteral("bash"), QStringLiteral("-c"),
                       QStringLiteral("ip link set lo up || exit 97; ") + script, kHelper}
        + helperArguments;
}

struct PcapngSummary {
    bool valid = false;
    int interfaces = 0;
    int packets = 0;
    QByteArray firstInterfaceName;
};

/// Walks the blocks of a little-endian pcapng file, bounds-checked, counting IDBs and EPBs.
PcapngSummary summarize(const QByteArray& file)
{
    PcapngSummary summary;
    const auto u32 = [&](qsizetype at) {
        return quint32(quint8(file[at])) | quint32(quint8(file[at + 1])) << 8 | quint32(quint8(file[at + 2])) << 16
            | quint32(quint8(file[at + 3])) << 24;
    };
    qsizetype pos = 0;
    while (pos + 12 <= file.size()) {
        const quint32 type = u32(pos);
        const quint32 length = u32(pos + 4);
        if (length < 12 || length % 4 != 0 || pos + qsizetype(length) > file.size() || u32(pos + length - 4) != length)
            return summary;
        if (pos == 0 && (type != 0x0A0D0D0Au || u32(8) != 0x1A2B3C4Du))
            return summary;
        if (type == 1) {
            ++summary.interfaces;
            // Options start after linktype, reserved and snaplen; if_name (2) comes first.
            if (summary.interfaces == 1 && length >= 24 && u32(pos + 16) % 65536 == 2) {
                const quint32 size = u32(pos + 16) >> 16;
                if (20 + size <= length)
                    summary.firstInterfaceName = file.mid(pos + 20, size);
            }
        } else if (type == 6) {
            ++summary.packets;
        }
        pos += length;
    }
    summary.valid = pos == file.size();
    return summary;
}

} // namespace

class TestCaptureHelper : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kHelper), qPrintable(kHelper));
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        QVERIFY(QFile(dir + QStringLiteral("/real.mieruka")).open(QIODevice::WriteOnly));
        QVERIFY(QFile(dir + QStringLiteral("/survey.txt")).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(dir + QStringLiteral("/real.mieruka"), dir + QStringLiteral("/link.mieruka")));
    }

    void version()
    {
        const Run run = runHelper({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("mieruka-capture 0.6.0 ("), run.out.constData());
        QVERIFY(run.out.contains("libpcap"));
    }

    void interfacesJson()
    {
        const Run run = runHelper({QStringLiteral("interfaces")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        bool sawLo = false;
        for (const QJsonValue& value : document.array()) {
            const QJsonObject object = value.toObject();
            QVERIFY(object.contains(QStringLiteral("addresses")) && object.value(QStringLiteral("addresses")).isArray());
            QVERIFY(object.value(QStringLiteral("up")).isBool());
            if (object.value(QStringLiteral("name")).toString() == QStringLiteral("lo")) {
                sawLo = true;
                QCOMPARE(object.value(QStringLiteral("loopback")).toBool(), true);
            }
        }
        QVERIFY(sawLo);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("errorCode"); // 0 = not capture mode, no frames expected
        QTest::addColumn<QString>("messagePart");
        const QString probe = QStringLiteral("--probe");
        const auto capture = [&](QStringList rest) { return QStringList{QStringLiteral("capture")} + rest; };
        const int bad = int(ErrorCode::BadArguments);
        QTest::newRow("semicolon in name") << capture({QStringLiteral("-i"), QStringLiteral("lo;id"), probe}) << 2 << bad
                                           << QStringLiteral("invalid interface name");
        QTest::newRow("space in name") << capture({QStringLiteral("-i"), QStringLiteral("lo 1"), probe}) << 2 << bad
                                       << QStringLiteral("invalid interface name");
        QTest::newRow("16-char name") << capture({QStringLiteral("-i"), QStringLiteral("abcdefghijklmnop"), probe})
                                      << 2 << bad << QStringLiteral("invalid interface name");
        QTest::newRow("unknown interface") << capture({QStringLiteral("-i"), QStringLiteral("nosuch0"), probe}) << 1
                                           << int(ErrorCode::NoSuchInterface) << QStringLiteral("no such interface");
        QTest::newRow("control char in filter")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"), QStringLiteral("tcp\x01"), probe})
            << 2 << bad << QStringLiteral("filter");
        QTest::newRow("5000-byte filter") << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"),
                                                      QString(5000, QLatin1Char('a')), probe})
                                          << 2 << bad << QStringLiteral("filter");
        QTest::newRow("relative survey")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--survey"), QStringLiteral("x.mieruka")})
            << 2 << bad << QStringLiteral("absolute");
        QTest::newRow("survey through symlink")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--survey"), QStringLiteral("%DIR%/link.mieruka")})
            << 2 << bad << QStringLiteral("symbolic");
        QTest::newRow("survey with ..")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--survey"),
                        QStringLiteral("%DIR%/../%BASE%/real.mieruka")})
            << 2 << bad << QStringLiteral("resolves");
        QTest::newRow("survey not .mieruka")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--survey"), QStringLiteral("%DIR%/survey.txt")})
            << 2 << bad << QStringLiteral(".mieruka");
        QTest::newRow("missing survey file")
            << capture({QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("--survey"), QStringLiteral("%DIR%/gone.mieruka")})
            << 2 << bad << QStringLiteral("No such file");
        QTest::newRow("missing -i") << capture({probe}) << 2 << bad << QStringLiteral("-i IF");
        QTest::newRow("survey and probe") << capture({QStringLiteral("-i"), QStringLiteral("lo"), probe,
                                                      QStringLiteral("--survey"), QStringLiteral("%DIR%/real.mieruka")})
                                          << 2 << bad << QStringLiteral("exactly one");
        QTest::newRow("unknown option") << capture({QStringLiteral("-i"), QStringLiteral("lo"), probe, QStringLiteral("--frob")})
                                        << 2 << bad << QStringLiteral("unknown argument");
        QTest::newRow("snaplen too small") << capture({QStringLiteral("-i"), QStringLiteral("lo"), probe, QStringLiteral("-s"),
                                                       QStringLiteral("63")})
                                           << 2 << bad << QStringLiteral("-s needs");
        QTest::newRow("signed number") << capture({QStringLiteral("-i"), QStringLiteral("lo"), probe,
                                                   QStringLiteral("--ring-files"), QStringLiteral("-1")})
                                       << 2 << bad << QStringLiteral("--ring-files needs");
        QTest::newRow("value missing") << capture({QStringLiteral("-i"), QStringLiteral("lo"), probe, QStringLiteral("--buffer")})
                                       << 2 << bad << QStringLiteral("needs a value");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << 0 << QStringLiteral("usage");
        QTest::newRow("interfaces with extra") << QStringList{QStringLiteral("interfaces"), QStringLiteral("x")} << 2 << 0
                                               << QStringLiteral("usage");
    }

    void rejected()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(int, errorCode);
        QFETCH(QString, messagePart);
        for (QString& argument : arguments) {
            argument.replace(QStringLiteral("%DIR%"), m_dir.path());
            argument.replace(QStringLiteral("%BASE%"), QDir(m_dir.path()).dirName());
        }
        const Run run = runHelper(arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.contains(messagePart), qPrintable(err));
        if (errorCode == 0) {
            QVERIFY(run.out.isEmpty());
            return;
        }
        QString decodeError;
        const auto messages = decodeAll(run.out, &decodeError);
        QVERIFY2(decodeError.isEmpty(), qPrintable(decodeError));
        QCOMPARE(messages.size(), std::size_t{3});
        QVERIFY(std::holds_alternative<Hello>(messages[0]));
        QCOMPARE(std::get<Hello>(messages[0]).protocolVersion, kProtocolVersion);
        const auto* error = std::get_if<Error>(&messages[1]);
        QVERIFY(error);
        QCOMPARE(int(error->code), errorCode);
        QVERIFY2(QString::fromStdString(error->message).contains(messagePart), error->message.c_str());
        QVERIFY(std::holds_alternative<Stopped>(messages[2]));
        QCOMPARE(std::get<Stopped>(messages[2]).reason, StopReason::Error);
    }

    void badFilter()
    {
        const QStringList arguments{QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                                    QStringLiteral("--probe"), QStringLiteral("-f"), QStringLiteral("tcp port")};
        QString why;
        Run run;
        if (namespaceCaptureAvailable(why)) {
            run = runHelper(inNamespace(QStringLiteral("exec \"$0\" \"$@\""), arguments), QStringLiteral("unshare"));
        } else if (geteuid() != 0) {
            run = runHelper(arguments); // opens nothing without CAP_NET_RAW: a permission error
        } else {
            QSKIP(qPrintable(why));
        }
        const auto messages = decodeAll(run.out);
        QVERIFY(messages.size() >= 3);
        const auto* error = std::get_if<Error>(&messages[1]);
        QVERIFY(error);
        QCOMPARE(run.exitCode, 1);
        if (error->code == ErrorCode::PermissionDenied) {
            QVERIFY2(error->fix.find("setcap cap_net_raw+ep /") != std::string::npos, error->fix.c_str());
            QSKIP("no capture rights, so the filter was never compiled; checked the permission hint instead");
        }
        QCOMPARE(error->code, ErrorCode::BadFilter);
        QVERIFY2(error->message.find("tcp port") != std::string::npos, error->message.c_str());
        QCOMPARE(error->interfaceName, std::string("lo"));
    }

    void liveCaptureInNamespace()
    {
        QString why;
        if (!namespaceCaptureAvailable(why))
            QSKIP(qPrintable(why));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.path() + QStringLiteral("/site.mieruka");
        QVERIFY(QFile(survey).open(QIODevice::WriteOnly));

        // UDP to a closed port on lo: each datagram and its ICMP port unreachable are captured.
        const QString traffic = QStringLiteral(
            "(sleep 1; for i in 1 2 3 4 5; do echo probe > /dev/udp/127.0.0.1/9; sleep 0.05; done) & exec \"$0\" \"$@\"");
        QProcess process;
        process.start(QStringLiteral("unshare"),
                      inNamespace(traffic, {QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                                            QStringLiteral("--survey"), survey, QStringLiteral("--status-interval"),
                                            QStringLiteral("200")}));
        QVERIFY(process.waitForStarted(10000));
        QTest::qWait(3000);
        process.write("stop\n");
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);

        QString decodeError;
        const auto messages = decodeAll(process.readAllStandardOutput(), &decodeError);
        QVERIFY2(decodeError.isEmpty(), qPrintable(decodeError));
        QVERIFY(messages.size() >= 5);
        QVERIFY(std::holds_alternative<Hello>(messages.front()));
        QVERIFY(std::holds_alternative<Started>(messages[1]));
        const auto& started = std::get<Started>(messages[1]);
        QCOMPARE(started.folder, (dir.path() + QStringLiteral("/site.captures")).toStdString());
        QCOMPARE(started.interfaces.size(), std::size_t{1});
        QCOMPARE(started.interfaces[0].linkType, 1u);
        QVERIFY(std::holds_alternative<FileOpened>(messages[2]));
        const std::string path = std::get<FileOpened>(messages[2]).path;
        QVERIFY(QString::fromStdString(path).endsWith(QStringLiteral("-00001.pcapng")));

        int stats = 0;
        std::size_t closedAt = 0;
        for (std::size_t i = 3; i < messages.size(); ++i) {
            if (std::holds_alternative<Stats>(messages[i]))
                ++stats;
            else if (std::holds_alternative<FileClosed>(messages[i]))
                closedAt = i;
        }
        QVERIFY(stats >= 2);
        QCOMPARE(closedAt, messages.size() - 2);
        const auto& closed = std::get<FileClosed>(messages[closedAt]);
        QCOMPARE(closed.path, path);
        const auto& stopped = std::get<Stopped>(messages.back());
        QCOMPARE(stopped.reason, StopReason::Requested);
        QVERIFY2(stopped.packets >= 10, qPrintable(QString::number(stopped.packets)));
        QCOMPARE(closed.packets, stopped.packets);
        const auto& lastStats = std::get<Stats>(messages[closedAt - 1]);
        QCOMPARE(lastStats.interfaces.at(0).packets, stopped.packets);
        QVERIFY(lastStats.interfaces.at(0).classified);
        QCOMPARE(lastStats.interfaces.at(0).ownFrames, stopped.packets); // lo's MAC is all zeros both ways

        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(quint64(bytes.size()), closed.bytes);
        const PcapngSummary summary = summarize(bytes);
        QVERIFY(summary.valid);
        QCOMPARE(summary.interfaces, 1);
        QCOMPARE(summary.firstInterfaceName, QByteArray("lo"));
        QCOMPARE(quint64(summary.packets), closed.packets);
    }

    void probeStopsOnEndOfInput()
    {
        QString why;
        if (!namespaceCaptureAvailable(why))
            QSKIP(qPrintable(why));
        const Run run = runHelper(inNamespace(QStringLiteral("exec \"$0\" \"$@\""),
                                              {QStringLiteral("capture"), QStringLiteral("-i"), QStringLiteral("lo"),
                                               QStringLiteral("--probe")}),
                                  QStringLiteral("unshare"));
        QCOMPARE(run.exitCode, 0);
        const auto messages = decodeAll(run.out);
        QVERIFY(messages.size() >= 4);
        QVERIFY(std::get<Started>(messages[1]).folder.empty());
        for (const Message& message : messages)
            QVERIFY(!std::holds_alternative<FileOpened>(message));
        QCOMPARE(std::get<Stopped>(messages.back()).reason, StopReason::Requested);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCaptureHelper)
#include "tst_capture_helper.moc"
