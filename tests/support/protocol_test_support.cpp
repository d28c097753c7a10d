// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "tests/support/protocol_test_support.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace mieruka::test {

namespace {

constexpr int kEthernet = 1;

QString attributeText(protocols::Attribute attribute)
{
    const std::string_view name = protocols::attributeName(attribute);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

} // namespace

PacketSpec serviceExchange(decode::TransportKind transport, std::uint16_t servicePort, bool toService,
                           std::string_view destination)
{
    constexpr std::uint16_t kEphemeral = 50000;
    return PacketSpec{.transport = transport,
                      .srcPort = toService ? kEphemeral : servicePort,
                      .dstPort = toService ? servicePort : kEphemeral,
                      .srcIp = "10.0.0.1",
                      .dstIp = destination,
                      .network = decode::NetworkKind::Ipv4,
                      .toService = toService};
}

namespace {

decode::DecodedPacket packetFor(std::span<const std::byte> payload, const PacketSpec& spec)
{
    decode::DecodedPacket packet;
    if (spec.network)
        packet.network = *spec.network;
    if (!spec.srcIp.empty()) {
        packet.ipLayers[0].src = ip(spec.srcIp);
        packet.ipLayerCount = 1;
    }
    if (!spec.dstIp.empty()) {
        packet.ipLayers[0].dst = ip(spec.dstIp);
        packet.ipLayerCount = 1;
    }
    packet.transport = spec.transport;
    packet.srcPort = spec.srcPort;
    packet.dstPort = spec.dstPort;
    packet.payload = payload;
    return packet;
}

} // namespace

protocols::FactList decodePayload(protocols::PayloadDecoder decoder, std::span<const std::byte> payload,
                                  const PacketSpec& spec)
{
    const decode::DecodedPacket packet = packetFor(payload, spec);
    protocols::FactList facts;
    decoder(protocols::PayloadContext{packet, payload, 0, spec.toService}, facts);
    return facts;
}

protocols::FactList senderFacts(protocols::PayloadDecoder decoder, const Bytes& payload, std::uint16_t srcPort,
                                std::uint16_t dstPort, bool toService, bool tcp)
{
    PacketSpec spec;
    spec.transport = tcp ? decode::TransportKind::Tcp : decode::TransportKind::Udp;
    spec.srcPort = srcPort;
    spec.dstPort = dstPort;
    spec.srcIp = "192.0.2.10";
    spec.toService = toService;
    return decodePayload(decoder, payload, spec);
}

void checkSenderPrefixes(protocols::PayloadDecoder decoder, const QByteArray& payload, std::uint16_t srcPort,
                         std::uint16_t dstPort, bool toService, bool tcp)
{
    const Bytes bytes = toBytes(payload);
    verifyPrefixesSayNoMore(bytes, describeWithConfidence(senderFacts(decoder, bytes, srcPort, dstPort, toService, tcp)),
                            [&](const Bytes& prefix) {
                                return describeWithConfidence(senderFacts(decoder, prefix, srcPort, dstPort, toService, tcp));
                            });
}

protocols::OperationList decodeOperations(protocols::OperationDecoder decoder, std::span<const std::byte> payload,
                                          const PacketSpec& spec)
{
    const decode::DecodedPacket packet = packetFor(payload, spec);
    protocols::OperationList operations;
    decoder(protocols::PayloadContext{packet, payload, 0, spec.toService}, operations);
    return operations;
}

QStringList describeOperations(const protocols::OperationList& operations, std::initializer_list<std::string_view> labels,
                               CodeFormat format)
{
    QStringList lines;
    for (const auto& operation : operations) {
        const auto className = protocols::operationClassName(operation.operationClass);
        QString code = QString::number(operation.code, format == CodeFormat::Decimal ? 10 : 16);
        if (format == CodeFormat::PrefixedHex)
            code.prepend(QStringLiteral("0x"));
        lines << QString::fromUtf8(className.data(), qsizetype(className.size())) + u'|'
                     + QString::fromStdString(operation.name.str()) + u'|' + code;
        const bool known = std::find(labels.begin(), labels.end(), operation.protocol) != labels.end();
        if (!known || operation.name.empty())
            lines << QStringLiteral("BAD LABEL");
    }
    return lines;
}

FrameRun::FrameRun(protocols::PayloadDecoder decoder, const Bytes& bytes) : frame(bytes), decoder_(decoder)
{
    packetDecoder_.decode(kEthernet, frame, static_cast<std::uint32_t>(frame.size()), packet);
}

protocols::FactList FrameRun::facts(std::optional<std::size_t> cut)
{
    auto payload = packet.payload;
    if (cut)
        payload = payload.first(*cut);
    protocols::FactList out;
    decoder_(protocols::PayloadContext{packet, payload, 0, false}, out);
    return out;
}

void forEachPrefix(const Bytes& full, const std::function<void(const Bytes& prefix, std::size_t length)>& visit)
{
    for (std::size_t length = 0; length < full.size() && !QTest::currentTestFailed(); ++length)
        visit(Bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(length)), length);
}

