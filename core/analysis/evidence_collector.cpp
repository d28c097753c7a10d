// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence_collector.h"

#include "tcp_fingerprint.h"

#include "core/protocols/protocol_registry.h"

#include <algorithm>
#include <tuple>

namespace mieruka::analysis {

namespace {

bool isHostMac(const net::MacAddress& mac)
{
    return !mac.isZero() && !mac.isMulticast();
}

bool isHostIp(const net::IpAddress& ip)
{
    return ip.isValid() && !ip.isUnspecified() && !ip.isMulticast() && !ip.isBroadcast();
}

} // namespace

void EvidenceCollector::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame)
{
    m_facts.clear();
    protocols::ProtocolRegistry::standard().dispatch(packet, timestampNs, m_facts);
    if (packet.transport == decode::TransportKind::Tcp && (packet.tcp.flags & 0x02) != 0)
        addTcpSignature(packet);
    for (const auto& fact : m_facts)
        record(packet, fact, timestampNs, frame);
}

void EvidenceCollector::addTcpSignature(const decode::DecodedPacket& packet)
{
    const auto signature = TcpSignature::of(packet);
    if (!signature)
        return;
    protocols::IdentityFact raw;
    raw.attribute = protocols::Attribute::TcpFingerprint;
    raw.protocol = signature->synAck ? "tcp_synack" : "tcp_syn";
    raw.value = signature->text();
    raw.confidence = 1.0f;
    m_facts.push_back(std::move(raw));
    const auto guess = OsSignatureTable::standard().match(*signature);
    if (!guess)
        return;
    const auto add = [&](protocols::Attribute attribute, const std::string& value) {
        if (value.empty())
            return;
        protocols::IdentityFact fact;
        fact.attribute = attribute;
        fact.protocol = signature->synAck ? "tcp_synack" : "tcp_syn";
        fact.value = value;
        fact.confidence = static_cast<float>(guess->confidence);
        m_facts.push_back(std::move(fact));
    };
    add(protocols::Attribute::OsFamily, guess->family);
    add(protocols::Attribute::OsName, guess->name);
    add(protocols::Attribute::OsVersion, guess->version);
}

void EvidenceCollector::record(const decode::DecodedPacket& packet, const protocols::IdentityFact& fact,
                               std::int64_t timestampNs, const FrameRef& frame)
{
    if (fact.value.empty())
        return;
    net::MacAddress mac;
    net::IpAddress ip;
    const decode::IpLayer* layer = packet.innerIp();
    switch (fact.subject) {
    case protocols::Subject::Source:
        if (packet.hasLinkSource)
            mac = packet.linkSource;
        if (layer)
            ip = layer->src;
        break;
    case protocols::Subject::Destination:
        if (packet.hasEthernet)
            mac = packet.linkDestination;
        if (layer)
            ip = layer->dst;
        break;
    case protocols::Subject::Explicit:
        if (fact.aboutMac)
            mac = *fact.aboutMac;
        if (fact.aboutIp)
            ip = *fact.aboutIp;
        break;
    }
    const std::string macText = isHostMac(mac) ? mac.toString() : std::string();
    const std::string ipText = isHostIp(ip) ? ip.toString() : std::string();
    if (macText.empty() && ipText.empty())
        return; // about a broadcast or an unknown party: nobody to attach it to
    const std::string attribute(protocols::attributeName(fact.attribute));
    std::string key;
    key.reserve(macText.size() + ipText.size() + attribute.size() + fact.value.size() + fact.protocol.size() + 4);
    key.append(macText).append(1, '\x1f').append(ipText).append(1, '\x1f').append(attribute).append(1, '\x1f');
    key.append(fact.value).append(1, '\x1f').append(fact.protocol);
    auto [it, inserted] = m_evidence.try_emplace(std::move(key));
    EvidenceRecord& row = it->second;
    if (inserted) {
        row.mac = macText;
        row.ip = ipText;
        row.attribute = attribute;
        row.value = fact.value;
        row.protocol = std::string(fact.protocol);
        row.firstNs = row.lastNs = timestampNs;
        row.fileIndex = frame.fileIndex;
        row.packetNumber = frame.packetNumber;
    }
    ++row.count;
    row.confidence = std::max(row.confidence, static_cast<double>(fact.confidence));
    if (timestampNs < row.firstNs) {
        row.firstNs = timestampNs;
        row.fileIndex = frame.fileIndex;
        row.packetNumber = frame.packetNumber;
    }
    row.lastNs = std::max(row.lastNs, timestampNs);
}

std::vector<EvidenceRecord> EvidenceCollector::take()
{
    std::vector<EvidenceRecord> rows;
    rows.reserve(m_evidence.size());
    for (auto& [key, row] : m_evidence)
        rows.push_back(std::move(row));
    m_evidence.clear();
    std::sort(rows.begin(), rows.end(), [](const EvidenceRecord& a, const EvidenceRecord& b) {
        return std::tie(a.mac, a.ip, a.attribute, a.value, a.protocol) < std::tie(b.mac, b.ip, b.attribute, b.value, b.protocol);
    });
    return rows;
}

} // namespace mieruka::analysis
