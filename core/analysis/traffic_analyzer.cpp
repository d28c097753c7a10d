// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic_analyzer.h"

#include "protocol_labels.h"

#include <algorithm>
#include <tuple>

namespace mieruka::analysis {

namespace {

constexpr std::int64_t kNsPerMinute = 60LL * 1'000'000'000;

std::int64_t minuteOf(std::int64_t timestampNs)
{
    // Floor division: captures from before 1970 (bad clocks) still bucket consistently.
    std::int64_t minute = timestampNs / kNsPerMinute;
    if (timestampNs % kNsPerMinute < 0)
        --minute;
    return minute;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t value)
{
    h ^= value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

std::size_t index(Side side) { return static_cast<std::size_t>(side); }

} // namespace

void TrafficAnalyzer::EndpointState::touch(std::int64_t first, std::int64_t last)
{
    if (firstNs == 0 && lastNs == 0) {
        firstNs = first;
        lastNs = last;
        return;
    }
    firstNs = std::min(firstNs, first);
    lastNs = std::max(lastNs, last);
}

std::size_t TrafficAnalyzer::BindingKeyHash::operator()(const BindingKey& key) const noexcept
{
    return static_cast<std::size_t>(mix(mix(key.mac.toU64(), key.ip.hash()), key.fromArp ? 1 : 0));
}

std::size_t TrafficAnalyzer::SeriesKeyHash::operator()(const SeriesKey& key) const noexcept
{
    std::uint64_t h = mix(static_cast<std::uint64_t>(key.kind), static_cast<std::uint64_t>(key.minute));
    h = mix(h, key.a.hash());
    h = mix(h, key.b.hash());
    return static_cast<std::size_t>(mix(h, std::hash<std::string_view>{}(key.label)));
}

FlowKey TrafficAnalyzer::makeKey(const decode::DecodedPacket& packet, Side& side)
{
    FlowKey key;
    if (const decode::IpLayer* ip = packet.innerIp()) {
        key.kind = FlowKey::Kind::Ip;
        key.ipProtocol = ip->protocol;
        key.hasPorts = packet.transport == decode::TransportKind::Tcp || packet.transport == decode::TransportKind::Udp;
        const std::uint16_t srcPort = key.hasPorts ? packet.srcPort : 0;
        const std::uint16_t dstPort = key.hasPorts ? packet.dstPort : 0;
        const bool sourceIsLo = std::tie(ip->src, srcPort) <= std::tie(ip->dst, dstPort);
        side = sourceIsLo ? Side::Lo : Side::Hi;
        key.ipLo = sourceIsLo ? ip->src : ip->dst;
        key.ipHi = sourceIsLo ? ip->dst : ip->src;
        key.portLo = sourceIsLo ? srcPort : dstPort;
        key.portHi = sourceIsLo ? dstPort : srcPort;
        return key;
    }
    key.kind = FlowKey::Kind::Link;
    key.etherType = packet.isLlc ? 0 : packet.etherType;
    const net::MacAddress& source = packet.linkSource;
    const net::MacAddress destination = packet.hasEthernet ? packet.linkDestination : net::MacAddress{};
    const bool sourceIsLo = source <= destination;
    side = sourceIsLo ? Side::Lo : Side::Hi;
    key.macLo = sourceIsLo ? source : destination;
    key.macHi = sourceIsLo ? destination : source;
    return key;
}

std::string_view TrafficAnalyzer::labelFor(const FlowKey& key)
{
    if (key.kind == FlowKey::Kind::Link)
        return ProtocolLabels::forEtherType(key.etherType);
    return key.hasPorts ? ProtocolLabels::forPorts(key.ipProtocol, key.portLo, key.portHi)
                        : ProtocolLabels::forIpProtocol(key.ipProtocol);
}

TrafficAnalyzer::TrafficAnalyzer(std::size_t maxFlows) : m_maxFlows(std::max<std::size_t>(maxFlows, 4)) {}

FlowSample TrafficAnalyzer::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                      std::uint32_t wireLength)
{
    m_latestNs = std::max(m_latestNs, timestampNs);
    if (packet.ipLayerCount == 0 && !packet.hasEthernet && !packet.hasLinkSource)
        return {}; // nothing addressable was decoded; the importer still counts the frame
    if (packet.network == decode::NetworkKind::Arp)
        handleArp(packet, timestampNs);
    if (packet.ipLayerCount > 1)
        countOuterIpLayers(packet, timestampNs, wireLength);

    Side side = Side::Lo;
    const FlowKey key = makeKey(packet, side);
    if (m_flows.size() >= m_maxFlows)
        evictLeastRecent();
    auto [slot, inserted] = m_flows.findOrInsert(key);
    FlowState& flow = *slot;
    if (inserted) {
        flow.initiatorIsLo = side == Side::Lo;
        flow.label = labelFor(key); // once per flow, not per frame
        flow.firstNs = flow.lastNs = timestampNs;
    }
    // A bare SYN names the client even when the capture started mid-conversation.
    constexpr std::uint8_t kSyn = 0x02, kAck = 0x10;
    if (packet.transport == decode::TransportKind::Tcp && (packet.tcp.flags & (kSyn | kAck)) == kSyn)
        flow.initiatorIsLo = side == Side::Lo;
    flow.firstNs = std::min(flow.firstNs, timestampNs);
    flow.lastNs = std::max(flow.lastNs, timestampNs);

    const std::int64_t minute = minuteOf(timestampNs);
    if (flow.minute != minute) {
        flushMinute(key, flow);
        flow.minute = minute;
    }
    const std::size_t s = index(side);
    if (flow.minuteCounters[s].packets == 0)
        flow.minuteFirstNs[s] = flow.minuteLastNs[s] = timestampNs;
    flow.minuteFirstNs[s] = std::min(flow.minuteFirstNs[s], timestampNs);
    flow.minuteLastNs[s] = std::max(flow.minuteLastNs[s], timestampNs);
    flow.minuteCounters[s].add(wireLength);
    flow.pending[index(side)].add(wireLength);
    flow.dirty = true;
    ++flow.framesSeen;

    LinkCache& cache = flow.link[index(side)];
    const net::MacAddress destination = packet.hasEthernet ? packet.linkDestination : net::MacAddress{};
    const net::IpAddress outerSource = packet.ipLayerCount ? packet.ipLayers[0].src : net::IpAddress{};
    if (!cache.valid || cache.ethernet != packet.hasEthernet || cache.hasSource != packet.hasLinkSource
        || cache.source != packet.linkSource || cache.destination != destination || cache.sourceIp != outerSource) {
        if (cache.valid)
            flushLink(cache);
        cache = LinkCache{};
        cache.valid = true;
        cache.ethernet = packet.hasEthernet;
        cache.hasSource = packet.hasLinkSource;
        cache.source = packet.linkSource;
        cache.destination = destination;
        cache.sourceIp = outerSource;
    }
    if (cache.counters.packets == 0)
        cache.firstNs = cache.lastNs = timestampNs;
    cache.counters.add(wireLength);
    cache.firstNs = std::min(cache.firstNs, timestampNs);
    cache.lastNs = std::max(cache.lastNs, timestampNs);
    if (packet.ipLayerCount) {
        cache.minTtl = std::min(cache.minTtl, packet.ipLayers[0].ttl);
        cache.maxTtl = std::max(cache.maxTtl, packet.ipLayers[0].ttl);
    }
    flow.sidesSent |= static_cast<std::uint8_t>(1u << s);
    FlowSample sample;
    sample.frames = flow.framesSeen;
    sample.fromInitiator = (side == Side::Lo) == flow.initiatorIsLo;
    sample.bothSidesSent = flow.sidesSent == 3;
    sample.decodeIdentity = flow.framesSeen <= kIdentityFullFrames || flow.framesSeen % kIdentitySampling == 0
                            || timestampNs - flow.lastIdentityNs >= kIdentityQuietNs;
    if (sample.decodeIdentity)
        flow.lastIdentityNs = timestampNs;
    return sample;
}

void TrafficAnalyzer::handleArp(const decode::DecodedPacket& packet, std::int64_t timestampNs)
{
    const auto& arp = packet.arp;
    if (!arp.senderIp.isValid() || arp.senderIp.isUnspecified() || arp.senderMac.isZero() || arp.senderMac.isMulticast())
        return;
    addBinding(arp.senderMac, arp.senderIp, true, 1, timestampNs, timestampNs, 255, 0);
}

void TrafficAnalyzer::countOuterIpLayers(const decode::DecodedPacket& packet, std::int64_t timestampNs,
                                         std::uint32_t wireLength)
{
    Counters one;
    one.add(wireLength);
    for (std::size_t i = 0; i + 1 < packet.ipLayerCount; ++i) {
        addEndpoint(NodeKey::fromIp(packet.ipLayers[i].src), true, one, timestampNs, timestampNs);
        addEndpoint(NodeKey::fromIp(packet.ipLayers[i].dst), false, one, timestampNs, timestampNs);
    }
}

void TrafficAnalyzer::flushMinute(const FlowKey& key, FlowState& flow)
{
    const Counters& loSent = flow.minuteCounters[index(Side::Lo)];
    const Counters& hiSent = flow.minuteCounters[index(Side::Hi)];
    if (loSent.packets == 0 && hiSent.packets == 0)
        return;
    const bool isIp = key.kind == FlowKey::Kind::Ip;
    const NodeKey lo = isIp ? NodeKey::fromIp(key.ipLo) : NodeKey::fromMac(key.macLo);
    const NodeKey hi = isIp ? NodeKey::fromIp(key.ipHi) : NodeKey::fromMac(key.macHi);
    if (isIp) {
        // MAC endpoints are counted from the link caches; IP endpoints from the flow itself.
        const std::size_t loIndex = index(Side::Lo), hiIndex = index(Side::Hi);
        if (loSent.packets) {
            addEndpoint(lo, true, loSent, flow.minuteFirstNs[loIndex], flow.minuteLastNs[loIndex]);
            addEndpoint(hi, false, loSent, flow.minuteFirstNs[loIndex], flow.minuteLastNs[loIndex]);
        }
        if (hiSent.packets) {
            addEndpoint(hi, true, hiSent, flow.minuteFirstNs[hiIndex], flow.minuteLastNs[hiIndex]);
            addEndpoint(lo, false, hiSent, flow.minuteFirstNs[hiIndex], flow.minuteLastNs[hiIndex]);
        }
    }
    Counters total;
    total.packets = loSent.packets + hiSent.packets;
    total.bytes = loSent.bytes + hiSent.bytes;
    addSeries({SeriesRecord::Kind::Host, flow.minute, lo, {}, {}}, loSent, hiSent);
    if (hi != lo)
        addSeries({SeriesRecord::Kind::Host, flow.minute, hi, {}, {}}, hiSent, loSent);
    addSeries({SeriesRecord::Kind::Pair, flow.minute, lo, hi, {}}, total, {});
    addSeries({SeriesRecord::Kind::Protocol, flow.minute, {}, {}, flow.label}, total, {});
    flow.minuteCounters[0] = {};
    flow.minuteCounters[1] = {};
}

void TrafficAnalyzer::flushLink(LinkCache& cache)
{
    if (cache.counters.packets == 0)
        return;
    if (cache.ethernet) {
        addEndpoint(NodeKey::fromMac(cache.source), true, cache.counters, cache.firstNs, cache.lastNs);
        addEndpoint(NodeKey::fromMac(cache.destination), false, cache.counters, cache.firstNs, cache.lastNs);
    }
    if (cache.hasSource && cache.sourceIp.isValid() && !cache.source.isMulticast() && !cache.source.isZero())
        addBinding(cache.source, cache.sourceIp, false, cache.counters.packets, cache.firstNs, cache.lastNs,
                   cache.minTtl, cache.maxTtl);
    cache.counters = {};
    cache.minTtl = 255;
    cache.maxTtl = 0;
}

void TrafficAnalyzer::addEndpoint(const NodeKey& node, bool transmit, const Counters& counters, std::int64_t first,
                                  std::int64_t last)
{
    EndpointState& state = m_endpoints[node];
    Counters& target = transmit ? state.tx : state.rx;
    if (transmit) {
        const bool firstSend = state.tx.packets == 0;
        state.txFirstNs = firstSend ? first : std::min(state.txFirstNs, first);
        state.txLastNs = firstSend ? last : std::max(state.txLastNs, last);
    }
    target.packets += counters.packets;
    target.bytes += counters.bytes;
    state.touch(first, last);
}

void TrafficAnalyzer::addBinding(const net::MacAddress& mac, const net::IpAddress& ip, bool fromArp,
                                 std::uint64_t packets, std::int64_t first, std::int64_t last, std::uint8_t minTtl,
                                 std::uint8_t maxTtl)
{
    auto [it, inserted] = m_bindings.try_emplace(BindingKey{mac, ip, fromArp});
    BindingState& state = it->second;
    if (inserted) {
        state.firstNs = first;
        state.lastNs = last;
    }
    state.packets += packets;
    state.firstNs = std::min(state.firstNs, first);
    state.lastNs = std::max(state.lastNs, last);
    state.minTtl = std::min(state.minTtl, minTtl);
    state.maxTtl = std::max(state.maxTtl, maxTtl);
}

void TrafficAnalyzer::addSeries(const SeriesKey& key, const Counters& tx, const Counters& rx)
{
    SeriesState& state = m_series[key];
    state.tx.packets += tx.packets;
    state.tx.bytes += tx.bytes;
    state.rx.packets += rx.packets;
    state.rx.bytes += rx.bytes;
}

void TrafficAnalyzer::appendConversation(const FlowKey& key, FlowState& flow, std::vector<ConversationRecord>& out)
{
    flushMinute(key, flow);
    flushLink(flow.link[0]);
    flushLink(flow.link[1]);
    ConversationRecord record;
    record.isLink = key.kind == FlowKey::Kind::Link;
    record.ipProtocol = key.ipProtocol;
    record.hasPorts = key.hasPorts;
    record.etherType = key.etherType;
    record.lo = record.isLink ? key.macLo.toString() : key.ipLo.toString();
    record.hi = record.isLink ? key.macHi.toString() : key.ipHi.toString();
    record.loPort = key.portLo;
    record.hiPort = key.portHi;
    record.initiatorIsLo = flow.initiatorIsLo;
    record.protocol = std::string(flow.label);
    record.packetsLoToHi = flow.pending[0].packets;
    record.bytesLoToHi = flow.pending[0].bytes;
    record.packetsHiToLo = flow.pending[1].packets;
    record.bytesHiToLo = flow.pending[1].bytes;
    record.firstNs = flow.firstNs;
    record.lastNs = flow.lastNs;
    out.push_back(std::move(record));
    flow.pending[0] = {};
    flow.pending[1] = {};
    flow.dirty = false;
}

void TrafficAnalyzer::evictLeastRecent()
{
    // A quarter at a time keeps the O(n) selection rare: amortised O(1) per new flow.
    const std::size_t quota = std::max<std::size_t>(m_flows.size() / 4, 1);
    std::vector<std::int64_t> lastSeen;
    lastSeen.reserve(m_flows.size());
    for (const auto& entry : m_flows.entries())
        lastSeen.push_back(entry.value.lastNs);
    std::nth_element(lastSeen.begin(), lastSeen.begin() + static_cast<std::ptrdiff_t>(quota - 1), lastSeen.end());
    const std::int64_t threshold = lastSeen[quota - 1];
    std::size_t evicted = 0;
    m_flows.eraseIf([&](auto& entry) {
        if (evicted >= quota || entry.value.lastNs > threshold)
            return false;
        if (entry.value.dirty)
            appendConversation(entry.key, entry.value, m_closedConversations);
        ++evicted;
        return true;
    });
    m_flowsEvicted += evicted;
}

AnalysisDelta TrafficAnalyzer::takeDelta()
{
    AnalysisDelta delta;
    delta.conversations = std::move(m_closedConversations);
    m_closedConversations.clear();
    delta.flowsEvicted = m_flowsEvicted;
    m_flowsEvicted = 0;
    for (auto& entry : m_flows.entries()) {
        const FlowKey& key = entry.key;
        FlowState& flow = entry.value;
        if (!flow.dirty)
            continue;
        appendConversation(key, flow, delta.conversations);
    }
    // Everything of an idle flow is in the delta now; dropping it keeps memory flat on long captures.
    // Written so that no subtraction can overflow: a hostile timestamp may be any 64-bit value
    // (m_latestNs never drops below 0, so the bound below cannot).
    const std::int64_t idleBefore = m_latestNs - kIdleEvictionNs;
    m_flows.eraseIf([idleBefore](const auto& entry) { return entry.value.lastNs < idleBefore; });

    delta.endpoints.reserve(m_endpoints.size());
    for (const auto& [node, state] : m_endpoints) {
        EndpointRecord record;
        record.isMac = node.type == NodeKey::Type::Mac;
        record.address = node.toString();
        record.txPackets = state.tx.packets;
        record.txBytes = state.tx.bytes;
        record.rxPackets = state.rx.packets;
        record.rxBytes = state.rx.bytes;
        record.firstNs = state.firstNs;
        record.lastNs = state.lastNs;
        record.txFirstNs = state.txFirstNs;
        record.txLastNs = state.txLastNs;
        delta.endpoints.push_back(std::move(record));
    }
    m_endpoints.clear();

    delta.bindings.reserve(m_bindings.size());
    for (const auto& [key, state] : m_bindings) {
        BindingRecord record;
        record.mac = key.mac.toString();
        record.ip = key.ip.toString();
        record.source = key.fromArp ? "arp" : "ip";
        record.packets = state.packets;
        record.firstNs = state.firstNs;
        record.lastNs = state.lastNs;
        record.minTtl = state.minTtl;
        record.maxTtl = state.maxTtl;
        delta.bindings.push_back(std::move(record));
    }
    m_bindings.clear();

    delta.series.reserve(m_series.size());
    for (const auto& [key, state] : m_series) {
        SeriesRecord record;
        record.kind = key.kind;
        record.minute = key.minute;
        switch (key.kind) {
        case SeriesRecord::Kind::Host: record.key = key.a.toString(); break;
        case SeriesRecord::Kind::Pair: record.key = key.a.toString() + ' ' + key.b.toString(); break;
        case SeriesRecord::Kind::Protocol: record.key = std::string(key.label); break;
        }
        record.txPackets = state.tx.packets;
        record.txBytes = state.tx.bytes;
        record.rxPackets = state.rx.packets;
        record.rxBytes = state.rx.bytes;
        delta.series.push_back(std::move(record));
    }
    m_series.clear();
    // In primary-key order the survey's B-trees are filled by appends instead of random inserts.
    std::sort(delta.series.begin(), delta.series.end(), [](const SeriesRecord& a, const SeriesRecord& b) {
        return std::tie(a.kind, a.minute, a.key) < std::tie(b.kind, b.minute, b.key);
    });
    std::sort(delta.conversations.begin(), delta.conversations.end(),
              [](const ConversationRecord& a, const ConversationRecord& b) {
                  return std::tie(a.isLink, a.ipProtocol, a.hasPorts, a.etherType, a.lo, a.loPort, a.hi, a.hiPort)
                         < std::tie(b.isLink, b.ipProtocol, b.hasPorts, b.etherType, b.lo, b.loPort, b.hi, b.hiPort);
              });
    return delta;
}

} // namespace mieruka::analysis
