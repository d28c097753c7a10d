// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic_survey.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

namespace mieruka::bench {

namespace {

std::string ipOf(int host)
{
    return "10." + std::to_string(1 + host / 65536 % 200) + "." + std::to_string(host / 250 % 256) + "."
           + std::to_string(1 + host % 250);
}

std::string macOf(int host)
{
    char text[18];
    std::snprintf(text, sizeof text, "00:1b:1b:%02x:%02x:%02x", (host >> 16) & 0xff, (host >> 8) & 0xff, host & 0xff);
    return text;
}

} // namespace

void writeSyntheticSurvey(store::SurveyStore& store, int hosts, int conversations, int minutes)
{
    constexpr std::int64_t kStart = 1'710'000'000LL * 1'000'000'000LL;
    constexpr std::int64_t kMinute = 60'000'000'000LL;
    std::mt19937 random(7);
    store::CaptureRecord capture;
    capture.sha256 = "synthetic";
    capture.path = "synthetic.pcap";
    capture.format = "pcap";
    capture.id = store.addCapture(capture);
    capture.complete = true;
    capture.startNs = kStart;
    capture.endNs = kStart + minutes * kMinute;
    analysis::AnalysisDelta delta;
    for (int host = 0; host < hosts; ++host) {
        delta.bindings.push_back({macOf(host), ipOf(host), "ip", 100, kStart, capture.endNs, 64, 64});
        delta.endpoints.push_back({false, ipOf(host), 100, 10000, 100, 10000, kStart, capture.endNs, kStart, capture.endNs});
        delta.endpoints.push_back({true, macOf(host), 100, 10000, 100, 10000, kStart, capture.endNs, kStart, capture.endNs});
        for (int minute = 0; minute < minutes; ++minute)
            delta.series.push_back({analysis::SeriesRecord::Kind::Host, kStart / kMinute + minute, ipOf(host), 10, 1000, 10, 1000});
    }
    const char* labels[] = {"modbus", "s7comm", "enip", "http", "smb", "dns", "https", "opcua"};
    const int ports[] = {502, 102, 44818, 80, 445, 53, 443, 4840};
    for (int i = 0; i < conversations; ++i) {
        const int a = static_cast<int>(random() % static_cast<unsigned>(hosts));
        const int b = static_cast<int>(random() % static_cast<unsigned>(hosts));
        const int service = static_cast<int>(random() % 8);
        analysis::ConversationRecord row;
        row.ipProtocol = 6;
        row.hasPorts = true;
        row.lo = std::min(ipOf(a), ipOf(b));
        row.hi = std::max(ipOf(a), ipOf(b));
        row.loPort = 40000 + i % 20000;
        row.hiPort = ports[service];
        row.protocol = labels[service];
        row.packetsLoToHi = row.packetsHiToLo = 10 + random() % 1000;
        row.bytesLoToHi = row.bytesHiToLo = row.packetsLoToHi * 100;
        row.firstNs = kStart;
        row.lastNs = capture.endNs;
        delta.conversations.push_back(row);
    }
    for (int minute = 0; minute < minutes; ++minute)
        for (const char* label : labels)
            delta.series.push_back({analysis::SeriesRecord::Kind::Protocol, kStart / kMinute + minute, label, 1000, 100000, 0, 0});
    capture.packets = 1'000'000;
    store.commitChunk(delta, {capture});
    store.finishCaptures({capture});
}


} // namespace mieruka::bench
