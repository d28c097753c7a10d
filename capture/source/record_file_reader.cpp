// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_file_reader.h"

#include "file_input.h"

namespace mieruka::capture {

std::string truncationWarning(const std::string& path, std::uint64_t packetsRead)
{
    return path + ": truncated last packet after " + std::to_string(packetsRead) + " packets (capture was cut off)";
}

RecordFileReader::RecordFileReader(std::unique_ptr<FileInput> input, ingest::CaptureFileInfo info)
    : m_input(std::move(input))
{
    m_files.push_back(std::move(info));
}

RecordFileReader::~RecordFileReader() = default;

std::uint64_t RecordFileReader::bytesConsumed() const
{
    return m_input ? m_input->bytesConsumed() : 0;
}

ingest::PacketSource::Status RecordFileReader::fail(const std::string& reason)
{
    m_error = m_files.front().path + ": " + reason;
    m_final = Status::Error;
    return m_final;
}

ingest::PacketSource::Status RecordFileReader::endTruncated()
{
    auto& info = m_files.front();
    info.truncated = true;
    info.warning = truncationWarning(info.path, info.packetsRead);
    m_final = Status::End;
    return m_final;
}

} // namespace mieruka::capture
