// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mieruka::capture {

/// Writes the frames behind one alert of a survey, read again from the survey's capture files,
/// as a nanosecond pcap file for Wireshark (docs/export-packets.md): every frame between the
/// alert's hosts from its first to its last occurrence, widened by a window, and its evidence
/// frame. Shared by `mieruka-cli export-packets` and the GUI's Alerts page. Blocking and
/// single-threaded; one object may run on any thread, one run at a time. No Qt.
class AlertPacketExport {
public:
    struct Options {
        std::int64_t windowNs = 0;   ///< widens the alert's span on both sides; 0 or more
        bool allHosts = false;       ///< every frame in the span, not only the alert's hosts'
        std::uint64_t limit = 100000; ///< frames to write at most; positive
        bool verify = false;         ///< check each capture file's SHA-256, not only its size
        std::string captureDir;      ///< where to look, by name, for moved capture files; may be empty
        std::string output;          ///< the pcap file (written as OUTPUT.part, then renamed); "-" is stdout
    };

    /// One line for a person, in the order it happened; each names its file or alert. English
    /// (as the CLI prints it); not translated.
    struct Message {
        bool error = false; ///< a problem (the export is incomplete or failed) rather than a note
        std::string text;
    };

    struct Result {
        std::uint64_t framesWritten = 0; ///< in the committed output; 0 when nothing was written
        std::size_t filesRead = 0;       ///< capture files opened and read
        std::vector<Message> messages;
        bool written = false;   ///< the output file exists with framesWritten frames
        bool badRequest = false; ///< unknown alert id, or the output is one of the capture files
        bool ok = false;        ///< written, and no problem at all
        std::string hostsText;  ///< "between A and B", "to or from A" or "of all hosts"
        std::string spanText;   ///< "FROM to TO" (ISO times) of the span read

        std::vector<std::string> notes() const { return lines(false); }
        std::vector<std::string> errors() const { return lines(true); }

    private:
        std::vector<std::string> lines(bool error) const;
    };

    AlertPacketExport(std::string surveyPath, std::int64_t alertId, Options options);

    /// Opens the survey read-only, finds the alert and writes the output. Never throws: store
    /// and file errors come back as error messages.
    Result run() const;

private:
    std::string m_surveyPath;
    std::int64_t m_alertId;
    Options m_options;
};

} // namespace mieruka::capture
