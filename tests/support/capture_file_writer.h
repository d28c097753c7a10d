// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/packet_builder.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mieruka::test {

struct CaptureFrame {
    std::int64_t timestampNs = 0;
    Bytes data;
    std::uint32_t originalLength = 0; ///< 0: same as data.size()
    std::uint32_t interfaceId = 0;    ///< pcapng only
    std::string comment;              ///< pcapng only (opt_comment)
};

struct PcapOptions {
    bool nanosecond = false; ///< magic a1b23c4d instead of a1b2c3d4
    bool bigEndian = false;
    int linkType = 1;
    std::uint32_t snapLength = 262144;
};

struct PcapngInterface {
    int linkType = 1;
    std::uint32_t snapLength = 0;
    /// if_tsresol byte (bit 7 set: power of 2); nullopt: option absent, meaning microseconds.
    std::optional<std::uint8_t> tsresol;
    std::string name;
};

struct PcapngOptions {
    std::vector<PcapngInterface> interfaces{PcapngInterface{}};
    bool bigEndian = false;
    std::string sectionComment;
};

/// Classic libpcap file image.
Bytes makePcap(const std::vector<CaptureFrame>& frames, const PcapOptions& options = {});
/// pcapng image: one SHB, the IDBs, then one EPB per frame (timestamps in each IDB's resolution).
Bytes makePcapng(const std::vector<CaptureFrame>& frames, const PcapngOptions& options = {});
/// Writes `data` to `path`, replacing it; false on failure.
bool writeFile(const std::string& path, const Bytes& data);

} // namespace mieruka::test
