// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the decoder suites: run one frame and render the result as a compact line, so each
// _data() row states the whole expected decode in one string.

#ifndef Q_MOC_RUN
#include "core/decode/packet_decoder.h"
#include "tests/support/packet_builder.h"
#endif

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace mieruka::test {

inline QByteArray toQByteArray(const Bytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

inline QString describe(const decode::DecodedPacket& p)
{
    using namespace decode;
    QStringList parts;
    auto str = [](const std::string& s) { return QString::fromStdString(s); };
    if (p.hasEthernet)
        parts << QStringLiteral("eth=%1>%2").arg(str(p.linkSource.toString()), str(p.linkDestination.toString()));
    else if (p.hasLinkSource)
        parts << QStringLiteral("src=%1").arg(str(p.linkSource.toString()));
    if (p.vlanCount) {
        QStringList ids;
        for (int i = 0; i < p.vlanCount; ++i)
            ids << QString::number(p.vlanIds[size_t(i)]);
        parts << QStringLiteral("vlan=") + ids.join(QLatin1Char(','));
    }
    if (p.etherType)
        parts << QStringLiteral("et=%1").arg(p.etherType, 4, 16, QLatin1Char('0'));
    if (p.isLlc)
        parts << QStringLiteral("llc");
    static const char* const networks[] = {"none", "arp", "ipv4", "ipv6", "other"};
    parts << QStringLiteral("net=") + QLatin1String(networks[int(p.network)]);
    if (p.network == NetworkKind::Arp)
        parts << QStringLiteral("arp=%1,%2,%3,%4,%5")
                     .arg(QString::number(p.arp.operation), str(p.arp.senderMac.toString()), str(p.arp.senderIp.toString()),
                          str(p.arp.targetMac.toString()), str(p.arp.targetIp.toString()));
    for (int i = 0; i < p.ipLayerCount; ++i) {
        const IpLayer& l = p.ipLayers[size_t(i)];
        QString text = QStringLiteral("ip=%1>%2:p%3:t%4").arg(str(l.src.toString()), str(l.dst.toString())).arg(l.protocol).arg(l.ttl);
        if (l.dontFragment)
            text += QStringLiteral(":df");
        if (l.isFragment)
            text += QStringLiteral(":frag");
        if (!l.isFirstFragment)
            text += QStringLiteral(":nonfirst");
        parts << text;
    }
    switch (p.transport) {
    case TransportKind::None:
        break;
    case TransportKind::Tcp:
        parts << QStringLiteral("tcp=%1>%2:%3").arg(p.srcPort).arg(p.dstPort).arg(p.tcp.flags, 2, 16, QLatin1Char('0'));
        if (p.tcp.mss)
            parts << QStringLiteral("mss=%1").arg(p.tcp.mss);
        if (p.tcp.windowScale >= 0)
            parts << QStringLiteral("ws=%1").arg(p.tcp.windowScale);
        if (p.tcp.sackPermitted)
            parts << QStringLiteral("sack");
        if (p.tcp.timestamps)
            parts << QStringLiteral("ts");
        if (p.tcp.optionCount) {
            QStringList kinds;
            for (int i = 0; i < p.tcp.optionCount; ++i)
                kinds << QString::number(p.tcp.optionKinds[size_t(i)]);
            parts << QStringLiteral("opts=") + kinds.join(QLatin1Char(','));
        }
        break;
    case TransportKind::Udp:
        parts << QStringLiteral("udp=%1>%2").arg(p.srcPort).arg(p.dstPort);
        break;
    case TransportKind::Icmp:
        parts << QStringLiteral("icmp=%1/%2").arg(p.srcPort).arg(p.dstPort);
        break;
    case TransportKind::Icmpv6:
        parts << QStringLiteral("icmpv6=%1/%2").arg(p.srcPort).arg(p.dstPort);
        break;
    case TransportKind::Other:
        parts << QStringLiteral("other");
        break;
    }
    parts << QStringLiteral("pl=%1").arg(p.payload.size());
    return parts.join(QLatin1Char(' '));
}

inline QString describe(const decode::AnomalyCounters& counters)
{
    QStringList names;
    for (std::size_t i = 0; i < decode::kAnomalyCount; ++i) {
        const auto anomaly = static_cast<decode::Anomaly>(i);
        for (std::uint64_t n = 0; n < counters.count(anomaly); ++n)
            names << QString::fromLatin1(decode::anomalyName(anomaly).data(), qsizetype(decode::anomalyName(anomaly).size()));
    }
    return names.join(QLatin1Char(','));
}

/// Columns: linkType, frame, original (0 = captured size), expected, anomalies.
inline void addDecodeColumns()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("original");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("anomalies");
}

inline void addDecodeRow(const char* name, int linkType, const Bytes& frame, const char* expected,
                         const char* anomalies = "", int original = 0)
{
    QTest::newRow(name) << linkType << toQByteArray(frame) << original << QString::fromLatin1(expected)
                        << QString::fromLatin1(anomalies);
}

/// The body of every data-driven decode test; also re-decodes every prefix of the frame so
/// each possible truncation runs (must not crash or read out of bounds).
inline void runDecodeRow()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(int, original);
    QFETCH(QString, expected);
    QFETCH(QString, anomalies);
    const auto bytes = std::as_bytes(std::span<const char>(frame.constData(), size_t(frame.size())));
    const auto originalLength = original ? std::uint32_t(original) : std::uint32_t(frame.size());
    decode::PacketDecoder decoder;
    decode::DecodedPacket packet;
    const bool supported = decoder.decode(linkType, bytes, originalLength, packet);
    QCOMPARE(supported, decode::PacketDecoder::isLinkTypeSupported(linkType));
    QCOMPARE(packet.capturedLength, std::uint32_t(frame.size()));
    QCOMPARE(packet.originalLength, originalLength);
    QCOMPARE(describe(packet), expected);
    QCOMPARE(describe(decoder.anomalies()), anomalies);
    if (!packet.payload.empty()) {
        QVERIFY(packet.payload.data() >= bytes.data());
        QVERIFY(packet.payload.data() + packet.payload.size() <= bytes.data() + bytes.size());
    }
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        decode::DecodedPacket partial;
        decoder.decode(linkType, bytes.first(cut), originalLength, partial);
        QVERIFY(partial.payload.size() <= cut);
    }
}

} // namespace mieruka::test
