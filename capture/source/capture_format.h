// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace mieruka::capture {

enum class CaptureFormat { Pcap, PcapNs, Pcapng, Snoop };

/// What the first bytes of a file say it is.
struct CaptureProbe {
    CaptureFormat format = CaptureFormat::Pcap;
    bool compressed = false;
};

/// Reads the magic of `path` (after gunzip when needed). On failure returns false with
/// `error` = "PATH: reason" (no such file, permission denied, empty file, unknown magic, ...).
bool probeCaptureFile(const std::string& path, CaptureProbe& probe, std::string& error);

/// "pcap", "pcap-ns", "pcapng" or "snoop", with ".gz" appended when compressed.
std::string formatName(const CaptureProbe& probe);

} // namespace mieruka::capture
