// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput benchmark (not a test): run by tests/bench/run_import_bench.py.
//   bench_import bare FILE     - a bare libpcap read loop over FILE: the ceiling
//   bench_import import FILE   - the full pipeline (hash, decode, flows, hosts, series, SQLite)
// Prints one JSON object: packets, bytes, seconds, peak RSS of this process.
#include "capture/source/capture_source_factory.h"
#include "core/ingest/importer.h"
#include "core/store/survey_store.h"

#include <pcap/pcap.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int bareLoop(const char* path, std::uint64_t& packets, std::uint64_t& bytes)
{
    char error[PCAP_ERRBUF_SIZE];
    pcap_t* handle = pcap_open_offline_with_tstamp_precision(path, PCAP_TSTAMP_PRECISION_NANO, error);
    if (!handle) {
        std::fprintf(stderr, "%s: %s\n", path, error);
        return 1;
    }
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    std::uint64_t checksum = 0;
    while (pcap_next_ex(handle, &header, &data) == 1) {
        ++packets;
        bytes += header->len;
        checksum += header->caplen ? data[0] : 0; // touch the frame like a decoder would
    }
    pcap_close(handle);
    return checksum == 0xffffffffffffffffULL ? 2 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const bool known = argc >= 3
                       && (std::strcmp(argv[1], "bare") == 0 || std::strcmp(argv[1], "import") == 0
                           || std::strcmp(argv[1], "lean") == 0);
    if (!known) {
        std::fprintf(stderr, "usage: bench_import bare|import|lean FILE [RULES...]\n"
                             "  bare    libpcap read loop only\n"
                             "  import  the import as the app runs it (operations, detections)\n"
                             "  lean    the import without operation counting and detections\n"
                             "  RULES   signature rule files loaded on top of the bundled ones (import)\n");
        return 2;
    }
    const std::string mode = argv[1];
    const std::string path = argv[2];
    std::uint64_t packets = 0, bytes = 0;
    const auto start = std::chrono::steady_clock::now();
    if (mode == "bare") {
        if (bareLoop(path.c_str(), packets, bytes) != 0)
            return 1;
    } else {
        const auto survey = std::filesystem::temp_directory_path() / ("bench-" + std::to_string(::getpid()) + ".mieruka");
        {
            mieruka::store::SurveyStore store(survey.string());
            mieruka::ingest::ImportOptions options;
            if (mode == "lean") {
                options.countOperations = false;
                options.detect = false;
            }
            for (int i = 3; i < argc; ++i)
                options.signatureRuleFiles.push_back(argv[i]);
            mieruka::ingest::Importer importer(store, &mieruka::capture::openCaptureSource, options);
            const auto result = importer.run({path});
            packets = result.packetsImported;
            bytes = result.bytesImported;
            for (const auto& problem : result.problems)
                std::fprintf(stderr, "%s\n", problem.c_str());
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(survey.string() + suffix);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"mode\": \"%s\", \"packets\": %llu, \"bytes\": %llu, \"seconds\": %.3f, \"peak_rss_kib\": %ld}\n",
                mode.c_str(), static_cast<unsigned long long>(packets), static_cast<unsigned long long>(bytes), seconds,
                peakRssKiB());
    return 0;
}
