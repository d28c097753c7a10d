// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringList>
#include <QTest>

#include "core/protocols/smb_session.h"
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
    return test::decodePayload(protocols::decodeSmbSession, payload, test::PacketSpec{.srcIp = source, .toService = false});
}

// "attribute=value", plus " @ip/mac" for facts about an explicit host; sorted.
QStringList describeAll(const FactList& facts)
{
    return test::describeSortedWithHost(facts);
}

// doublepulsar-backdoor-connect-win7.pcap frames 28/29/44/82/83 (kF..) and smb1_osx.pcap frames 16/18
// (kOSX..), TCP payloads from /work/shared/captures/hosts.
const QByteArray kF28 = QByteArrayLiteral("00000157fe534d4240000100160000c00100010001000000000000000200000000000000fffe000000000000090000000010"
                      "0000000000000000000000000000000000000900000048000f01a182010b30820107a0030a0101a10c060a2b060104018237"
                      "02020aa281f10481ee4e544c4d53535000020000001e001e003800000015828ae232552ed74c996e85000000000000000098"
                      "009800560000000a005a290000000f4400450053004b0054004f0050002d00410046005000560045005100320002001e0044"
                      "00450053004b0054004f0050002d00410046005000560045005100320001001e004400450053004b0054004f0050002d0041"
                      "0046005000560045005100320004001e004400450053004b0054004f0050002d00410046005000560045005100320003001e"
                      "004400450053004b0054004f0050002d00410046005000560045005100320007000800cd0696d8cbb6d20100000000");
const QByteArray kF29 = QByteArrayLiteral("000000f4fe534d42400001000000000001001f0000000000000000000300000000000000fffe000000000000090000000010"
                      "00000000000000000000000000000000000019000001010000000000000058009c000000000000000000a18199308196a003"
                      "0a0101a27b04794e544c4d535350000300000001000100680000000000000069000000000000005800000000000000580000"
                      "0010001000580000001000100069000000158a88e20601b11d0000000f1b9134783902c4c54011750f92e16aad4900450031"
                      "003100570049004e00370000cabe552f623f54347fdb03d9260f1932a312041001000000ddacbf22c47f231800000000");
const QByteArray kF44 = QByteArrayLiteral("000001d2ff534d4273160000c09807c8000000000000000000000000fffffffe0008400004ff00d20100000f01a701a18201"
                      "0b30820107a0030a0101a10c060a2b06010401823702020aa281f10481ee4e544c4d53535000020000001e001e0038000000"
                      "15828ae283d7adfd14f88be1000000000000000098009800560000000a005a290000000f4400450053004b0054004f005000"
                      "2d00410046005000560045005100320002001e004400450053004b0054004f0050002d004100460050005600450051003200"
                      "01001e004400450053004b0054004f0050002d00410046005000560045005100320004001e004400450053004b0054004f00"
                      "50002d00410046005000560045005100320003001e004400450053004b0054004f0050002d00410046005000560045005100"
                      "320007000800cd0696d8cbb6d20100000000570069006e0064006f0077007300200031003000200045006e00740065007200"
                      "7000720069007300650020004500760061006c0075006100740069006f006e00200031003000350038003600000057006900"
                      "6e0064006f0077007300200031003000200045006e007400650072007000720069007300650020004500760061006c007500"
                      "6100740069006f006e00200036002e0033000000");
const QByteArray kF82 = QByteArrayLiteral("00000088ff534d4273000000001807c00000000000000000000000000000fffe000040000dff00880004110a000000000000"
                      "000100000000000000d40000004b000000000000570069006e0064006f007700730020003200300030003000200032003100"
                      "390035000000570069006e0064006f007700730020003200300030003000200035002e0030000000");
const QByteArray kF83 = QByteArrayLiteral("000000c1ff534d4273000000009807c00000000000000000000000000000fffe0008400003ff00c100000098000057006900"
                      "6e0064006f007700730020003700200045006e00740065007200700072006900730065002000370036003000310020005300"
                      "65007200760069006300650020005000610063006b00200031000000570069006e0064006f00770073002000370020004500"
                      "6e0074006500720070007200690073006500200036002e003100000057004f0052004b00470052004f005500500000");
const QByteArray kOSX16 = QByteArrayLiteral("000000bcff534d4273000000000801c8000000000000000000000000ffff0100000001000cff000000044132000e00507800"
                      "004a00000000005cc000808100604806062b0601050502a03e303ca00e300c060a2b06010401823702020aa22a04284e544c"
                      "4d5353500001000000050a0002000000000000000000000000000000000601b01d0f000000004d006100630020004f005300"
                      "200058002000310030002e0031003000000053004d00420046005300200033002e0030002e0030000000");
const QByteArray kOSX18 = QByteArrayLiteral("000000f6ff534d4273160000c08803c8000000000000000000000000ffff0100e66b010004ff0000000000a100cb00a1819e"
                      "30819ba0030a0101a10c060a2b06010401823702020aa281850481824e544c4d53535000020000000a000a00380000000502"
                      "8202af6baaf61e1b512b00000000000000004000400042000000060100000000000f5400530034003100320002000a005400"
                      "530034003100320001000a005400530034003100320004000200000003000a00740073003400310032000700080042de9f84"
                      "cbbad301000000005100540053000000530061006d0062006100200034002e0034002e003100360000004e00410053000000");

