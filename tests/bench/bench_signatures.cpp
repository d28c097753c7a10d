// SPDX-License-Identifier: GPL-3.0-or-later
// Signature engine benchmark (not a test). Reads a capture into memory, then times decoding
// every frame alone and decoding plus signature inspection, best of several interleaved runs:
//   bench_signatures [--runs N] [--no-bundled] CAPTURE [RULES...]
// Rules files are loaded on top of the bundled OT set. Prints frames/s of both, the cost the
// signatures add per frame and in %, heap allocations during inspection, and the hits per sid
// (the bundled rules should stay silent on routine traffic).
#include "capture/source/capture_source_factory.h"
#include "core/decode/packet_decoder.h"
#include "core/detect/signature/bundled_rules.h"
#include "core/detect/signature/signature_engine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Counts heap allocations so the run can show that inspection allocates nothing per frame.
std::atomic<std::uint64_t> g_allocations{0};

struct Frame {
    int linkType;
    std::uint32_t originalLength;
    std::int64_t timestampNs;
    std::size_t offset; ///< into the byte store
    std::size_t length;
};

using Clock = std::chrono::steady_clock;

} // namespace

void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* pointer = std::malloc(size ? size : 1))
        return pointer;
    throw std::bad_alloc();
}
void operator delete(void* pointer) noexcept
{
    std::free(pointer);
}
void operator delete(void* pointer, std::size_t) noexcept
{
    std::free(pointer);
}

int main(int argc, char* argv[])
{
    int runs = 5;
    bool bundled = true;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--no-bundled") == 0)
            bundled = false;
        else
            paths.emplace_back(argv[i]);
    }
    if (paths.empty()) {
        std::fprintf(stderr, "usage: bench_signatures [--runs N] [--no-bundled] CAPTURE [RULES...]\n");
        return 2;
    }

    // Rules.
    mieruka::detect::SignatureEngine engine;
    std::size_t unsupported = 0;
    if (bundled) {
        const auto report = engine.addRules(mieruka::detect::bundledOtRules(), mieruka::detect::kBundledOtRulesName);
        unsupported += report.unsupported.size();
    }
    for (std::size_t i = 1; i < paths.size(); ++i) {
        std::ifstream file(paths[i], std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "%s: cannot read\n", paths[i].c_str());
            return 1;
        }
        std::stringstream text;
        text << file.rdbuf();
        const auto report = engine.addRules(text.str(), paths[i]);
        unsupported += report.unsupported.size();
        for (const auto& problem : report.unsupported)
            std::fprintf(stderr, "%s:%zu: %s\n", paths[i].c_str(), problem.line, problem.reason.c_str());
    }
    const auto buildStart = Clock::now();
    engine.finalize();
    const double buildMs = std::chrono::duration<double, std::milli>(Clock::now() - buildStart).count();

    // Frames, read once through the project's capture source.
    std::string error;
    auto source = mieruka::capture::openCaptureSource({paths[0]}, error);
    if (!source) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::vector<std::byte> store;
    std::vector<Frame> frames;
    mieruka::ingest::RawPacket raw;
    while (source->next(raw) == mieruka::ingest::PacketSource::Status::Packet) {
        frames.push_back({raw.linkType, raw.originalLength, raw.timestampNs, store.size(), raw.data.size()});
        store.insert(store.end(), raw.data.begin(), raw.data.end());
    }

    mieruka::decode::PacketDecoder decoder;
    mieruka::decode::DecodedPacket packet;
    std::vector<mieruka::detect::SignatureHit> hits;
    hits.reserve(engine.ruleCount());
    std::map<std::uint32_t, std::uint64_t> hitsBySid;
    std::uint64_t checksum = 0;
    double bestDecode = 1e300, bestSignatures = 1e300;
    std::uint64_t inspectAllocations = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        for (const Frame& frame : frames) {
            decoder.decode(frame.linkType, std::span(store).subspan(frame.offset, frame.length), frame.originalLength,
                           packet);
            checksum += packet.payload.size();
        }
        bestDecode = std::min(bestDecode, std::chrono::duration<double>(Clock::now() - start).count());

        const std::uint64_t allocationsBefore = g_allocations.load();
        start = Clock::now();
        for (const Frame& frame : frames) {
            decoder.decode(frame.linkType, std::span(store).subspan(frame.offset, frame.length), frame.originalLength,
                           packet);
            // A plain stand-in for the flow table: toward the lower (service) port, past the SYN.
            const bool toServer = packet.dstPort <= packet.srcPort;
            const bool established = packet.transport != mieruka::decode::TransportKind::Tcp
                || !(packet.tcp.flags & 0x02);
            engine.inspect(packet, {toServer, established}, frame.timestampNs, hits);
            if (!hits.empty()) {
                if (run == 0)
                    for (const auto& hit : hits)
                        ++hitsBySid[hit.rule->sid];
                hits.clear();
            }
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (run > 0) // the first run fills hitsBySid (allocates); later runs show the steady state
            inspectAllocations = std::max(inspectAllocations, g_allocations.load() - allocationsBefore);
        bestSignatures = std::min(bestSignatures, seconds);
    }

    const double n = static_cast<double>(frames.size());
    const auto statistics = engine.statistics();
    std::printf("capture          %s: %zu frames, %.1f MB\n", paths[0].c_str(), frames.size(), store.size() / 1e6);
    std::printf("rules            %zu loaded (%zu refused), %zu without prefilter content, built in %.0f ms\n",
                engine.ruleCount(), unsupported, statistics.groupedRules, buildMs);
    std::printf("prefilter        %zu protocol/port groups, %zu patterns, %zu automaton states, %.1f MB\n",
                statistics.contentGroups, statistics.prefilterPatterns, statistics.automatonStates,
                statistics.automatonBytes / 1e6);
    std::printf("decode only      %10.0f frames/s  %7.1f ns/frame\n", n / bestDecode, bestDecode / n * 1e9);
    std::printf("decode + rules   %10.0f frames/s  %7.1f ns/frame\n", n / bestSignatures, bestSignatures / n * 1e9);
    std::printf("signatures add   %7.1f ns/frame = %.1f %% of decoding (best of %d runs)\n",
                (bestSignatures - bestDecode) / n * 1e9, (bestSignatures / bestDecode - 1) * 100, runs);
    std::printf("allocations      %llu during a whole inspection pass after the first\n",
                static_cast<unsigned long long>(inspectAllocations));
    std::printf("hits             ");
    if (hitsBySid.empty())
        std::printf("none");
    for (const auto& [sid, count] : hitsBySid)
        std::printf("%u:%llu ", sid, static_cast<unsigned long long>(count));
    std::printf("\n");
    return checksum == 0xffffffffffffffffULL ? 3 : 0;
}
