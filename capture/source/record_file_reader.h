// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/packet_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mieruka::capture {

class FileInput;

/// "PATH: truncated last packet after N packets (capture was cut off)", the one wording every
/// reader uses for a file that ends inside a record.
std::string truncationWarning(const std::string& path, std::uint64_t packetsRead);

/// What the project's own single-file readers (pcapng fallback, snoop) share: the input, the
/// one CaptureFileInfo, and how they end — with an error, or with a truncated last record.
class RecordFileReader : public ingest::PacketSource {
public:
    /// Takes an opened input positioned at the first byte; `info` gives path, size and format.
    RecordFileReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info);
    ~RecordFileReader() override;

    std::string errorMessage() const override { return m_error; }
    const std::vector<ingest::CaptureFileInfo>& files() const override { return m_files; }
    std::uint64_t bytesConsumed() const override;
    std::uint64_t bytesTotal() const override { return m_files.front().sizeBytes; }

protected:
    /// Ends with Error and "PATH: reason".
    Status fail(const std::string& reason);
    /// Ends normally, keeping what was read, with the truncation flag and warning set.
    Status endTruncated();

    std::unique_ptr<FileInput> m_input;
    std::vector<ingest::CaptureFileInfo> m_files;
    std::string m_error;
    Status m_final = Status::Packet;
};

} // namespace mieruka::capture