QByteArray edited(QByteArray hex, qsizetype byteOffset, const char* replacement)
{
    const QByteArray with(replacement);
    return hex.replace(byteOffset * 2, with.size(), with);
}

} // namespace

class TestSmbSession : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");

        const QString win10 = QStringLiteral("192.168.198.204");
        const QString win7 = QStringLiteral("192.168.198.203");
        QTest::newRow("smb2 ntlm challenge (capture)")
            << kF28 << win10 << QStringList{QStringLiteral("hostname=DESKTOP-AFPVEQ2"), QStringLiteral("os_version=10.0.10586")};
        QTest::newRow("smb2 ntlm authenticate (capture)")
            << kF29 << win7 << QStringList{QStringLiteral("hostname=IE11WIN7"), QStringLiteral("os_version=6.1.7601")};
        QTest::newRow("smb1 response with challenge (capture)")
            << kF44 << win10
            << QStringList{QStringLiteral("hostname=DESKTOP-AFPVEQ2"), QStringLiteral("os_name=Windows 10 Enterprise Evaluation 10586"),
                           QStringLiteral("os_version=10.0.10586"), QStringLiteral("security_finding=smbv1"),
                           QStringLiteral("system_description=Windows 10 Enterprise Evaluation 6.3")};
        QTest::newRow("smb1 request, passwords (capture)")
            << kF82 << win10
            << QStringList{QStringLiteral("os_name=Windows 2000 2195"), QStringLiteral("security_finding=smbv1"),
                           QStringLiteral("system_description=Windows 2000 5.0")};
        QTest::newRow("smb1 response, no security blob (capture)")
            << kF83 << win7
            << QStringList{QStringLiteral("os_name=Windows 7 Enterprise 7601 Service Pack 1"), QStringLiteral("security_finding=smbv1"),
                           QStringLiteral("system_description=Windows 7 Enterprise 6.1"), QStringLiteral("workgroup=WORKGROUP")};
        QTest::newRow("smb1 request with ntlm negotiate (capture)")
            << kOSX16 << QStringLiteral("192.168.1.10")
            << QStringList{QStringLiteral("os_name=Mac OS X 10.10"), QStringLiteral("os_version=6.1.7600"), QStringLiteral("security_finding=smbv1"),
                           QStringLiteral("system_description=SMBFS 3.0.0")};
        QTest::newRow("smb1 response from Samba (capture)")
            << kOSX18 << QStringLiteral("192.168.1.2")
            << QStringList{QStringLiteral("hostname=TS412"), QStringLiteral("os_name=QTS"), QStringLiteral("os_version=6.1.0"), QStringLiteral("security_finding=smbv1"),
                           QStringLiteral("system_description=Samba 4.4.16"), QStringLiteral("workgroup=NAS")};
        QTest::newRow("smb1 response, OEM strings")
            << QByteArrayLiteral("00000040ff534d4273000000008801000000000000000000000000000000000000000000"
                                 "03" "ff0000000000" "0e00" "556e697800" "53616d626100" "574700")
            << QStringLiteral("10.0.0.1")
            << QStringList{QStringLiteral("os_name=Unix"), QStringLiteral("security_finding=smbv1"), QStringLiteral("system_description=Samba"),
                           QStringLiteral("workgroup=WG")};
        // A client's SMB1 Negotiate may still end in SMB2; the server's SMB1 answer may not.
        QTest::newRow("smb1 negotiate request: no finding") << edited(edited(kF83, 8, "72"), 13, "18") << win7 << QStringList{};
        QTest::newRow("smb1 negotiate response: smbv1 only") << edited(kF83, 8, "72") << win7 << QStringList{QStringLiteral("security_finding=smbv1")};
        QTest::newRow("smb1 header only: smbv1") << kF83.left(2 * 36) << win7 << QStringList{QStringLiteral("security_finding=smbv1")};
        QTest::newRow("smb2 negotiate: no finding")
            << QByteArrayLiteral("00000044fe534d4240000000000000000000000000000000000000000000000000000000"
                                 "00000000000000000000000000000000")
            << win7 << QStringList{};
        QTest::newRow("wrong magic") << edited(kF83, 4, "fd") << win7 << QStringList{};
        QTest::newRow("not a session message") << edited(kF83, 0, "85") << win7 << QStringList{};
        QTest::newRow("security blob length maxed")
            << edited(kF44, 43, "ffff") << win10
            << QStringList{QStringLiteral("hostname=DESKTOP-AFPVEQ2"), QStringLiteral("os_version=10.0.10586"), QStringLiteral("security_finding=smbv1")};
        QTest::newRow("smb2 security buffer offset maxed") << edited(kF28, 72, "ffff") << win10 << QStringList{};
        QTest::newRow("ntlm target info offset maxed")
            << edited(kF28, 153, "ffffff7f") << win10 << QStringList{QStringLiteral("os_version=10.0.10586")};
        QTest::newRow("empty") << QByteArray() << win7 << QStringList{};
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
            QCOMPARE(fact.protocol, std::string_view("smb"));
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
};

QTEST_GUILESS_MAIN(TestSmbSession)
#include "tst_smb_session.moc"
