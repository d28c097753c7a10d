// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/cifs_browser.h"
#include "tests/support/protocol_test_support.h"

#include <algorithm>

using namespace mieruka;
using protocols::FactList;
using test::toBytes;
using protocols::Subject;

namespace {

FactList run(const test::Bytes& payload, const QString& sourceIp)
{
    const std::string source = sourceIp.toStdString();
    return test::decodePayload(protocols::decodeCifsBrowser, payload, test::PacketSpec{.srcIp = source, .toService = false});
}

// "attribute=value", plus " @ip/mac" for facts about an explicit host; sorted.
QStringList describeAll(const FactList& facts)
{
    return test::describeSortedWithHost(facts);
}

const QByteArray kHostAnnouncement = // hosts/netbios.pcap frame 20: NVR9, Windows 6.1, to VIGILANT_GROUP<1d>
    QByteArrayLiteral("110ec2f40a000509008a00bb000020454f46474643444a4341434143414341434143414341434143414341434143"
                      "4100204647454a4548454a454d4542454f46454650454846434550464646414341424e00ff534d42250000000000"
                      "0000000000000000000000000000000000000000000011000021000000000000000000e803000000000000000021"
                      "005600030001000000020032005c4d41494c534c4f545c42524f57534500010080fc0a004e565239000000000000"
                      "0000000000000601071001000f0155aa00");

QByteArray edited(QByteArray hex, qsizetype byteOffset, const char* replacement)
{
    const QByteArray with(replacement);
    return hex.replace(byteOffset * 2, with.size(), with);
}

} // namespace

class TestCifsBrowser : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");

        const QStringList nvr9{QStringLiteral("capabilities=workstation,server,sql_server,nt_workstation,potential_browser"),
                               QStringLiteral("hostname=NVR9"), QStringLiteral("os_name=Windows 6.1"),
                               QStringLiteral("os_version=6.1"), QStringLiteral("workgroup=VIGILANT_GROUP")};
        QTest::newRow("host announcement (capture)") << kHostAnnouncement << QStringLiteral("10.0.5.9") << nvr9;
        QStringList relayed;
        for (const QString& fact : nvr9)
            relayed << fact + QStringLiteral(" @10.0.5.9/-");
        QTest::newRow("relayed by a datagram server") << kHostAnnouncement << QStringLiteral("10.0.5.1") << relayed;
        // other-ics/addroute1.pcapng frame 50: Samba local master announcement to WORKGROUP<1e>.
        QTest::newRow("local master announcement, Samba (capture)")
            << QByteArrayLiteral("110a0dc7c0a801c7008a00d70000204645454a434e4647454e434143414341434143414341434143414341434141"
                                 "410020464845504643454c45484643455046464641434143414341434143414341424f00ff534d42250000000000"
                                 "000000000000000000000000000000000000000000001100003d000000000000000000000000000000000000003d"
                                 "00560003000100010002004e005c4d41494c534c4f545c42524f575345000f1f20bf020054492d564d0000000000"
                                 "0000000000000409039a84000f0155aa54492d564d20736572766572202853616d62612c205562756e74752900")
            << QStringLiteral("192.168.1.199")
            << QStringList{QStringLiteral("capabilities=workstation,server,print_queue,unix_server,nt_workstation,"
                                          "nt_server,master_browser,dfs_server"),
                           QStringLiteral("hostname=TI-VM"), QStringLiteral("system_description=TI-VM server (Samba, Ubuntu)"),
                           QStringLiteral("workgroup=WORKGROUP")};
        // other-ics/addroute1.pcapng frame 48: domain announcement (version 3.10 is not the OS).
        QTest::newRow("domain announcement (capture)")
            << QByteArrayLiteral("1102a52cc0a801c2008a00c2000020454b45444650464b4549454245504341434143414341434143414341434141"
                                 "4100204142414346504650454e4644454346434550464846444546465046504143414200ff534d42250000000000"
                                 "0000000000000000000000000000000000000000000011000028000000000000000000e803000000000000000028"
                                 "005600030001000100020039005c4d41494c534c4f545c42524f575345000c00e0930400574f524b47524f555000"
                                 "000000000000030a00100080fe0700004a435f5a48414f00")
            << QStringLiteral("192.168.1.194")
            << QStringList{QStringLiteral("hostname=JC_ZHAO"), QStringLiteral("workgroup=WORKGROUP")};
        QTest::newRow("request announcement ignored") << edited(kHostAnnouncement, 168, "02") << QStringLiteral("10.0.5.9")
                                                      << QStringList{};
        QTest::newRow("other mailslot") << edited(kHostAnnouncement, 161, "4c414e4d414e") << QStringLiteral("10.0.5.9")
                                        << QStringList{};
        QTest::newRow("wrong SMB magic") << edited(kHostAnnouncement, 82, "fe") << QStringLiteral("10.0.5.9")
                                         << QStringList{};
        QTest::newRow("datagram error message") << edited(kHostAnnouncement, 0, "13") << QStringLiteral("10.0.5.9")
                                                << QStringList{};
        QTest::newRow("data offset maxed") << edited(kHostAnnouncement, 139, "ffff") << QStringLiteral("10.0.5.9")
                                           << QStringList{};
        QTest::newRow("word count maxed") << edited(kHostAnnouncement, 114, "ff") << QStringLiteral("10.0.5.9")
                                          << QStringList{};
        QTest::newRow("bad name encoding") << edited(kHostAnnouncement, 15, "5a") << QStringLiteral("10.0.5.9")
                                           << QStringList{};
        QTest::newRow("empty") << QByteArray() << QStringLiteral("10.0.5.9") << QStringList{};
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const test::Bytes bytes = toBytes(QByteArray::fromHex(hex));
        const FactList facts = run(bytes, source);
        QCOMPARE(describeAll(facts), expected);
        for (const auto& fact : facts)
            QCOMPARE(fact.protocol, std::string_view("cifs_browser"));
    }

    // Every prefix decodes without crashing, and whatever it yields is also a fact of the whole.
    void truncated_data() { decode_data(); }
    void truncated()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, source);
        const test::Bytes bytes = toBytes(QByteArray::fromHex(hex));
        test::verifyPrefixesSayNoMore(bytes, describeAll(run(bytes, source)),
                                      [&](const test::Bytes& prefix) { return describeAll(run(prefix, source)); });
    }

    void longCommentIsBounded()
    {
        // The comment runs to a NUL far away: the value stays bounded.
        QByteArray message = QByteArray::fromHex(kHostAnnouncement);
        message.chop(1);
        message += QByteArray(4000, 'x') + QByteArray(1, '\0');
        message[137] = char(0xc1); // DataCount 4033, little-endian
        message[138] = char(0x0f);
        const FactList facts = run(toBytes(message), QStringLiteral("10.0.5.9"));
        QVERIFY(!facts.empty());
        bool sawComment = false;
        for (const auto& fact : facts) {
            QVERIFY(fact.value.size() <= 300);
            sawComment |= fact.attribute == protocols::Attribute::SystemDescription;
        }
        QVERIFY(sawComment);
    }
};

QTEST_GUILESS_MAIN(TestCifsBrowser)
#include "tst_cifs_browser.moc"
