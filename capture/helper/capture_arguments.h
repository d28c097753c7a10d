// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mieruka::capture::helper {

/// The options of `mieruka-capture capture`, checked for shape only: whether the interfaces exist
/// and the survey file is acceptable is decided later (InterfaceList, SurveyPaths).
struct CaptureArguments {
    std::vector<std::string> interfaces;
    std::string filter;
    std::uint32_t snapLength = 262144;
    bool promiscuous = true;
    std::string surveyFile; ///< empty with probe
    bool probe = false;
    std::string prefix = "live";
    std::uint64_t ringSizeMb = 100;
    std::uint64_t ringSeconds = 0;  ///< 0 = no time-based rotation
    std::uint64_t ringFiles = 0;    ///< 0 = keep every file
    std::uint64_t durationSeconds = 0, maxSizeMb = 0, maxPackets = 0; ///< 0 = unlimited
    std::uint64_t bufferMb = 64;
    std::uint64_t statusIntervalMs = 1000;

    /// Parses the words after "capture". On failure returns nullopt and sets `error` to one line.
    static std::optional<CaptureArguments> parse(std::span<const std::string> words, std::string& error);

    static bool validInterfaceName(const std::string& name);
    static bool validFilter(const std::string& filter);
    static bool validPrefix(const std::string& prefix);
};

} // namespace mieruka::capture::helper
