// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include "core/decode/packet_decoder.h"
#include "core/detect/signature/bundled_rules.h"
#include "core/detect/signature/signature_engine.h"
#include "tests/support/packet_builder.h"

#include <vector>

// Every rule of the bundled OT set fires on a frame carrying that attack, and no bundled rule
// fires on routine traffic of the same protocol. Request bytes cited "(capture frame N)" are the
// ones the protocol operation tests take from the shared public corpus; "crafted" rows follow
// the protocol layout.

namespace {

using namespace mieruka;

struct Exchange {
    bool udp = false;
    const char* source = "10.0.0.1";
    const char* destination = "10.0.0.2";
    std::uint16_t port = 0; ///< the service port the request goes to
};

QString fire(detect::SignatureEngine& engine, const Exchange& exchange, const test::Bytes& payload,
             std::int64_t timestampNs = 0)
{
    test::PacketBuilder builder;
    builder.ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01").ipv4(exchange.source, exchange.destination);
    if (exchange.udp)
        builder.udp(50000, exchange.port);
    else
        builder.tcp(50000, exchange.port, {.flags = test::tcpflag::kAck | test::tcpflag::kPsh});
    const test::Bytes frame = builder.payload(payload).build();
    decode::PacketDecoder decoder;
    decode::DecodedPacket packet;
    decoder.decode(1, frame, static_cast<std::uint32_t>(frame.size()), packet);
    std::vector<detect::SignatureHit> hits;
    engine.inspect(packet, {true, true}, timestampNs, hits);
    QStringList sids;
    for (const auto& hit : hits)
        sids << QString::number(hit.rule->sid);
    return sids.join(u',');
}

void loadBundled(detect::SignatureEngine& engine)
{
    const auto report = engine.addRules(detect::bundledOtRules(), detect::kBundledOtRulesName);
    for (const auto& problem : report.unsupported)
        QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(problem.line).arg(QString::fromStdString(problem.reason))));
}

// Crafted CIP frames: the unconnected (SendRRData) Reset-to-Identity request of
// EIP-FirmwareChange.pcap frame 10592 and the connected (SendUnitData) stop of
// cip_stop_plc.pcap frame 1, with the service byte swapped.
QByteArray unconnectedCip(const char* serviceAndPath)
{
    return QByteArray("6f00170000010212000000007e3f0000489ae00000000000000000001400020000000000b2000700") + serviceAndPath;
}
QByteArray connectedCip(const char* serviceAndPath)
{
    return QByteArray("70001c0001002a00000000000000000000000000000000000000000001000200a1000400224095ffb10008000601")
        + serviceAndPath;
}
// A crafted IEC 104 I-frame with one object: type, cause, common address 1, IOA 0, element.
QByteArray iec104(const char* type, const char* cause, const QByteArray& element)
{
    const QByteArray apdu = QByteArray("00000000") + type + "01" + cause + "000100" + "000000" + element;
    return "68" + QByteArray::number(apdu.size() / 2, 16).rightJustified(2, '0') + apdu;
}
// A crafted BACnet/IP unicast NPDU (no routing) around `apdu`.
QByteArray bacnet(const QByteArray& apdu)
{
    const QByteArray body = "0104" + apdu;
    return "810a" + QByteArray::number(body.size() / 2 + 4, 16).rightJustified(4, '0') + body;
}

constexpr Exchange kModbus{.port = 502};
constexpr Exchange kS7{.port = 102};
constexpr Exchange kDnp3{.port = 20000};
constexpr Exchange kDnp3FromOutside{.source = "203.0.113.9", .port = 20000};
constexpr Exchange kEnip{.port = 44818};
constexpr Exchange kEnipBroadcast{.udp = true, .destination = "255.255.255.255", .port = 44818};
constexpr Exchange kBacnet{.udp = true, .port = 47808};
constexpr Exchange kIec104{.port = 2404};
constexpr Exchange kFinsUdp{.udp = true, .port = 9600};
constexpr Exchange kFinsTcp{.port = 9600};
constexpr Exchange kSlmpTcp{.port = 5007};
constexpr Exchange kSlmpUdp{.udp = true, .port = 5000};

} // namespace

Q_DECLARE_METATYPE(Exchange)

