// SPDX-License-Identifier: GPL-3.0-or-later
#include "netns_fixture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace mieruka::test::live {

namespace {

bool execute(const QString& program, const QStringList& arguments, QString* output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        if (output)
            *output = process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

NetnsFixture::NetnsFixture() : m_name(QStringLiteral("mieruka-live-%1").arg(QCoreApplication::applicationPid()))
{
}

NetnsFixture::~NetnsFixture()
{
    tearDown();
}

bool NetnsFixture::setUp(QString& why)
{
    if (geteuid() != 0) {
        why = QStringLiteral("needs root (network namespace, veth pairs, capture rights)");
        return false;
    }
    for (const char* tool : {"ip", "tcpreplay"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            why = QStringLiteral("%1 is not installed (installer/install-deps.sh --tests)").arg(QString::fromLatin1(tool));
            return false;
        }
    }
    removeStale();
    QString output;
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), m_name}, &output)) {
        why = QStringLiteral("ip netns add is refused here (%1)").arg(output.section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    m_created = true;
    // A kernel without IPv6 has nothing to switch off, so a failure here is fine.
    run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6; "
                                                                    "echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6")});
    if (!ip({QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
             QStringLiteral("up")},
            &output)) {
        why = QStringLiteral("cannot bring up lo in the namespace (%1)").arg(output);
        tearDown();
        return false;
    }
    return true;
}

bool NetnsFixture::addVethPair(const QString& a, const QString& b, QString& error)
{
    const QStringList in = {QStringLiteral("-n"), m_name, QStringLiteral("link")};
    const QString mtu = QStringLiteral("9000");
    if (!ip(in + QStringList{QStringLiteral("add"), a, QStringLiteral("mtu"), mtu, QStringLiteral("type"),
                             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), b,
                             QStringLiteral("mtu"), mtu},
            &error))
        return false;
    return ip(in + QStringList{QStringLiteral("set"), a, QStringLiteral("up")}, &error)
        && ip(in + QStringList{QStringLiteral("set"), b, QStringLiteral("up")}, &error);
}

bool NetnsFixture::setMac(const QString& interface, const QString& mac, QString& error)
{
    return ip({QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), interface,
               QStringLiteral("address"), mac},
              &error);
}

QString NetnsFixture::macOf(const QString& interface) const
{
    QString output;
    if (!ip({QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("show"), interface}, &output))
        return {};
    const auto match = QRegularExpression(QStringLiteral("link/ether ([0-9a-f:]{17})")).match(output);
    return match.hasMatch() ? match.captured(1) : QString();
}

int NetnsFixture::promiscuity(const QString& interface) const
{
    QString output;
    if (!ip({QStringLiteral("-d"), QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("show"),
             interface},
            &output))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("promiscuity (\\d+)")).match(output);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void NetnsFixture::removeStale() const
{
    // ctest kills a test that times out with no chance to clean up; its namespace names a dead pid.
    QString list;
    ip({QStringLiteral("netns"), QStringLiteral("list")}, &list);
    static const QRegularExpression ours(QStringLiteral("^mieruka-live-(\\d+)\\b"), QRegularExpression::MultilineOption);
    auto matches = ours.globalMatch(list);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (!QFileInfo::exists(QStringLiteral("/proc/") + match.captured(1)))
            remove(match.captured(0));
    }
}

void NetnsFixture::tearDown()
{
    if (!m_created)
        return;
    remove(m_name);
    m_created = false;
}

void NetnsFixture::remove(const QString& name) const
{
    QString pids;
    ip({QStringLiteral("netns"), QStringLiteral("pids"), name}, &pids);
    for (const QString& pid : pids.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = pid.trimmed().toInt(&ok);
        if (ok && id > 1)
            ::kill(id, SIGKILL);
    }
    ip({QStringLiteral("netns"), QStringLiteral("del"), name});
}

QStringList NetnsFixture::wrap(const QString& program, const QStringList& arguments) const
{
    return QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name, program} + arguments;
}

bool NetnsFixture::run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs) const
{
    return execute(QStringLiteral("ip"), wrap(program, arguments), output, timeoutMs);
}

bool NetnsFixture::ip(const QStringList& arguments, QString* output) const
{
    return execute(QStringLiteral("ip"), arguments, output, 30000);
}

} // namespace mieruka::test::live
