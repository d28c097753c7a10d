// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_format.h"

#include "file_input.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace mieruka::capture {

namespace {

std::string hex32(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", value);
    return text;
}

} // namespace

bool probeCaptureFile(const std::string& path, CaptureProbe& probe, std::string& error)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        error = path + ": no such file";
        return false;
    }
    if (fs::is_directory(status)) {
        error = path + ": is a folder";
        return false;
    }
    // Open once with stdio to tell "permission denied" apart from other failures by errno.
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        std::fclose(f);
    } else {
        error = path + (errno == EACCES || errno == EPERM ? ": permission denied" : ": " + std::string(std::strerror(errno)));
        return false;
    }
    const auto size = fs::file_size(path, ec);
    if (!ec && size == 0) {
        error = path + ": empty file (0 bytes)";
        return false;
    }

    FileInput input;
    if (!input.open(path, error))
        return false;
    unsigned char magic[8] = {};
    const std::size_t got = input.read(magic, sizeof magic);
    if (!input.failure().empty()) {
        error = input.failure();
        return false;
    }
    probe.compressed = input.compressed();
    if (got < 4) {
        error = path + ": not a capture file (only " + std::to_string(got) + " bytes)";
        return false;
    }
    const std::uint32_t be = (std::uint32_t{magic[0]} << 24) | (std::uint32_t{magic[1]} << 16)
        | (std::uint32_t{magic[2]} << 8) | magic[3];
    switch (be) {
    case 0xa1b2c3d4: case 0xd4c3b2a1:
    case 0xa1b2cd34: case 0x34cdb2a1: // Kuznetzov's modified pcap, which libpcap also reads
        probe.format = CaptureFormat::Pcap;
        return true;
    case 0xa1b23c4d: case 0x4d3cb2a1:
        probe.format = CaptureFormat::PcapNs;
        return true;
    case 0x0a0d0d0a:
        probe.format = CaptureFormat::Pcapng;
        return true;
    default:
        break;
    }
    if (got == 8 && std::memcmp(magic, "snoop\0\0\0", 8) == 0) {
        probe.format = CaptureFormat::Snoop;
        return true;
    }
    error = path + ": not a capture file (unknown magic " + hex32(be) + ")";
    return false;
}

std::string formatName(const CaptureProbe& probe)
{
    std::string name;
    switch (probe.format) {
    case CaptureFormat::Pcap: name = "pcap"; break;
    case CaptureFormat::PcapNs: name = "pcap-ns"; break;
    case CaptureFormat::Pcapng: name = "pcapng"; break;
    case CaptureFormat::Snoop: name = "snoop"; break;
    }
    return probe.compressed ? name + ".gz" : name;
}

} // namespace mieruka::capture
