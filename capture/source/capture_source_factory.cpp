// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_source_factory.h"

#include "capture_format.h"
#include "file_input.h"
#include "merged_source.h"
#include "pcap_file_source.h"
#include "snoop_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace mieruka::capture {

namespace {

bool hasCaptureExtension(const std::string& name)
{
    static constexpr std::array<const char*, 5> kExtensions = {".pcap", ".pcapng", ".cap", ".gz", ".snoop"};
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // ".pcap.gz" and ".pcapng.gz" end in ".gz", so the plain suffixes cover them.
    return std::any_of(kExtensions.begin(), kExtensions.end(),
                       [&](const char* ext) { return lower.ends_with(ext); });
}

} // namespace

std::vector<std::string> expandCapturePaths(const std::vector<std::string>& paths, std::string& error)
{
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path); // missing or unreadable files are reported when probed
            continue;
        }
        std::vector<std::string> found;
        fs::directory_iterator it(path, ec);
        if (ec) {
            error = path + (ec == std::errc::permission_denied ? ": permission denied" : ": " + ec.message());
            return {};
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            std::error_code typeError;
            if (it->is_regular_file(typeError) && hasCaptureExtension(it->path().filename().string()))
                found.push_back(it->path().string());
        }
        if (found.empty()) {
            error = path + ": is a folder with no capture files";
            return {};
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::unique_ptr<ingest::PacketSource> openCaptureFile(const std::string& path, std::string& error)
{
    CaptureProbe probe;
    if (!probeCaptureFile(path, probe, error))
        return nullptr;
    if (probe.format == CaptureFormat::Snoop) {
        auto input = std::make_unique<FileInput>();
        if (!input->open(path, error))
            return nullptr;
        ingest::CaptureFileInfo info;
        info.path = path;
        info.sizeBytes = input->sizeBytes();
        info.format = formatName(probe);
        return std::make_unique<SnoopReader>(std::move(input), std::move(info));
    }
    auto source = std::make_unique<PcapFileSource>(path);
    if (!source->open()) {
        error = source->errorMessage();
        return nullptr;
    }
    return source;
}

std::unique_ptr<ingest::PacketSource> openCaptureSource(const std::vector<std::string>& paths, std::string& error)
{
    error.clear();
    if (paths.empty()) {
        error = "no capture files given";
        return nullptr;
    }
    const auto files = expandCapturePaths(paths, error);
    if (files.empty())
        return nullptr;
    std::vector<std::unique_ptr<ingest::PacketSource>> sources;
    for (const auto& file : files) {
        auto source = openCaptureFile(file, error);
        if (!source)
            return nullptr;
        sources.push_back(std::move(source));
    }
    if (sources.size() == 1)
        return std::move(sources.front());
    return std::make_unique<MergedSource>(std::move(sources));
}

} // namespace mieruka::capture
