// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli export-packets SURVEY --alert ID -o FILE [--window SECONDS] [--all-hosts]
/// [--limit N] [--verify] [--capture-dir DIR] [-q]`: reads the frames behind one alert again from
/// the survey's capture files and writes them as a nanosecond pcap file (docs/export-packets.md).
/// Returns the process exit code: 0 clean, 1 a problem was reported (a capture file missing or
/// changed, nothing to write, the output cannot be written), 2 usage error (including an unknown id).
int runExportPackets(const QStringList& arguments);

} // namespace mieruka::cli
