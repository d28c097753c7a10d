// SPDX-License-Identifier: GPL-3.0-or-later
#include "operation_counter.h"

#include <algorithm>
#include <tuple>

namespace mieruka::analysis {

std::size_t OperationCounter::KeyHash::operator()(const Key& key) const noexcept
{
    // The name follows from protocol + code almost always; its length is enough to spread.
    std::uint64_t h = key.srcMac.toU64() * 0x9e3779b97f4a7c15ULL;
    h ^= key.dstMac.toU64() + (h << 6) + (h >> 2);
    h ^= key.srcIp.hash() + (h << 6) + (h >> 2);
    h ^= key.dstIp.hash() + (h << 6) + (h >> 2);
    h ^= reinterpret_cast<std::uintptr_t>(key.protocol.data()) + (h << 6) + (h >> 2);
    h ^= (static_cast<std::uint64_t>(key.code) << 8 | static_cast<std::uint64_t>(key.operationClass)) + (h << 6) + (h >> 2);
    h ^= key.name.size() + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h);
}

void OperationCounter::addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame)
{
    m_operations.clear();
    m_registry.dispatchOperations(packet, timestampNs, m_operations);
    if (m_operations.empty())
        return;
    const decode::IpLayer* layer = packet.innerIp();
    Key key;
    if (packet.hasLinkSource && !packet.linkSource.isMulticast())
        key.srcMac = packet.linkSource;
    if (packet.hasEthernet && !packet.linkDestination.isMulticast())
        key.dstMac = packet.linkDestination;
    if (layer) {
        key.srcIp = layer->src;
        key.dstIp = layer->dst;
    }
    for (auto& operation : m_operations) {
        key.protocol = operation.protocol;
        key.operationClass = operation.operationClass;
        key.code = operation.code;
        key.name = operation.name;
        const std::size_t hash = KeyHash{}(key);
        Recent& recent = m_recent[hash % kRecentSlots];
        Entry* entry = nullptr;
        if (recent.entry && recent.hash == hash && *recent.key == key) {
            entry = recent.entry;
        } else {
            auto [it, inserted] = m_counts.try_emplace(key);
            entry = &it->second;
            if (inserted) {
                entry->firstNs = entry->lastNs = timestampNs;
                entry->frame = frame;
            }
            recent = {hash, &it->first, entry};
        }
        ++entry->count;
        if (timestampNs < entry->firstNs) {
            entry->firstNs = timestampNs;
            entry->frame = frame;
        }
        entry->lastNs = std::max(entry->lastNs, timestampNs);
    }
}

std::vector<OperationRecord> OperationCounter::take()
{
    std::vector<OperationRecord> rows;
    rows.reserve(m_counts.size());
    for (const auto& [key, entry] : m_counts) {
        OperationRecord row;
        row.srcMac = key.srcMac.isZero() ? std::string() : key.srcMac.toString();
        row.dstMac = key.dstMac.isZero() ? std::string() : key.dstMac.toString();
        row.srcIp = key.srcIp.isValid() ? key.srcIp.toString() : std::string();
        row.dstIp = key.dstIp.isValid() ? key.dstIp.toString() : std::string();
        row.protocol = std::string(key.protocol);
        row.operationClass = std::string(protocols::operationClassName(key.operationClass));
        row.name = key.name.str();
        row.code = key.code;
        row.count = entry.count;
        row.firstNs = entry.firstNs;
        row.lastNs = entry.lastNs;
        row.fileIndex = entry.frame.fileIndex;
        row.packetNumber = entry.frame.packetNumber;
        rows.push_back(std::move(row));
    }
    m_counts.clear();
    m_recent.fill({});
    std::sort(rows.begin(), rows.end(), [](const OperationRecord& a, const OperationRecord& b) {
        return std::tie(a.srcMac, a.srcIp, a.dstMac, a.dstIp, a.protocol, a.name, a.code)
               < std::tie(b.srcMac, b.srcIp, b.dstMac, b.dstIp, b.protocol, b.name, b.code);
    });
    return rows;
}

} // namespace mieruka::analysis
