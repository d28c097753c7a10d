// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_export.h"

#include "core/analysis/protocol_labels.h"
#include "core/survey/time_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <set>

namespace mieruka::render {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonValue textOrNull(const std::string& value)
{
    return value.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(value));
}

QJsonValue timeOrNull(std::int64_t ns, bool present)
{
    return present ? QJsonValue(text(survey::isoTimeNs(ns))) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(std::uint64_t value)
{
    return QJsonValue(static_cast<qint64>(value));
}

QString transportName(const analysis::ConversationRecord& row)
{
    if (row.isLink)
        return QStringLiteral("eth");
    switch (row.ipProtocol) {
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 1: return QStringLiteral("icmp");
    case 58: return QStringLiteral("icmpv6");
    default: break;
    }
    const auto name = analysis::ProtocolLabels::forIpProtocol(static_cast<std::uint8_t>(row.ipProtocol));
    return name == "ip" ? QStringLiteral("ip-%1").arg(row.ipProtocol) : QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QJsonObject captureObject(const store::CaptureRecord& capture)
{
    QJsonArray linkTypes;
    for (int type : capture.linkTypes)
        linkTypes.append(type);
    QJsonObject object;
    object[QStringLiteral("file")] = text(capture.path);
    object[QStringLiteral("sha256")] = text(capture.sha256);
    object[QStringLiteral("format")] = text(capture.format);
    object[QStringLiteral("size_bytes")] = count(capture.sizeBytes);
    object[QStringLiteral("packets")] = count(capture.packets);
    object[QStringLiteral("bytes")] = count(capture.bytes);
    object[QStringLiteral("start")] = timeOrNull(capture.startNs, capture.packets > 0);
    object[QStringLiteral("end")] = timeOrNull(capture.endNs, capture.packets > 0);
    object[QStringLiteral("link_types")] = linkTypes;
    object[QStringLiteral("unsupported_packets")] = count(capture.unsupportedPackets);
    object[QStringLiteral("complete")] = capture.complete;
    object[QStringLiteral("truncated")] = capture.truncated;
    object[QStringLiteral("warning")] = textOrNull(capture.warning);
    return object;
}

QJsonObject conversationObject(const analysis::ConversationRecord& row)
{
    const bool loIsA = row.initiatorIsLo;
    QJsonObject object;
    object[QStringLiteral("proto")] = transportName(row);
    object[QStringLiteral("service")] = text(row.protocol);
    object[QStringLiteral("a")] = text(loIsA ? row.lo : row.hi);
    object[QStringLiteral("b")] = text(loIsA ? row.hi : row.lo);
    object[QStringLiteral("a_port")] = row.hasPorts ? QJsonValue(loIsA ? row.loPort : row.hiPort) : QJsonValue(QJsonValue::Null);
    object[QStringLiteral("b_port")] = row.hasPorts ? QJsonValue(loIsA ? row.hiPort : row.loPort) : QJsonValue(QJsonValue::Null);
    if (row.isLink)
        object[QStringLiteral("ether_type")] = QStringLiteral("0x%1").arg(row.etherType, 4, 16, QLatin1Char('0'));
    const std::uint64_t aPackets = loIsA ? row.packetsLoToHi : row.packetsHiToLo;
    const std::uint64_t aBytes = loIsA ? row.bytesLoToHi : row.bytesHiToLo;
    const std::uint64_t bPackets = loIsA ? row.packetsHiToLo : row.packetsLoToHi;
    const std::uint64_t bBytes = loIsA ? row.bytesHiToLo : row.bytesLoToHi;
    object[QStringLiteral("packets")] = count(aPackets + bPackets);
    object[QStringLiteral("bytes")] = count(aBytes + bBytes);
    object[QStringLiteral("packets_a_to_b")] = count(aPackets);
    object[QStringLiteral("bytes_a_to_b")] = count(aBytes);
    object[QStringLiteral("packets_b_to_a")] = count(bPackets);
    object[QStringLiteral("bytes_b_to_a")] = count(bBytes);
    object[QStringLiteral("first")] = text(survey::isoTimeNs(row.firstNs));
    object[QStringLiteral("last")] = text(survey::isoTimeNs(row.lastNs));
    return object;
}

QJsonObject hostObject(const survey::LedgerHost& row)
{
    QJsonArray ips, protocols, ports, evidence;
    for (const auto& ip : row.host.ips)
        ips.append(text(ip));
    for (const auto& protocol : row.protocols)
        protocols.append(text(protocol));
    for (int port : row.serverPorts)
        ports.append(port);
    for (const auto& fact : row.evidence) {
        QJsonObject item;
        item[QStringLiteral("attribute")] = text(fact.attribute);
        item[QStringLiteral("value")] = text(fact.value);
        item[QStringLiteral("source")] = text(fact.source);
        item[QStringLiteral("confidence")] = fact.confidence;
        item[QStringLiteral("time")] = timeOrNull(fact.timeNs, fact.timeNs != 0);
        item[QStringLiteral("capture")] = textOrNull(fact.capture);
        item[QStringLiteral("packet")] = fact.packetNumber ? QJsonValue(static_cast<qint64>(fact.packetNumber)) : QJsonValue(QJsonValue::Null);
        item[QStringLiteral("count")] = count(fact.count);
        evidence.append(item);
    }
    QJsonObject os;
    os[QStringLiteral("family")] = text(row.os.family);
    os[QStringLiteral("name")] = textOrNull(row.os.name);
    os[QStringLiteral("version")] = textOrNull(row.os.version);
    os[QStringLiteral("eol")] = row.os.eol;
    os[QStringLiteral("eol_date")] = textOrNull(row.os.eolDate);
    os[QStringLiteral("confidence")] = row.os.confidence;
    QJsonArray osSources, roleReasons;
    for (const auto& source : row.os.sources)
        osSources.append(text(source));
    os[QStringLiteral("sources")] = osSources;
    for (const auto& reason : row.roleReasons)
        roleReasons.append(text(reason));

    QJsonObject object;
    object[QStringLiteral("mac")] = textOrNull(row.host.mac);
    object[QStringLiteral("ips")] = ips;
    object[QStringLiteral("vendor")] = textOrNull(row.vendor);
    object[QStringLiteral("hostname")] = textOrNull(row.hostname);
    object[QStringLiteral("model")] = textOrNull(row.model);
    object[QStringLiteral("firmware")] = textOrNull(row.firmware);
    object[QStringLiteral("serial")] = textOrNull(row.serial);
    object[QStringLiteral("os")] = os;
    object[QStringLiteral("role")] = text(row.role);
    object[QStringLiteral("role_reasons")] = roleReasons;
    object[QStringLiteral("is_router")] = row.host.isRouter;
    object[QStringLiteral("via_router")] = textOrNull(row.host.viaRouterMac);
    const bool sent = row.host.firstSeenNs != 0 || row.host.lastSeenNs != 0;
    object[QStringLiteral("first_seen")] = timeOrNull(row.host.firstSeenNs, sent);
    object[QStringLiteral("last_seen")] = timeOrNull(row.host.lastSeenNs, sent);
    object[QStringLiteral("packets")] = count(row.host.packets);
    object[QStringLiteral("bytes")] = count(row.host.bytes);
    object[QStringLiteral("protocols")] = protocols;
    object[QStringLiteral("server_ports")] = ports;
    QJsonArray clientPorts, otServer, otClient;
    for (int port : row.clientPorts)
        clientPorts.append(port);
    for (const auto& protocol : row.otServer)
        otServer.append(text(protocol));
    for (const auto& protocol : row.otClient)
        otClient.append(text(protocol));
    object[QStringLiteral("client_ports")] = clientPorts;
    QJsonObject ot;
    ot[QStringLiteral("server")] = otServer;
    ot[QStringLiteral("client")] = otClient;
    object[QStringLiteral("ot_protocols")] = ot;
    object[QStringLiteral("evidence")] = evidence;
    return object;
}

} // namespace

QJsonObject JsonExport::build(const survey::SurveySnapshot& snapshot)
{
    QJsonObject root;
    root[QStringLiteral("schema")] = QString::fromLatin1(kSchema);
    QJsonObject generator;
    generator[QStringLiteral("name")] = QStringLiteral("mieruka");
    generator[QStringLiteral("version")] = QCoreApplication::applicationVersion();
    root[QStringLiteral("generator")] = generator;

    QJsonArray captures;
    for (const auto& capture : snapshot.captures)
        captures.append(captureObject(capture));
    root[QStringLiteral("captures")] = captures;

    QJsonObject totals;
    totals[QStringLiteral("packets")] = count(snapshot.totals.packets);
    totals[QStringLiteral("bytes")] = count(snapshot.totals.bytes);
    totals[QStringLiteral("start")] = timeOrNull(snapshot.totals.startNs, snapshot.totals.packets > 0);
    totals[QStringLiteral("end")] = timeOrNull(snapshot.totals.endNs, snapshot.totals.packets > 0);
    root[QStringLiteral("totals")] = totals;

    std::set<std::string> ipEndpoints, macEndpoints;
    for (const auto& endpoint : snapshot.endpoints)
        (endpoint.isMac ? macEndpoints : ipEndpoints).insert(endpoint.address);
    QJsonArray ipArray, macArray;
    for (const auto& address : ipEndpoints)
        ipArray.append(text(address));
    for (const auto& address : macEndpoints)
        macArray.append(text(address));
    QJsonObject endpoints;
    endpoints[QStringLiteral("ip")] = ipArray;
    endpoints[QStringLiteral("mac")] = macArray;
    root[QStringLiteral("endpoints")] = endpoints;

    QJsonArray conversations;
    for (const auto& row : snapshot.conversations)
        conversations.append(conversationObject(row));
    root[QStringLiteral("conversations")] = conversations;

    QJsonArray hosts;
    for (const auto& row : snapshot.hosts)
        hosts.append(hostObject(row));
    root[QStringLiteral("hosts")] = hosts;
    std::map<std::int64_t, std::string> capturePaths;
    for (const auto& capture : snapshot.captures)
        capturePaths[capture.id] = capture.path;
    QJsonArray operations;
    for (const auto& row : snapshot.operations) {
        QJsonObject item;
        item[QStringLiteral("src")] = textOrNull(row.srcIp.empty() ? row.srcMac : row.srcIp);
        item[QStringLiteral("dst")] = textOrNull(row.dstIp.empty() ? row.dstMac : row.dstIp);
        item[QStringLiteral("src_mac")] = textOrNull(row.srcMac);
        item[QStringLiteral("dst_mac")] = textOrNull(row.dstMac);
        item[QStringLiteral("protocol")] = text(row.protocol);
        item[QStringLiteral("operation_class")] = text(row.operationClass);
        item[QStringLiteral("operation")] = text(row.name);
        item[QStringLiteral("code")] = static_cast<qint64>(row.code);
        item[QStringLiteral("count")] = count(row.count);
        item[QStringLiteral("first")] = text(survey::isoTimeNs(row.firstNs));
        item[QStringLiteral("last")] = text(survey::isoTimeNs(row.lastNs));
        const auto capture = capturePaths.find(row.captureId);
        item[QStringLiteral("capture")] = capture == capturePaths.end() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(capture->second));
        item[QStringLiteral("packet")] = static_cast<qint64>(row.packetNumber);
        operations.append(item);
    }
    root[QStringLiteral("operations")] = operations;

    // Per requester → target, requests by class: the matrix the report's OT section reads.
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::uint64_t>> byPair;
    for (const auto& row : snapshot.operations)
        byPair[{row.srcIp.empty() ? row.srcMac : row.srcIp, row.dstIp.empty() ? row.dstMac : row.dstIp}][row.operationClass]
            += row.count;
    QJsonArray operationClasses;
    for (const auto& [pair, classes] : byPair) {
        QJsonObject item;
        item[QStringLiteral("src")] = textOrNull(pair.first);
        item[QStringLiteral("dst")] = textOrNull(pair.second);
        QJsonObject counts;
        for (const auto& [operationClass, total] : classes)
            counts[text(operationClass)] = count(total);
        item[QStringLiteral("counts")] = counts;
        operationClasses.append(item);
    }
    root[QStringLiteral("operation_classes")] = operationClasses;
    // Streaming detections know only the frame's MAC; name the host by its IP where it has one.
    std::map<std::string, std::string> ipOfMac;
    for (const auto& host : snapshot.hosts)
        if (!host.host.mac.empty() && !host.host.ips.empty() && !host.host.isRouter)
            ipOfMac.emplace(host.host.mac, host.host.ips.front());
    auto hostAddress = [&](const std::string& address) {
        const auto ip = ipOfMac.find(address);
        return ip == ipOfMac.end() ? address : ip->second;
    };
    QJsonArray alerts;
    for (const auto& row : snapshot.alerts) {
        QJsonObject item;
        item[QStringLiteral("id")] = static_cast<qint64>(row.id);
        item[QStringLiteral("type")] = text(row.type);
        item[QStringLiteral("severity")] = text(row.severity);
        item[QStringLiteral("time")] = text(survey::isoTimeNs(row.firstNs));
        item[QStringLiteral("last")] = text(survey::isoTimeNs(row.lastNs));
        item[QStringLiteral("count")] = count(row.count);
        item[QStringLiteral("src")] = textOrNull(hostAddress(row.src));
        item[QStringLiteral("dst")] = textOrNull(hostAddress(row.dst));
        item[QStringLiteral("src_mac")] = textOrNull(row.srcMac);
        item[QStringLiteral("dst_mac")] = textOrNull(row.dstMac);
        item[QStringLiteral("protocol")] = textOrNull(row.protocol);
        item[QStringLiteral("rule")] = text(row.rule);
        QJsonObject fields;
        for (const auto& [key, value] : row.fields)
            fields[text(key)] = text(value);
        item[QStringLiteral("fields")] = fields;
        const auto capture = capturePaths.find(row.captureId);
        item[QStringLiteral("capture")] = capture == capturePaths.end() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(capture->second));
        item[QStringLiteral("packet")] = row.packetNumber ? QJsonValue(static_cast<qint64>(row.packetNumber)) : QJsonValue(QJsonValue::Null);
        alerts.append(item);
    }
    root[QStringLiteral("alerts")] = alerts;
    QJsonObject detection;
    detection[QStringLiteral("ran")] = snapshot.detection.ran;
    detection[QStringLiteral("baseline_survey")] = textOrNull(snapshot.detection.baselineSurvey);
    detection[QStringLiteral("learning_end")] = snapshot.detection.ran && snapshot.detection.baselineSurvey.empty()
                                                    ? QJsonValue(text(survey::isoTimeNs(snapshot.detection.learningUntilNs)))
                                                    : QJsonValue(QJsonValue::Null);
    detection[QStringLiteral("learning_too_short")] = snapshot.detection.learningTooShort;
    root[QStringLiteral("detection")] = detection;

    QJsonObject anomalies;
    for (const auto& [name, value] : snapshot.anomalies)
        anomalies[text(name)] = count(value);
    root[QStringLiteral("anomalies")] = anomalies;

    // Readers must know when the lists are not the whole picture (docs/json-schema.md).
    const auto& truncation = snapshot.truncation;
    QJsonObject limits;
    limits[QStringLiteral("truncated")] = truncation.truncated();
    limits[QStringLiteral("max_addresses")] = count(truncation.maxAddresses);
    limits[QStringLiteral("max_conversations")] = count(truncation.maxConversations);
    limits[QStringLiteral("addresses_refused")] = count(truncation.addressesRefused);
    limits[QStringLiteral("conversations_refused")] = count(truncation.conversationsRefused);
    limits[QStringLiteral("packets_unlisted")] = count(truncation.packetsUnlisted);
    limits[QStringLiteral("flows_evicted")] = count(truncation.flowsEvicted);
    root[QStringLiteral("limits")] = limits;
    return root;
}

QByteArray JsonExport::toBytes(const survey::SurveySnapshot& snapshot)
{
    return QJsonDocument(build(snapshot)).toJson(QJsonDocument::Indented);
}

} // namespace mieruka::render