class TestSignatureOtRules : public QObject {
    Q_OBJECT
private slots:
    void bundledSetLoads()
    {
        detect::SignatureEngine engine;
        const auto report = engine.addRules(detect::bundledOtRules(), detect::kBundledOtRulesName);
        QVERIFY(report.unsupported.empty());
        QCOMPARE(report.loaded, std::size_t(43));
        for (std::size_t i = 0; i < engine.ruleCount(); ++i) {
            const auto& rule = engine.rule(i);
            QVERIFY(rule.sid >= 9100000 && rule.sid < 9200000);
            QVERIFY(!rule.msg.empty());
            QVERIFY(!rule.classtype.empty());
            QCOMPARE(rule.rev, 1u);
        }
    }

    void attacks_data()
    {
        QTest::addColumn<Exchange>("exchange");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("sids");
        auto row = [](const char* name, const Exchange& exchange, const QByteArray& hex, const char* sids) {
            QTest::newRow(name) << exchange << hex << QString::fromUtf8(sids);
        };
        // Modbus/TCP
        row("modbus force listen only", kModbus, "0000000000060a0800040000", "9100001");
        row("modbus restart communications", kModbus, "0000000000060a0800010000", "9100002");
        row("modbus restart communications, clear log", kModbus, "0000000000060a080001ff00", "9100002");
        row("umas stop plc", kModbus, "000100000004005a0141", "9100003");
        row("umas start plc", kModbus, "000100000004005a0140", "9100004");
        row("umas initialize download", kModbus, "002300000008005a01330001fb00", "9100005");
        row("modbus firmware replacement", kModbus, "000000000006017d00000000", "9100006");
        // S7comm (s7comm_downloading_block_db1.pcap frame 43, tia_s300_downloadHwConfig.pcapng frame
        // 60, snap7.pcap frame 63; the stop is crafted: header with PDU reference 2, parameter
        // length 16, function 0x29 and "P_PROGRAM", 33 bytes as its TPKT length says)
        row("s7 plc stop", kS7, "0300002102f0803201000000020010000029000000000009505f50524f4752414d", "9100101");
        row("s7 request download", kS7,
            "0300003102f080320100000e00002000001a00010000000000095f30413030303031500d3130303035303030303034303030",
            "9100102");
        row("s7 delete block", kS7, "0300002b02f080320100007400001a000028000000000000fd000a01003042303230303041055f44454c45",
            "9100103");
        row("s7 p_program cold start", kS7, "0300002702f080320100001f000016000028000000000000fd0002432009505f50524f4752414d",
            "9100104");
        row("s7 p_program hot start", kS7, "0300002502f080320100001f000014000028000000000000fd000009505f50524f4752414d",
            "9100104");
        // DNP3 (dnp3_test_data_part1.pcap frames 70, 163, 11; warm_restart_and_response.pcap frame 4)
        row("dnp3 cold restart from a master", kDnp3, "056408c404000300b4b8cdc30daf84", "9100201");
        row("dnp3 warm restart from a master", kDnp3, "056408c40a000100fc42c0c00e7edc", "9100202");
        row("dnp3 cold restart from outside", kDnp3FromOutside, "056408c404000300b4b8cdc30daf84", "9100201,9100203");
        row("dnp3 warm restart from outside", kDnp3FromOutside, "056408c40a000100fc42c0c00e7edc", "9100202,9100204");
        row("dnp3 disable unsolicited", kDnp3, "056411c4040003004eefc2c2153c02063c03063c0406b1ec", "9100205");
        row("dnp3 stop application", kDnp3, "056411c4040003004eefc1c1123c02060107063c04ed8763", "9100206");
        // EtherNet/IP + CIP (EIP-FirmwareChange.pcap frame 10592, cip_stop_plc.pcap frame 1)
        row("cip reset identity", kEnip, unconnectedCip("05022001240100"), "9100301");
        row("cip reset identity, connected", kEnip, connectedCip("05022001240100"), "9100302");
        row("cip stop", kEnip, unconnectedCip("0702208e240100"), "9100303");
        row("cip stop, connected", kEnip, connectedCip("0702208e2401"), "9100304");
        row("cip start", kEnip, unconnectedCip("0602208e240100"), "9100305");
        row("cip start, connected", kEnip, connectedCip("0602208e2401"), "9100306");
        row("pccc change mode", kEnip,
            "6f0023000001021200000000000000000000000000000000000000000000020000000000b20013004b0220672401070100020000000f0001008001",
            "9100307");
        row("list identity broadcast", kEnipBroadcast, "630000000000000000000000000000000000000000000000", "9100308");
        // BACnet/IP (bacnet-stack-services.pcap frame 100, bacnet_services.pcap frames 400, 265, 267;
        // bacnet_example.pcap frame 572)
        row("bacnet reinitialize, routed from SNET", kBacnet, "810a0018010c000d013d0203351409001d06004a65737573",
            "9100401");
        row("bacnet reinitialize, to DNET", kBacnet, "810a001c01240003016cff02038a1409011d0900657468657265616c",
            "9100401");
        row("bacnet reinitialize, local", kBacnet, "810a001101040005011409061d0b0044656c63617474793730", "9100401");
        row("bacnet reinitialize, segmented", kBacnet, bacnet("0a0101000214090007"), "9100401");
        row("bacnet reinitialize, forwarded", kBacnet, "81040014c0a80001bac0010402010114090100", "9100401");
        row("bacnet communication disable", kBacnet, "810a001301240003016cff0203841119012900", "9100402");
        row("bacnet communication disable with duration", kBacnet,
            "810a001e01240003016cff02038511090119012d090066696c6973746572", "9100402");
        row("bacnet communication disable-initiation", kBacnet, bacnet("0201011119022900"), "9100402");
        // IEC 104 (epf-parameter-screening_iec104.pcap frames 20, 29, 39; TestDissectIec104.pcap
        // frames 124, 133, 139)
        row("iec104 single command", kIec104, "680e040042002d0106000a0002000001", "9100501");
        row("iec104 single command select", kIec104, "680e04000e002d0106010d911a270081", "9100501");
        row("iec104 single command test bit", kIec104, "680e080014002d0186020d91ce560081", "9100501");
        row("iec104 double command", kIec104, "680e08004e002e0106000a0001000001", "9100502");
        row("iec104 regulating step", kIec104, "680e0c005a002f0106000a0001000002", "9100503");
        row("iec104 single command with time", kIec104, iec104("3a", "06", "0100000000000000"), "9100504");
        row("iec104 double command with time", kIec104, iec104("3b", "06", "0100000000000000"), "9100504");
        row("iec104 regulating step with time", kIec104, iec104("3c", "06", "0100000000000000"), "9100504");
        row("iec104 clock synchronisation", kIec104, "68140c001600670106040d91000000c83239081d0808", "9100505");
        row("iec104 reset process", kIec104, iec104("69", "06", "01"), "9100506");
        // Omron FINS (fins/omron.pcap frames 43, 39; omron_fins_tcp_commands_responses.pcap frames 6, 4)
        row("fins stop", kFinsUdp, "8000020000000000007a0402", "9100601");
        row("fins stop, no response", kFinsUdp, "8100020000000000007a0402", "9100601");
        row("fins run", kFinsUdp, "8000020000000000007a0401000001", "9100602");
        row("fins/tcp stop", kFinsTcp, "46494e530000001400000002000000008000020000000000007a0402", "9100603");
        row("fins/tcp run", kFinsTcp, "46494e530000001700000002000000008000020000000000007a0401000001", "9100604");
        // MELSEC SLMP (crafted per the SLMP reference frame layout, as in the operation tests)
        row("slmp remote stop", kSlmpTcp, "500000ffff030008001000021000000100", "9100701");
        row("slmp remote stop over udp", kSlmpUdp, "500000ffff030008001000021000000100", "9100701");
        row("slmp 4e remote stop", kSlmpTcp, "54003412000000ffff030008001000021000000100", "9100702");
        row("slmp remote run", kSlmpTcp, "500000ffff03000a0010000110000001000000", "9100703");
        row("slmp 4e remote run", kSlmpUdp, "54003412000000ffff03000a0010000110000001000000", "9100704");
        row("slmp remote reset", kSlmpTcp, "500000ffff030008001000061000000100", "9100705");
        row("slmp 4e remote reset", kSlmpTcp, "54003412000000ffff030008001000061000000100", "9100706");
    }

