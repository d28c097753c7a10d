// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"
#include "core/analysis/host_inventory.h"
#include "core/store/survey_store.h"
#include "os_inference.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::survey {

/// Why the ledger says what it says about a host: one fact with its origin.
struct Evidence {
    std::string attribute;   ///< "vendor", "ip", "hostname", "firmware_version", …
    std::string value;
    std::string source;      ///< "oui", "arp", "ip", or the protocol ("dhcp", "lldp", "s7comm", …)
    double confidence = 1.0;
    std::int64_t timeNs = 0; ///< first time the fact was seen (0 when not tied to a frame)
    std::string capture;     ///< capture file of the first frame that showed it (empty if none)
    std::uint64_t packetNumber = 0; ///< its 1-based frame number there
    std::uint64_t count = 0; ///< frames that showed it
};

/// A row of the asset ledger.
struct LedgerHost {
    analysis::HostRecord host;
    std::string vendor;                   ///< IEEE registry organisation name; empty when unknown/random MAC
    std::string hostname;                 ///< filled by the identification layer
    OsVerdict os;                         ///< fused from the OS evidence, with its end-of-life state
    std::string model;                    ///< model / order number / product name the device states
    std::string firmware;
    std::string serial;
    std::string role = "unknown";
    std::vector<std::string> roleReasons; ///< stable ids such as "ot_server:s7comm", "router_mac"
    std::vector<std::string> protocols;   ///< protocol labels of its conversations
    std::vector<int> serverPorts;         ///< TCP/UDP ports it answered on (as the non-initiating side)
    std::vector<int> clientPorts;         ///< well-known TCP/UDP ports it connected to (service ports only)
    std::vector<std::string> otServer;    ///< industrial protocols it serves ("s7comm", "modbus", …)
    std::vector<std::string> otClient;    ///< industrial protocols it uses as a client / master
    std::vector<Evidence> evidence;
};

struct Totals {
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
    std::int64_t startNs = 0, endNs = 0;
};

/// Everything a view or an export needs, read from a survey in one go. Plain values, no Qt.
struct SurveySnapshot {
    std::vector<store::CaptureRecord> captures;
    std::vector<analysis::ConversationRecord> conversations;
    std::vector<analysis::EndpointRecord> endpoints;
    std::vector<LedgerHost> hosts;
    std::vector<std::pair<std::string, std::uint64_t>> anomalies;
    std::vector<analysis::OperationRecord> operations; ///< industrial requests per host pair
    std::vector<analysis::AlertRecord> alerts;         ///< detections (incidents), oldest first
    struct Detection {
        bool ran = false;
        std::string baselineSurvey;      ///< empty: the learning period is the survey's own start
        std::int64_t learningUntilNs = 0;
        bool learningTooShort = false;   ///< comparing detectors skipped (docs/detections.md)
    } detection;
    Totals totals;
    store::TruncationInfo truncation; ///< rows the survey's limits refused (a scan, a flood)

    static SurveySnapshot load(store::SurveyStore& store);
};

} // namespace mieruka::survey
