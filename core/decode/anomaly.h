// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace mieruka::decode {

/// Named problems found while decoding a frame (Zeek calls them "weirds"). Counted, never fatal.
/// Names are stable ids used in JSON (`anomalies`) and in the survey file: append only.
enum class Anomaly : std::uint8_t {
    UnsupportedLinkType,
    TruncatedLinkHeader,       ///< Ethernet/SLL/SLL2/loopback/PPP header cut short
    TruncatedVlan,
    TooManyVlanTags,           ///< more than 2 stacked tags (the rest are skipped)
    TruncatedArp,
    MalformedArp,              ///< hardware/protocol sizes other than Ethernet/IPv4
    TruncatedIpv4,
    BadIpv4Version,
    BadIpv4HeaderLength,       ///< IHL < 5 or beyond the captured bytes
    BadIpv4TotalLength,        ///< total length < header length
    Ipv4OptionMalformed,
    TruncatedIpv6,
    BadIpv6Version,
    TruncatedIpv6ExtensionHeader,
    TruncatedTcp,
    BadTcpHeaderLength,        ///< data offset < 5 or beyond the segment
    TcpOptionMalformed,
    TruncatedUdp,
    BadUdpLength,              ///< UDP length < 8 or longer than the IP payload
    TruncatedIcmp,
    TruncatedIcmpv6,
    TunnelTooDeep,             ///< more nested IP headers than DecodedPacket keeps
    UnknownLoopbackFamily,
    SnapLengthCut,             ///< captured length < original length (informational)
    TruncatedGre,
    TruncatedLlc,              ///< 802.3 length frame too short for its LLC/SNAP header
    Count_
};

inline constexpr std::size_t kAnomalyCount = static_cast<std::size_t>(Anomaly::Count_);

/// Stable snake_case id, e.g. "truncated_ipv4".
std::string_view anomalyName(Anomaly anomaly);

/// Fixed-size counters, one per Anomaly; cheap to copy and add.
class AnomalyCounters {
public:
    void add(Anomaly anomaly, std::uint64_t count = 1) { m_counts[static_cast<std::size_t>(anomaly)] += count; }
    std::uint64_t count(Anomaly anomaly) const { return m_counts[static_cast<std::size_t>(anomaly)]; }
    void merge(const AnomalyCounters& other);
    void clear() { m_counts.fill(0); }
    std::uint64_t total() const;

private:
    std::array<std::uint64_t, kAnomalyCount> m_counts{};
};

} // namespace mieruka::decode