    void attacks()
    {
        QFETCH(Exchange, exchange);
        QFETCH(QByteArray, hex);
        QFETCH(QString, sids);
        detect::SignatureEngine engine;
        loadBundled(engine);
        const QString fired = fire(engine, exchange, test::bytesFromHex(hex.toStdString()));
        QCOMPARE(fired, sids);
        for (const QString& sid : fired.split(u',', Qt::SkipEmptyParts))
            m_fired << sid;
    }

    /// ListIdentity to one device after another: the 20th request in a minute alerts, once.
    void listIdentitySweep()
    {
        detect::SignatureEngine engine;
        loadBundled(engine);
        const test::Bytes request = test::bytesFromHex("630000000000000000000000000000000000000000000000");
        QStringList alerts;
        for (int host = 1; host <= 40; ++host) {
            const std::string destination = "10.0.1." + std::to_string(host);
            const Exchange exchange{.udp = true, .destination = destination.c_str(), .port = 44818};
            if (!fire(engine, exchange, request, std::int64_t(host) * 100'000'000).isEmpty())
                alerts << QString::number(host);
        }
        QCOMPARE(alerts.join(u','), QStringLiteral("20"));
        m_fired << QStringLiteral("9100309");
    }

    void routine_data()
    {
        QTest::addColumn<Exchange>("exchange");
        QTest::addColumn<QByteArray>("hex");
        auto row = [](const char* name, const Exchange& exchange, const QByteArray& hex) {
            QTest::newRow(name) << exchange << hex;
        };
        // Modbus reads, writes and other diagnostics
        row("modbus read holding registers", kModbus, "0001000000060a0300050002");
        row("modbus read coils", kModbus, "000200000006010100000010");
        row("modbus write single register", kModbus, "0001000000060a060005000b");
        row("modbus return diagnostic register", kModbus, "000c00000006020800020000");
        row("modbus read device identification", kModbus, "001700000005012b0e0100");
        row("modbus register value 0x0800 0x04", kModbus, "0001000000090a10000800040800040000");
        row("umas read id", kModbus, "000000000004005a0002");
        row("umas download block", kModbus, "002400000008005a013400010100");
        row("modbus non-zero protocol id", kModbus, "0000000100060a0800040000");
        // S7comm reads (two_tpkts row of the operation tests, nDPI_s7comm.pcap frame 6, snap7.pcap frame 49)
        row("s7 read var", kS7, "0300001f02f080320100000000000e00000401120a10020001000083000000");
        row("s7 read szl", kS7, "0300002102f080320700000300000800080001120411440100ff09000401320004");
        row("s7 write var", kS7, "0300002702f080320100001800000e00080501120a100800010000830000800007000479e9f642");
        row("s7 setup communication", kS7, "0300001902f08032010000ffff00080000f000000100010780");
        row("s7 compress memory", kS7, "0300002102f080320100001e000010000028000000000000fd0000055f47415242");
        row("s7 ack-data of a stop", kS7, "0300001302f0803203000000020002000000002900");
        // DNP3 reads and other functions (dnp3_read.pcap frame 4, enable_unsolicited_and_response.pcap frame 4)
        row("dnp3 read", kDnp3, "056414c4020003004503c7c8013c02063c03063c04063c010642ac");
        row("dnp3 enable unsolicited", kDnp3, "056411c40a0001000615c0c0143c02063c03063c04067896");
        row("dnp3 restart code in a later transport segment", kDnp3, "056408c4040003000000010d0d0000");
        // CIP reads and sessions (crafted Read Tag, register session, reset to a vendor class)
        row("cip read tag", kEnip,
            "6f001a000001021200000000000000000000000000000000000000000000020000000000b2000a004c039104546167310100");
        row("enip register session", kEnip, "65000400000000000000000000000000000000000000000001000000");
        row("cip reset to another class", kEnip,
            "70001c0000010211000000000000000000000000000000000000000001000200a1000400010b7900b1000800a100050220722401");
        row("cip reply", kEnip, "6f0014000001021200000000000000000000000000000000000000000000020000000000b200040085000000");
        row("pccc typed read", kEnip,
            "6f0023000001021200000000000000000000000000000000000000000000020000000000b20013004b0220672401070100020000000f0001006802");
        row("list identity unicast", {.udp = true, .port = 44818}, "630000000000000000000000000000000000000000000000");
        // BACnet reads, announcements and enabling communication
        row("bacnet readProperty", kBacnet, "810a001101040005a90c0c023fffff194b");
        row("bacnet who-is", kBacnet, "810b000c0120ffff00ff1008");
        row("bacnet i-am", kBacnet, "810b00190120ffff00ff1000c4020000002205c49103220104");
        row("bacnet communication enable", kBacnet, "810a001301240003016cff0203861119002900");
        row("bacnet simple ack of reinitialize", kBacnet, bacnet("200114"));
        // IEC 104 monitoring, interrogation, confirmations
        row("iec104 interrogation", kIec104, "680e00000000640106000a0000000014");
        row("iec104 startdt", kIec104, "680407000000");
        row("iec104 testfr", kIec104, "680443000000");
        row("iec104 command confirmation", kIec104, "680e0a0004002e0147010d91983a0082");
        row("iec104 command termination", kIec104, iec104("2d", "0a", "01"));
        row("iec104 measurement", kIec104, "68192c7e42b9240103001429cbb202cdcc2c3e0094dc028a230a0b");
        // FINS reads and responses
        row("fins memory area read", kFinsUdp, "8000020000000000007a010100cccccc0001");
        row("fins controller data read", kFinsUdp, "8000020000000000007a050100");
        row("fins stop response", kFinsUdp, "c000020000000000007a04020000");
        row("fins/tcp clock write", kFinsTcp, "46494e530000001b00000002000000008000020000000000007a070209012001020103");
        row("fins/tcp run response", kFinsTcp, "46494e53000000160000000200000000c100020000000000007a04010000");
        row("fins/tcp node address exchange", kFinsTcp, "46494e530000000c000000000000000000000000");
        // SLMP reads and responses
        row("slmp batch read", kSlmpTcp, "500000ffff03000c00100001040000941100a83500");
        row("slmp read type name", kSlmpTcp, "500000ffff03000600100001010000");
        row("slmp remote pause", kSlmpTcp, "500000ffff030008001000031000000100");
        row("slmp response", kSlmpTcp, "d00000ffff030002000000");
        row("slmp 4e response", kSlmpUdp, "d4003412000000ffff030002000000");
    }

