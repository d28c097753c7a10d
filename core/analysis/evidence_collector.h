// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_records.h"

#include "core/decode/decoded_packet.h"
#include "core/protocols/identity_fact.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace mieruka::analysis {

/// Where a frame came from, for evidence that must point back at a packet.
struct FrameRef {
    std::uint32_t fileIndex = 0;
    std::uint64_t packetNumber = 0;
};

/// Turns the protocol decoders' facts into evidence rows about hosts (by MAC and/or IP),
/// de-duplicated: a PLC that states its firmware in every poll response yields one row with a
/// count. Memory grows with distinct facts, not frames.
class EvidenceCollector {
public:
    /// Runs the registered protocol decoders on `packet` and records their facts.
    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const FrameRef& frame);

    /// The evidence gathered since the last call.
    std::vector<EvidenceRecord> take();

private:
    /// The passive TCP signature of a SYN / SYN+ACK and the OS it points to, about the sender.
    void addTcpSignature(const decode::DecodedPacket& packet);
    void record(const decode::DecodedPacket& packet, const protocols::IdentityFact& fact, std::int64_t timestampNs,
                const FrameRef& frame);

    protocols::FactList m_facts; ///< reused per frame: allocation only when a decoder found something
    std::unordered_map<std::string, EvidenceRecord> m_evidence; ///< key: mac|ip|attribute|value|protocol
};

} // namespace mieruka::analysis
