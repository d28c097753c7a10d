// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_records.h"
#include "flow_key.h"
#include "flow_map.h"
#include "node_key.h"

#include "core/decode/decoded_packet.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace mieruka::analysis {

/// Where a frame stands in its flow, and whether identity decoders should look at it.
struct FlowSample {
    std::uint64_t frames = 0;     ///< frames of the flow so far, this one included (0: no flow)
    bool decodeIdentity = true;
    bool fromInitiator = true;    ///< sent by the side that opened the flow (the client)
    bool bothSidesSent = false;   ///< both sides have sent in this flow ("established" for rules)
};

/// Streams decoded frames into a bidirectional flow table and derives, per minute, the
/// endpoint, MAC↔IP binding and traffic-series deltas. Cost per frame is one flow lookup
/// plus O(1) work; everything else happens when a flow's minute changes or at takeDelta().
/// Memory grows with active flows, not with frames. Not thread-safe.
class TrafficAnalyzer {
public:
    /// Flows idle longer than this (capture time) are dropped after their delta was taken;
    /// a later frame simply starts the same conversation again and the survey merges it.
    static constexpr std::int64_t kIdleEvictionNs = 600LL * 1'000'000'000;

    /// Identity is exchanged when sessions open and by low-rate announcements; a fast cyclic poll
    /// restates the same values thousands of times. So identity decoders see every frame of a
    /// flow's first kIdentityFullFrames, every frame that comes after a quiet half minute, and one in
    /// kIdentitySampling of the rest — which keeps them off the import's critical path.
    static constexpr std::uint64_t kIdentityFullFrames = 64;
    static constexpr std::uint64_t kIdentitySampling = 16;
    static constexpr std::int64_t kIdentityQuietNs = 30'000'000'000; ///< LLDP and SSDP announce about this often

    /// At most this many flows are held (about 200 MB); a scan or forged-address flood beyond it
    /// closes the least recently active quarter early. Nothing is lost from the counters: a
    /// closed flow's frames are in the delta, and a later frame starts the conversation again.
    static constexpr std::size_t kDefaultMaxFlows = std::size_t{1} << 19;

    explicit TrafficAnalyzer(std::size_t maxFlows = kDefaultMaxFlows);

    FlowSample addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, std::uint32_t wireLength);

    /// Everything accumulated since the last call, as survey rows; resets the deltas.
    AnalysisDelta takeDelta();

    std::size_t flowCount() const { return m_flows.size(); }

private:
    struct Counters {
        std::uint64_t packets = 0;
        std::uint64_t bytes = 0;
        void add(std::uint64_t length) { ++packets; bytes += length; }
    };

    /// The link-layer addresses a side last used, counted until they change.
    struct LinkCache {
        bool valid = false;
        bool ethernet = false;
        bool hasSource = false;
        net::MacAddress source;
        net::MacAddress destination;
        net::IpAddress sourceIp; ///< outermost IP source, for the MAC↔IP binding
        std::uint8_t minTtl = 255, maxTtl = 0;
        Counters counters;
        std::int64_t firstNs = 0, lastNs = 0;
    };

    struct FlowState {
        bool initiatorIsLo = true;
        bool dirty = false;
        std::uint8_t sidesSent = 0; ///< bit per Side that has sent a frame
        std::uint64_t framesSeen = 0; ///< over the flow's life in this import, never reset
        std::int64_t lastIdentityNs = 0; ///< when identity decoders last saw one of its frames
        std::string_view label;
        std::int64_t firstNs = 0, lastNs = 0;
        Counters pending[2];
        std::int64_t minute = -1;
        Counters minuteCounters[2];
        std::int64_t minuteFirstNs[2] = {0, 0}, minuteLastNs[2] = {0, 0}; ///< per sending side
        LinkCache link[2];
    };

    struct EndpointState {
        Counters tx, rx;
        std::int64_t firstNs = 0, lastNs = 0;
        std::int64_t txFirstNs = 0, txLastNs = 0;
        void touch(std::int64_t first, std::int64_t last);
    };

    struct BindingKey {
        net::MacAddress mac;
        net::IpAddress ip;
        bool fromArp = false;
        friend bool operator==(const BindingKey&, const BindingKey&) = default;
    };
    struct BindingKeyHash {
        std::size_t operator()(const BindingKey& key) const noexcept;
    };
    struct BindingState {
        std::uint64_t packets = 0;
        std::int64_t firstNs = 0, lastNs = 0;
        std::uint8_t minTtl = 255, maxTtl = 0;
    };

    struct SeriesKey {
        SeriesRecord::Kind kind = SeriesRecord::Kind::Host;
        std::int64_t minute = 0;
        NodeKey a, b;
        std::string_view label;
        friend bool operator==(const SeriesKey&, const SeriesKey&) = default;
    };
    struct SeriesKeyHash {
        std::size_t operator()(const SeriesKey& key) const noexcept;
    };
    struct SeriesState {
        Counters tx, rx;
    };

    static FlowKey makeKey(const decode::DecodedPacket& packet, Side& side);
    static std::string_view labelFor(const FlowKey& key);
    void flushMinute(const FlowKey& key, FlowState& flow);
    void appendConversation(const FlowKey& key, FlowState& flow, std::vector<ConversationRecord>& out);
    void evictLeastRecent();
    void flushLink(LinkCache& cache);
    void addEndpoint(const NodeKey& node, bool transmit, const Counters& counters, std::int64_t first, std::int64_t last);
    void addBinding(const net::MacAddress& mac, const net::IpAddress& ip, bool fromArp, std::uint64_t packets,
                    std::int64_t first, std::int64_t last, std::uint8_t minTtl, std::uint8_t maxTtl);
    void addSeries(const SeriesKey& key, const Counters& tx, const Counters& rx);
    void handleArp(const decode::DecodedPacket& packet, std::int64_t timestampNs);
    void countOuterIpLayers(const decode::DecodedPacket& packet, std::int64_t timestampNs, std::uint32_t wireLength);

    std::size_t m_maxFlows;
    FlowMap<FlowState> m_flows;
    std::vector<ConversationRecord> m_closedConversations; ///< of flows evicted since the last delta
    std::uint64_t m_flowsEvicted = 0;
    std::unordered_map<NodeKey, EndpointState> m_endpoints;
    std::unordered_map<BindingKey, BindingState, BindingKeyHash> m_bindings;
    std::unordered_map<SeriesKey, SeriesState, SeriesKeyHash> m_series;
    std::int64_t m_latestNs = 0;
};

} // namespace mieruka::analysis
