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

void EvidenceCollector::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame,
                                  const FlowSample& flow)
{
    if (!flow.decodeIdentity)
        return;
    const bool keepRoles = flow.frames <= kRoleFactFrames;
    m_facts.clear();
    protocols::ProtocolRegistry::standard().dispatch(packet, timestampNs, m_facts);
    if (packet.transport == decode::TransportKind::Tcp && (packet.tcp.flags & 0x02) != 0)
        addTcpSignature(packet);
    for (auto& fact : m_facts) {
        const bool roleFact = fact.attribute == protocols::Attribute::ProtocolRole
                              || fact.attribute == protocols::Attribute::StationAddress;
        if (roleFact && !keepRoles)
            continue;
        record(packet, fact, timestampNs, frame);
    }
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

std::size_t EvidenceCollector::KeyHash::operator()(const Key& key) const noexcept
{
    std::uint64_t h = key.mac.toU64() * 0x9e3779b97f4a7c15ULL;
    h ^= key.ip.hash() + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(key.attribute) + (h << 6) + (h >> 2);
    h ^= std::hash<std::string_view>{}(key.protocol) + (h << 6) + (h >> 2);
    h ^= std::hash<std::string>{}(key.value) + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h);
}

void EvidenceCollector::record(const decode::DecodedPacket& packet, protocols::IdentityFact& fact,
                               std::int64_t timestampNs, const FrameRef& frame)
{
    if (fact.value.empty())
        return;
    Key key;
    const decode::IpLayer* layer = packet.innerIp();
    switch (fact.subject) {
    case protocols::Subject::Source:
        if (packet.hasLinkSource)
            key.mac = packet.linkSource;
        if (layer)
            key.ip = layer->src;
        break;
    case protocols::Subject::Destination:
        if (packet.hasEthernet)
            key.mac = packet.linkDestination;
        if (layer)
            key.ip = layer->dst;
        break;
    case protocols::Subject::Explicit:
        if (fact.aboutMac)
            key.mac = *fact.aboutMac;
        if (fact.aboutIp)
            key.ip = *fact.aboutIp;
        break;
    }
    if (!isHostMac(key.mac))
        key.mac = {};
    if (!isHostIp(key.ip))
        key.ip = {};
    if (key.mac.isZero() && !key.ip.isValid())
        return; // about a broadcast or an unknown party: nobody to attach it to
    key.attribute = fact.attribute;
    key.protocol = fact.protocol;
    key.value = std::move(fact.value);
    auto [it, inserted] = m_evidence.try_emplace(std::move(key));
    Entry& entry = it->second;
    if (inserted) {
        entry.firstNs = entry.lastNs = timestampNs;
        entry.frame = frame;
    }
    ++entry.count;
    entry.confidence = std::max(entry.confidence, static_cast<double>(fact.confidence));
    if (timestampNs < entry.firstNs) {
        entry.firstNs = timestampNs;
        entry.frame = frame;
    }
    entry.lastNs = std::max(entry.lastNs, timestampNs);
}

std::vector<EvidenceRecord> EvidenceCollector::take()
{
    std::vector<EvidenceRecord> rows;
    rows.reserve(m_evidence.size());
    for (auto& [key, entry] : m_evidence) {
        EvidenceRecord row;
        row.mac = key.mac.isZero() ? std::string() : key.mac.toString();
        row.ip = key.ip.isValid() ? key.ip.toString() : std::string();
        row.attribute = std::string(protocols::attributeName(key.attribute));
        row.value = key.value;
        row.protocol = std::string(key.protocol);
        row.confidence = entry.confidence;
        row.count = entry.count;
        row.firstNs = entry.firstNs;
        row.lastNs = entry.lastNs;
        row.fileIndex = entry.frame.fileIndex;
        row.packetNumber = entry.frame.packetNumber;
        rows.push_back(std::move(row));
    }
    m_evidence.clear();
    std::sort(rows.begin(), rows.end(), [](const EvidenceRecord& a, const EvidenceRecord& b) {
        return std::tie(a.mac, a.ip, a.attribute, a.value, a.protocol) < std::tie(b.mac, b.ip, b.attribute, b.value, b.protocol);
    });
    return rows;
}

} // namespace mieruka::analysis
