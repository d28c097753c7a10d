// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_type.h"

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>

namespace mieruka::detect {

/// Every detector is switchable; thresholds have defaults a consultant rarely needs to touch.
struct DetectionOptions {
    std::bitset<static_cast<std::size_t>(AlertType::Count_)> enabled = ~std::bitset<static_cast<std::size_t>(AlertType::Count_)>();

    /// Learning period: this share of the survey's time span, unless learningUntilNs names its end
    /// (a baseline survey file, when given, replaces both).
    double learningFraction = 0.2;
    std::optional<std::int64_t> learningUntilNs;
    /// A learning period with fewer minutes of traffic than this shows nothing routine (an
    /// attack capture of a few seconds): the detectors that compare with it are skipped and
    /// "new"-only OT command rules apply always.
    std::int64_t minLearningSeconds = 600;

    // volume_band: a regular pair's minute volume outside [median / lowFactor… median × highFactor]
    // widened by madMultiplier robust deviations, never narrower than floorBytes around the median.
    double volumeHighFactor = 2.0;
    double volumeLowFactor = 2.0;
    double volumeMadMultiplier = 6.0;
    std::uint64_t volumeFloorBytes = 1500;
    double volumeRegularShare = 0.9; ///< a pair is regular when active in this share of learned minutes

    // device_silent: no frame for max(silentMinMinutes, silentIntervalFactor × its usual gap).
    std::int64_t silentMinMinutes = 5;
    double silentIntervalFactor = 4.0;

    // scan: one host opening conversations to this many hosts, or ports of one host, within scanWindowSeconds.
    std::size_t scanHosts = 16;
    std::size_t scanPorts = 32;
    std::int64_t scanWindowSeconds = 60;

    // scan (ARP sweep): ARP requests for this many addresses within arpSweepSeconds.
    std::size_t arpSweepTargets = 32;
    std::int64_t arpSweepSeconds = 10;

    // broadcast_storm: broadcast/multicast frames per second on the segment.
    std::uint64_t stormFramesPerSecond = 1000;

    /// OT command rule table (TSV, resources/detect/ot_command_rules.tsv format); empty: the bundled one.
    std::string otCommandRules;

    bool isEnabled(AlertType type) const { return enabled.test(static_cast<std::size_t>(type)); }
};

} // namespace mieruka::detect
