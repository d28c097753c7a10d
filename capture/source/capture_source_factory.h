// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <memory>
#include <string>
#include <vector>

namespace mieruka::capture {

/// Capture files named by `paths`: each entry is a file or a folder, whose regular files with a
/// capture extension (.pcap .pcapng .cap .gz .snoop) are taken sorted by name, not recursively.
std::vector<std::string> expandCapturePaths(const std::vector<std::string>& paths, std::string& error);

/// Opens one capture file with the reader its magic calls for (libpcap, or our snoop reader).
std::unique_ptr<ingest::PacketSource> openCaptureFile(const std::string& path, std::string& error);

/// Opens every capture named by `paths`; one file gives its reader, several a MergedSource in
/// timestamp order. Returns nullptr and a one-line `error` naming the file when any cannot be read.
std::unique_ptr<ingest::PacketSource> openCaptureSource(const std::vector<std::string>& paths, std::string& error);

} // namespace mieruka::capture
