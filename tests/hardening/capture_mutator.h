// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/packet_builder.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::test {

/// A length (or length-like) field inside a capture file image: `mask` selects its bits within
/// the `width` bytes at `offset`, so a 4-bit IHL or a 9-bit LLDP TLV length is one field too.
struct LengthField {
    std::size_t offset = 0;
    int width = 2;
    bool bigEndian = true;
    std::uint64_t mask = 0xffff;
    std::string what; ///< "pcap caplen", "ipv4 total length"… for the report of a failure
};

/// Derives damaged variants of one valid capture image (pcap or pcapng): truncations, bit flips
/// and length fields set to their maximum, zero or off by one. It walks the file's records and,
/// for Ethernet frames, the IPv4/IPv6/TCP/UDP headers and the length fields of the protocols
/// Mieruka decodes (Modbus MBAP, TPKT/COTP/S7, EtherNet/IP, DHCP options, LLDP TLVs, DNS/NBNS
/// counts, SNMP BER), so mutations hit the fields parsers trust. Deterministic: the same seed
/// gives the same bytes on every platform (no std distributions).
class CaptureMutator {
public:
    enum class Kind { Truncate, BitFlip, LengthMax, LengthZero, LengthNudge, LengthAndTruncate, Overwrite, Count };

    explicit CaptureMutator(Bytes image);

    /// One variant; `kind` says which mutation was applied (LengthMax… fall back to BitFlip when
    /// the image has no length field).
    Bytes mutate(std::uint64_t& rng, Kind& kind) const;

    const std::vector<LengthField>& fields() const { return m_fields; }
    const std::vector<std::size_t>& recordStarts() const { return m_recordStarts; }
    static const char* kindName(Kind kind);
    /// xorshift64*: small, fast and identical everywhere.
    static std::uint64_t next(std::uint64_t& state);

private:
    void scanPcap();
    void scanPcapng();
    void scanFrame(std::size_t start, std::size_t length, int linkType);
    void scanIp(std::size_t at, std::size_t end);
    void scanTransportPayload(std::size_t at, std::size_t end, std::uint16_t sourcePort, std::uint16_t destinationPort,
                              bool tcp);
    void scanPcapngOptions(std::size_t at, std::size_t end);
    void add(std::size_t offset, int width, bool bigEndian, std::uint64_t mask, const char* what);
    std::uint64_t read(std::size_t offset, int width, bool bigEndian) const;
    static void write(Bytes& image, std::size_t offset, int width, bool bigEndian, std::uint64_t value);

    Bytes m_image;
    bool m_bigEndian = false; ///< of the capture container
    std::vector<LengthField> m_fields;
    std::vector<std::size_t> m_recordStarts;
};

} // namespace mieruka::test
