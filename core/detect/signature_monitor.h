// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signature/signature_engine.h"

#include "core/analysis/analysis_records.h"
#include "core/analysis/evidence_collector.h"
#include "core/analysis/traffic_analyzer.h"
#include "core/decode/decoded_packet.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace mieruka::detect {

/// Runs the signature rules (the bundled OT set plus the user's files) on every frame and
/// turns hits into incidents: one per rule and host pair per import chunk, counted, with its
/// first frame. Memory grows with distinct (rule, source, destination), not with hits.
class SignatureMonitor {
public:
    struct RuleFile {
        std::string name; ///< shown in reports (the path)
        std::string text;
    };

    explicit SignatureMonitor(const std::vector<RuleFile>& extraRules);

    /// One line per rule that could not be used, naming its file and line, plus a summary per file.
    const std::vector<std::string>& loadReport() const { return m_loadReport; }
    std::size_t ruleCount() const { return m_engine.ruleCount(); }
    bool matchesEmptyPayloads() const { return m_matchesEmptyPayloads; }

    void addPacket(const decode::DecodedPacket& packet, std::int64_t timestampNs, const analysis::FrameRef& frame,
                   const analysis::FlowSample& flow);
    std::vector<analysis::AlertRecord> take();

private:
    struct Key {
        const SignatureRule* rule = nullptr;
        net::IpAddress src, dst;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept;
    };
    struct Incident {
        std::uint64_t count = 0;
        std::int64_t firstNs = 0, lastNs = 0;
        analysis::FrameRef frame;
        std::uint8_t ipProtocol = 0;
    };

    SignatureEngine m_engine;
    std::vector<SignatureHit> m_hits; ///< reused per frame
    std::unordered_map<Key, Incident, KeyHash> m_incidents;
    std::vector<std::string> m_loadReport;
    bool m_matchesEmptyPayloads = false;
};

} // namespace mieruka::detect