    void routine()
    {
        QFETCH(Exchange, exchange);
        QFETCH(QByteArray, hex);
        detect::SignatureEngine engine;
        loadBundled(engine);
        QCOMPARE(fire(engine, exchange, test::bytesFromHex(hex.toStdString())), QString());
    }

    /// An attack sent the other way (from the service port) is a reply, not a request.
    void repliesDoNotFire()
    {
        detect::SignatureEngine engine;
        loadBundled(engine);
        test::PacketBuilder builder;
        const test::Bytes frame = builder.ethernet("00:00:5e:00:53:02", "00:00:5e:00:53:01")
                                      .ipv4("10.0.0.2", "10.0.0.1")
                                      .tcp(502, 50000, {.flags = test::tcpflag::kAck | test::tcpflag::kPsh})
                                      .payload(test::bytesFromHex("0000000000060a0800040000"))
                                      .build();
        decode::PacketDecoder decoder;
        decode::DecodedPacket packet;
        decoder.decode(1, frame, static_cast<std::uint32_t>(frame.size()), packet);
        std::vector<detect::SignatureHit> hits;
        engine.inspect(packet, {false, true}, 0, hits);
        QVERIFY(hits.empty());
    }

    /// Every bundled rule fired in attacks() or listIdentitySweep() (which run first).
    void everyRuleIsCovered()
    {
        detect::SignatureEngine engine;
        loadBundled(engine);
        QSet<QString> loaded;
        for (std::size_t i = 0; i < engine.ruleCount(); ++i)
            loaded << QString::number(engine.rule(i).sid);
        QCOMPARE(m_fired, loaded);
    }

private:
    QSet<QString> m_fired; ///< sids seen firing by the tests above
};

QTEST_GUILESS_MAIN(TestSignatureOtRules)
#include "tst_signature_ot_rules.moc"