void forEachByteMutation(const Bytes& full, std::initializer_list<std::byte> values,
                         const std::function<void(const Bytes& mutated)>& visit)
{
    for (std::size_t i = 0; i < full.size(); ++i) {
        for (const std::byte value : values) {
            Bytes mutated = full;
            mutated[i] = value;
            visit(mutated);
        }
    }
}

void verifyPrefixesSayNoMore(const Bytes& full, const QStringList& allowed,
                             const std::function<QStringList(const Bytes& prefix)>& describePrefix)
{
    forEachPrefix(full, [&](const Bytes& prefix, std::size_t length) {
        for (const QString& fact : describePrefix(prefix))
            QVERIFY2(allowed.contains(fact), qPrintable(QStringLiteral("prefix %1: %2").arg(length).arg(fact)));
    });
}

QStringList describeBySubject(const protocols::FactList& facts, std::string_view protocol)
{
    QStringList result;
    for (const auto& fact : facts) {
        const char* subject = fact.subject == protocols::Subject::Source        ? "src"
                              : fact.subject == protocols::Subject::Destination ? "dst"
                                                                                : "exp";
        QString line = QString::fromLatin1(subject) + QLatin1Char('|') + attributeText(fact.attribute) + QLatin1Char('|')
            + QString::fromStdString(fact.value);
        if (fact.aboutIp)
            line += QLatin1Char('@') + QString::fromStdString(fact.aboutIp->toString());
        result << line;
        if (fact.protocol != protocol || fact.confidence <= 0.f || fact.confidence > 1.f)
            result << QStringLiteral("BAD LABEL OR CONFIDENCE");
    }
    return result;
}

QStringList describeWithSubjectPrefix(const protocols::FactList& facts)
{
    QStringList out;
    for (const auto& fact : facts) {
        QString prefix;
        if (fact.subject == protocols::Subject::Destination)
            prefix = QStringLiteral("dst:");
        else if (fact.subject == protocols::Subject::Explicit && fact.aboutIp)
            prefix = QString::fromStdString(fact.aboutIp->toString()) + QLatin1Char(':');
        out << prefix + attributeText(fact.attribute) + QLatin1Char('=') + QString::fromStdString(fact.value);
    }
    return out;
}

QStringList describeSortedWithHost(const protocols::FactList& facts)
{
    QStringList out;
    for (const auto& fact : facts) {
        QString text = attributeText(fact.attribute) + QLatin1Char('=') + QString::fromStdString(fact.value);
        if (fact.subject == protocols::Subject::Explicit) {
            text += QStringLiteral(" @")
                + (fact.aboutIp ? QString::fromStdString(fact.aboutIp->toString()) : QStringLiteral("-")) + QLatin1Char('/')
                + (fact.aboutMac ? QString::fromStdString(fact.aboutMac->toString()) : QStringLiteral("-"));
        }
        out << text;
    }
    out.sort();
    return out;
}

QStringList describeWithConfidence(const protocols::FactList& facts)
{
    QStringList out;
    for (const auto& fact : facts) {
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", double(fact.confidence));
        const char* subject = fact.subject == protocols::Subject::Source ? "" : "[not source]";
        out << QString::fromStdString(std::string(protocols::attributeName(fact.attribute)) + '=' + fact.value + '/'
                                      + confidence + subject);
    }
    return out;
}

QByteArrayList renderAttributeValues(const protocols::FactList& facts)
{
    QByteArrayList out;
    for (const auto& fact : facts)
        out << QByteArray::fromStdString(std::string(protocols::attributeName(fact.attribute)) + '=' + fact.value);
    return out;
}

Bytes toBytes(const QByteArray& data)
{
    const auto* begin = reinterpret_cast<const std::byte*>(data.constData());
    return Bytes(begin, begin + data.size());
}

QByteArray hexOf(const Bytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex();
}

QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace mieruka::test
