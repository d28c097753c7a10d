// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::analysis {

/// Plain rows that leave the analysis layer: what one import chunk adds to a survey.
/// Counters are deltas (added on merge); times merge by min/max. Addresses are canonical
/// lower-case text (IPv6 per RFC 5952, MAC "aa:bb:..").

struct ConversationRecord {
    bool isLink = false;           ///< non-IP frames keyed by MAC pair + ethertype
    int ipProtocol = 0;
    bool hasPorts = false;
    int etherType = 0;
    std::string lo, hi;            ///< canonical order: lo < hi
    int loPort = 0, hiPort = 0;
    bool initiatorIsLo = true;     ///< lo sent the first frame (or the TCP SYN)
    std::string protocol;          ///< label such as "modbus", "tcp", "lldp"
    std::uint64_t packetsLoToHi = 0, bytesLoToHi = 0;
    std::uint64_t packetsHiToLo = 0, bytesHiToLo = 0;
    std::int64_t firstNs = 0, lastNs = 0;
};

struct EndpointRecord {
    bool isMac = false;
    std::string address;
    std::uint64_t txPackets = 0, txBytes = 0, rxPackets = 0, rxBytes = 0;
    std::int64_t firstNs = 0, lastNs = 0;     ///< sent or received
    std::int64_t txFirstNs = 0, txLastNs = 0; ///< sent; 0 when it never sent
};

/// A MAC address seen carrying an IP address as its source ("ip") or claiming it in ARP ("arp").
struct BindingRecord {
    std::string mac, ip, source;
    std::uint64_t packets = 0;
    std::int64_t firstNs = 0, lastNs = 0;
    int minTtl = 255, maxTtl = 0;  ///< for "ip" bindings
};

struct SeriesRecord {
    enum class Kind { Host, Pair, Protocol };
    Kind kind = Kind::Host;
    std::int64_t minute = 0;       ///< Unix time / 60
    std::string key;               ///< host address, "a b" pair (canonical), or protocol label
    std::uint64_t txPackets = 0, txBytes = 0; ///< Pair/Protocol: all traffic is counted as tx
    std::uint64_t rxPackets = 0, rxBytes = 0;
};

/// An identity fact about a host, with where it was first seen. Keyed by (mac, ip, attribute,
/// value, protocol); mac or ip may be empty when the frame did not carry it.
struct EvidenceRecord {
    std::string mac, ip;
    std::string attribute;         ///< protocols::attributeName()
    std::string value;             ///< sanitised text
    std::string protocol;
    double confidence = 0;
    std::uint64_t count = 0;
    std::int64_t firstNs = 0, lastNs = 0;
    std::uint32_t fileIndex = 0;   ///< of the first occurrence, in the import's file list
    std::uint64_t packetNumber = 0; ///< 1-based frame number in that file
    std::int64_t captureId = 0;    ///< the survey's id of that file (set by the importer; 0 unknown)
};

/// Requests of one operation from one host to another (e.g. 12 × "PLC Stop" 10.0.0.5 → 10.0.0.9).
struct OperationRecord {
    std::string srcMac, srcIp;     ///< the requester (either may be empty)
    std::string dstMac, dstIp;     ///< the target
    std::string protocol;
    std::string operationClass;    ///< protocols::operationClassName()
    std::string name;              ///< the protocol's own function name
    std::uint32_t code = 0;
    std::uint64_t count = 0;
    std::int64_t firstNs = 0, lastNs = 0;
    std::uint32_t fileIndex = 0;   ///< first occurrence: import file index…
    std::uint64_t packetNumber = 0; ///< …and 1-based frame number
    std::int64_t captureId = 0;    ///< set by the importer
};

/// A detection: one incident (same type, hosts and rule) with its first/last time, how often it
/// fired and the first frame that showed it. Words are made in app/; this is the structured fact.
struct AlertRecord {
    std::int64_t id = 0;           ///< survey row id (0 until stored)
    std::string type;              ///< stable id: "ot_command", "new_device", … (detect::alertTypeName)
    std::string severity;          ///< "info", "low", "medium", "high", "critical"
    std::string rule;              ///< what fired (operation, sid, port, …): part of the incident key
    std::string src, dst;          ///< host addresses (IP, or MAC for hosts without one); may be empty
    std::string srcMac, dstMac;    ///< link addresses when known
    std::string protocol;
    std::vector<std::pair<std::string, std::string>> fields; ///< type-specific facts, values as text
    std::uint64_t count = 1;
    std::int64_t firstNs = 0, lastNs = 0;
    std::uint32_t fileIndex = 0;   ///< first evidence frame: import file index…
    std::uint64_t packetNumber = 0; ///< …and 1-based frame number (0: no single frame)
    std::int64_t captureId = 0;    ///< the survey's id of that file (set by the importer; 0 unknown)
};

struct AnalysisDelta {
    std::vector<ConversationRecord> conversations;
    std::vector<EndpointRecord> endpoints;
    std::vector<BindingRecord> bindings;
    std::vector<SeriesRecord> series;
    std::vector<EvidenceRecord> evidence;
    std::vector<OperationRecord> operations;
    std::vector<AlertRecord> alerts; ///< alerts raised while streaming (signatures, storms)
    std::vector<std::pair<std::string, std::uint64_t>> anomalies;
    std::uint64_t flowsEvicted = 0; ///< flows closed early because the flow table was full
    bool empty() const
    {
        return flowsEvicted == 0 && conversations.empty() && endpoints.empty() && bindings.empty() && series.empty() && evidence.empty()
               && operations.empty() && alerts.empty() && anomalies.empty();
    }
};

} // namespace mieruka::analysis
