// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_records.h"
#include "traffic_analyzer.h"

#include "core/decode/decoded_packet.h"
#include "core/protocols/identity_fact.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mieruka::analysis {

/// Where a frame came from, for evidence that must point back at a packet.
struct FrameRef {
    std::uint32_t fileIndex = 0;
    std::uint64_t packetNumber = 0;
};

/// Turns the protocol decoders' facts into evidence rows about hosts (by MAC and/or IP),
/// de-duplicated: a PLC that states its role in every poll response yields one row with a
/// count. A repeated fact costs one hash lookup and no allocation (values are short strings).
/// Memory grows with distinct facts, not frames.
class EvidenceCollector {
public:
    /// Roles and station addresses are restated in every poll; after this many frames of a flow
    /// they add nothing but cost, so only identity facts are kept from then on.
    static constexpr std::uint64_t kRoleFactFrames = 64;

    /// Runs the registered protocol decoders on `packet` and records their facts. `flow` is what
    /// TrafficAnalyzer::addPacket said about the frame (it decides which frames are sampled).
    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame,
                   const FlowSample& flow = {});

    /// The evidence gathered since the last call.
    std::vector<EvidenceRecord> take();

private:
    struct Key {
        net::MacAddress mac;
        net::IpAddress ip;
        protocols::Attribute attribute = protocols::Attribute::Hostname;
        std::string_view protocol; ///< decoders' static labels
        std::string value;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept;
    };
    struct Entry {
        double confidence = 0;
        std::uint64_t count = 0;
        std::int64_t firstNs = 0, lastNs = 0;
        FrameRef frame;
    };

    /// The passive TCP signature of a SYN / SYN+ACK and the OS it points to, about the sender.
    void addTcpSignature(const decode::DecodedPacket& packet);
    void record(const decode::DecodedPacket& packet, protocols::IdentityFact& fact, std::int64_t timestampNs,
                const FrameRef& frame);

    protocols::FactList m_facts; ///< reused per frame: allocation only when a decoder found something
    std::unordered_map<Key, Entry, KeyHash> m_evidence;
};

} // namespace mieruka::analysis
