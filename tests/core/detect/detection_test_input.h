// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_input.h"

#include <cstdint>
#include <string>

namespace mieruka::tests {

/// Hand-built survey data for detector tests: times are minutes from a fixed start.
class DetectionTestInput {
public:
    static constexpr std::int64_t kStartNs = 1'710'000'000LL * 1'000'000'000LL; // a whole minute
    static constexpr std::int64_t kMinuteNs = 60'000'000'000LL;

    static std::int64_t at(double minutes) { return kStartNs + static_cast<std::int64_t>(minutes * 60e9); }
    static std::int64_t minuteIndex(double minutes) { return kStartNs / kMinuteNs + static_cast<std::int64_t>(minutes); }

    explicit DetectionTestInput(double durationMinutes);

    detect::DetectHost& addHost(const std::string& mac, const std::string& ip, double firstMinute, double lastMinute,
                                const std::string& role = "unknown");
    void addConversation(const std::string& client, int clientPort, const std::string& server, int serverPort,
                         int ipProtocol, const std::string& label, double firstMinute, double lastMinute);
    void addHostMinute(const std::string& address, double minute, std::uint64_t packets = 10);
    void addPairMinute(const std::string& a, const std::string& b, double minute, std::uint64_t bytes);

    detect::DetectionInput input;
};

} // namespace mieruka::tests
