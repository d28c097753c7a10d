// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/source/pcap_file_writer.h"
#include "core/analysis/analysis_records.h"
#include "core/decode/decoded_packet.h"
#include "core/ingest/packet_source.h"
#include "core/ingest/raw_packet.h"
#include "core/net/ip_address.h"
#include "core/net/mac_address.h"
#include "core/store/survey_store.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mieruka::capture {

/// One end of an alert. Its text is an IP address (matched in any IP header and in ARP), a MAC
/// address (matched as Ethernet source or destination), or empty (matches everything).
struct AlertHostAddress {
    enum class Kind { Any, Ip, Mac };
    Kind kind = Kind::Any;
    net::IpAddress ip;
    net::MacAddress mac;

    static std::optional<AlertHostAddress> parse(const std::string& text);
};

/// Which frames in the time span belong to the alert; inactive means all of them.
struct AlertHostFilter {
    bool active = false;
    AlertHostAddress src, dst;
    std::string text; ///< "between A and B", "to or from A" or "of all hosts", for messages

    /// The filter for `alert`'s hosts, or for every host with `allHosts`. When an end is neither
    /// an IP nor a MAC address the filter takes every host and `note` names the address.
    static AlertHostFilter forAlert(const analysis::AlertRecord& alert, bool allHosts, std::string& note);
    bool matches(const decode::DecodedPacket& frame) const;
};

/// A capture file of the survey to read again, with the frame it will hand out next.
struct AlertExportInput {
    store::CaptureRecord record;
    std::string path;
    std::unique_ptr<ingest::PacketSource> source;
    ingest::RawPacket head;
    bool holdsEvidence = false;
};

/// What a selection did, for the closing lines.
struct AlertFrameTally {
    std::map<int, std::uint64_t> otherLinkTypes; ///< frames not written: link type → count
    std::vector<std::string> readErrors;         ///< inputs that failed mid-file, in order
    bool limitReached = false;
    std::int64_t limitAtNs = 0;    ///< time of the first matching frame left out by the limit
    bool evidenceExpected = false; ///< the evidence frame's capture file was opened
    bool evidenceFound = false;
    bool evidenceWritten = false;
    bool failed = false; ///< the output could not be written (see the writer's error())
};

/// Reads inputs merged in timestamp order (ties go to the earlier input) and writes the frames
/// of one alert: those in [from, to] the filter accepts, at most `limit`, and its evidence frame.
/// An input failing mid-file is noted and dropped while the others go on, which MergedSource
/// does not do. Single-threaded; one selection per object.
class AlertFrameSelector {
public:
    AlertFrameSelector(const analysis::AlertRecord& alert, const AlertHostFilter& filter, std::int64_t fromNs,
                       std::int64_t toNs, std::uint64_t limit);

    /// Consumes `inputs` (their sources are closed on return) and writes into `writer`, which it
    /// opens with the link type of the first frame taken.
    AlertFrameTally run(std::vector<AlertExportInput>& inputs, PcapFileWriter& writer);

private:
    const analysis::AlertRecord& m_alert;
    const AlertHostFilter& m_filter;
    std::int64_t m_from;
    std::int64_t m_to;
    std::uint64_t m_limit;
};

} // namespace mieruka::capture
