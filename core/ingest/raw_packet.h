// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace mieruka::ingest {

/// Link-layer header types, numbered as the tcpdump.org LINKTYPE_ registry.
namespace linktype {
inline constexpr int kNull = 0;          ///< BSD loopback, host byte order AF_ value
inline constexpr int kEthernet = 1;
inline constexpr int kPpp = 9;
inline constexpr int kRaw = 101;         ///< raw IPv4/IPv6 (version nibble decides)
inline constexpr int kLoop = 108;        ///< OpenBSD loopback, network byte order AF_ value
inline constexpr int kLinuxSll = 113;
inline constexpr int kIpv4 = 228;
inline constexpr int kIpv6 = 229;
inline constexpr int kLinuxSll2 = 276;
} // namespace linktype

/// One captured frame as handed out by a PacketSource.
/// `data` is a non-owning view, valid only until the next call to PacketSource::next().
struct RawPacket {
    std::int64_t timestampNs = 0;       ///< nanoseconds since the Unix epoch
    std::uint32_t originalLength = 0;   ///< length on the wire (tshark frame.len)
    int linkType = linktype::kEthernet; ///< LINKTYPE_ value of the interface this frame came from
    std::uint32_t fileIndex = 0;        ///< index into PacketSource::files()
    std::uint64_t packetNumber = 0;     ///< 1-based frame number within its file (tshark frame.number)
    std::span<const std::byte> data;    ///< captured bytes; data.size() is the captured length
};

} // namespace mieruka::ingest
