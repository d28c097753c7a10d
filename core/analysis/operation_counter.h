// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_records.h"
#include "evidence_collector.h"

#include "core/decode/decoded_packet.h"
#include "core/protocols/operation.h"
#include "core/protocols/protocol_registry.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mieruka::analysis {

/// Counts the industrial requests each host sends to each other host, per operation (read,
/// write, PLC stop, download…), with the first frame that carried it. Every frame is decoded:
/// operations are counted, never sampled. A repeated operation costs one hash lookup and no
/// allocation; memory grows with distinct (requester, target, operation), not with frames.
class OperationCounter {
public:
    explicit OperationCounter(const protocols::ProtocolRegistry& registry = protocols::ProtocolRegistry::standard())
        : m_registry(registry)
    {
    }

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame);
    /// The counts gathered since the last call.
    std::vector<OperationRecord> take();

private:
    struct Key {
        net::MacAddress srcMac, dstMac;
        net::IpAddress srcIp, dstIp;
        std::string_view protocol;
        protocols::OperationClass operationClass = protocols::OperationClass::Other;
        std::uint32_t code = 0;
        protocols::OperationName name;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept;
    };
    struct Entry {
        std::uint64_t count = 0;
        std::int64_t firstNs = 0, lastNs = 0;
        FrameRef frame;
    };

    /// A direct-mapped cache in front of the map: a poll repeats the same few requests, and a
    /// hit costs one hash and a field compare instead of building a key and walking a bucket.
    struct Recent {
        std::size_t hash = 0;
        const Key* key = nullptr;
        Entry* entry = nullptr;
    };
    static constexpr std::size_t kRecentSlots = 256;

    const protocols::ProtocolRegistry& m_registry;
    protocols::OperationList m_operations; ///< reused per frame
    std::unordered_map<Key, Entry, KeyHash> m_counts; ///< node-based: Key/Entry addresses stay valid
    std::array<Recent, kRecentSlots> m_recent{};
};

} // namespace mieruka::analysis
