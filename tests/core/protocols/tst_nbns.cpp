// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/nbns.h"
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
    return test::decodePayload(protocols::decodeNbns, payload, test::PacketSpec{.srcIp = source, .toService = false});
}

// "attribute=value", plus " @ip/mac" for facts about an explicit host; sorted.
QStringList describeAll(const FactList& facts)
{
    return test::describeSortedWithHost(facts);
}

// Rows hold hex text so that variants can be made by editing the text.
const QByteArray kRegistrationMdjr98 = // hosts/nbns.pcap frame 3: MDJR98<00> unique
    QByteArrayLiteral("00082900000100000000000120454e4545454b4643444a444943414341434143414341434143414341434141410000200001c00c0020"
                      "0001000493e000060000c0a8ef81");
const QByteArray kResponseGunnar = // hosts/netbios.pcap frame 69: positive response GUNNAR<00>
    QByteArrayLiteral("8486850000000001000000002045484646454f454f4542464343414341434143414341434143414341434141410000200001000493e0"
                      "000600000a000418");

QByteArray edited(QByteArray hex, qsizetype byteOffset, const char* replacement)
{
    const QByteArray with(replacement);
    return hex.replace(byteOffset * 2, with.size(), with);
}

} // namespace

class TestNbns : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");

        const QString host = QStringLiteral("192.168.239.129");
        QTest::newRow("registration unique <00> (capture)")
            << kRegistrationMdjr98 << host << QStringList{QStringLiteral("hostname=MDJR98")};
        // hosts/nbns.pcap frame 4: MDJR98<20>, same name.
        QTest::newRow("registration unique <20> (capture)")
            << edited(kRegistrationMdjr98, 43, "4341") << host << QStringList{QStringLiteral("hostname=MDJR98")};
        // hosts/nbns.pcap frame 2: WORKGROUP<00> group.
        QTest::newRow("registration group <00> (capture)")
            << QByteArrayLiteral("00022900000100000000000120464845504643454c4548464345504646464143414341434143414341434141"
                                 "410000200001c00c00200001000493e000068000c0a8ef81")
            << host << QStringList{QStringLiteral("workgroup=WORKGROUP")};
        // hosts/nbns.pcap frame 1: MDJR98<03> (messenger) says nothing new.
        QTest::newRow("registration <03> ignored (capture)") << edited(kRegistrationMdjr98, 43, "4144") << host
                                                             << QStringList{};
        QTest::newRow("refresh (opcode 8)") << edited(kRegistrationMdjr98, 2, "40") << host
                                            << QStringList{QStringLiteral("hostname=MDJR98")};
        QTest::newRow("release ignored (opcode 6)") << edited(kRegistrationMdjr98, 2, "30") << host << QStringList{};
        QTest::newRow("name query ignored") << edited(kRegistrationMdjr98, 2, "0110") << host << QStringList{};
        QTest::newRow("positive response from owner (capture)")
            << kResponseGunnar << QStringLiteral("10.0.4.24") << QStringList{QStringLiteral("hostname=GUNNAR @10.0.4.24/-")};
        QTest::newRow("positive response from WINS")
            << kResponseGunnar << QStringLiteral("10.0.0.53") << QStringList{QStringLiteral("hostname=GUNNAR @10.0.4.24/-")};
        QTest::newRow("negative response") << edited(kResponseGunnar, 2, "8583") << QStringLiteral("10.0.4.24")
                                           << QStringList{};
        // hosts/netbios.pcap frame 55: node status response with the responder's name table.
        QTest::newRow("node status response (capture)")
            << QByteArrayLiteral("20a88400000000010000000020434b4141414141414141414141414141414141414141414141414141414141"
                                 "4100002100010000000000770447554e4e4152202020202020202020000400564947494c414e545f47524f55"
                                 "502000840047554e4e4152202020202020202020200400564947494c414e545f47524f5550201e8400001cc4"
                                 "10790f00000000000000000000000000000000000000000000000000000000000000000000000000000000")
            << QStringLiteral("10.0.4.24")
            << QStringList{QStringLiteral("hostname=GUNNAR"), QStringLiteral("workgroup=VIGILANT_GROUP")};
        QTest::newRow("answer pointer to itself")
            << QByteArrayLiteral("848685000000000100000000" "c00c" "00200001000493e0" "0006" "00000a000418")
            << QStringLiteral("10.0.4.24") << QStringList{};
        QTest::newRow("rdata length maxed") << edited(kResponseGunnar, 54, "ffff") << QStringLiteral("10.0.4.24")
                                            << QStringList{};
        QTest::newRow("bad first-level encoding") << edited(kRegistrationMdjr98, 13, "5a") << host << QStringList{};
        QTest::newRow("label length not 32") << edited(kRegistrationMdjr98, 12, "1f") << host << QStringList{};
        QTest::newRow("empty") << QByteArray() << host << QStringList{};
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
            QCOMPARE(fact.protocol, std::string_view("nbns"));
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

    void confidenceDependsOnWhoAnswers()
    {
        const test::Bytes bytes = toBytes(QByteArray::fromHex(kResponseGunnar));
        const FactList own = run(bytes, QStringLiteral("10.0.4.24"));
        const FactList wins = run(bytes, QStringLiteral("10.0.0.53"));
        QCOMPARE(own.size(), std::size_t(1));
        QCOMPARE(wins.size(), std::size_t(1));
        QVERIFY(own[0].confidence > wins[0].confidence);
        const FactList registration = run(toBytes(QByteArray::fromHex(kRegistrationMdjr98)), QStringLiteral("192.168.239.129"));
        QCOMPARE(registration.size(), std::size_t(1));
        QCOMPARE(registration[0].subject, Subject::Source);
    }

    void manyAnswerEntriesAreBounded()
    {
        // rdlength 0xfff0 with that many bytes of entries: at most 16 are read.
        QByteArray message = QByteArray::fromHex(edited(kResponseGunnar, 54, "fff0").left(56 * 2));
        for (int i = 0; i < 0xfff0 / 6; ++i)
            message += QByteArray::fromHex("00000a00") + QByteArray(1, char(i >> 8)) + QByteArray(1, char(i & 0xff));
        message += QByteArray(0xfff0 % 6, '\0');
        const FactList facts = run(toBytes(message), QStringLiteral("10.0.0.53"));
        QVERIFY(!facts.empty());
        QVERIFY(facts.size() <= 16);
    }
};

QTEST_GUILESS_MAIN(TestNbns)
#include "tst_nbns.moc"
