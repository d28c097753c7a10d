// SPDX-License-Identifier: GPL-3.0-or-later
#include "volume_band_detector.h"

#include "host_index.h"
#include "minute_coverage.h"
#include "robust_stats.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace mieruka::detect {

namespace {

using BytesByMinute = std::unordered_map<std::int64_t, double>;

struct Band {
    double low = 0, high = 0, median = 0;
};

// Fewer learned minutes in an hour bucket than this, and the pair's pooled band is used.
constexpr std::size_t kMinBucketMinutes = 10;
constexpr std::size_t kMinLearnedMinutes = 10;

int hourOf(std::int64_t minute)
{
    return static_cast<int>(((minute / 60) % 24 + 24) % 24);
}

Band bandOf(std::vector<double> values, const DetectionOptions& options)
{
    const RobustSpread spread = robustSpread(std::move(values));
    const double floor = static_cast<double>(options.volumeFloorBytes);
    const double width = options.volumeMadMultiplier * spread.mad;
    Band band;
    band.median = spread.median;
    band.high = std::max({spread.median * options.volumeHighFactor, spread.median + width, spread.median + floor});
    band.low = std::max(0.0, std::min({spread.median / options.volumeLowFactor, spread.median - width, spread.median - floor}));
    return band;
}

struct PairModel {
    std::optional<Band> pooled;
    std::array<std::optional<Band>, 24> byHour;

    const Band& bandAt(std::int64_t minute) const
    {
        const auto& hourly = byHour[static_cast<std::size_t>(hourOf(minute))];
        return hourly ? *hourly : *pooled;
    }
};

std::optional<PairModel> learn(const BytesByMinute& bytes, const std::vector<std::int64_t>& learnedMinutes,
                               const DetectionOptions& options)
{
    std::vector<double> all;
    std::array<std::vector<double>, 24> byHour;
    std::size_t active = 0;
    for (const std::int64_t minute : learnedMinutes) {
        const auto it = bytes.find(minute);
        const double value = it == bytes.end() ? 0.0 : it->second;
        active += value > 0 ? 1 : 0;
        all.push_back(value);
        byHour[static_cast<std::size_t>(hourOf(minute))].push_back(value);
    }
    if (learnedMinutes.size() < kMinLearnedMinutes
        || static_cast<double>(active) < options.volumeRegularShare * static_cast<double>(learnedMinutes.size()))
        return std::nullopt;
    PairModel model;
    model.pooled = bandOf(std::move(all), options);
    for (std::size_t hour = 0; hour < byHour.size(); ++hour)
        if (byHour[hour].size() >= kMinBucketMinutes)
            model.byHour[hour] = bandOf(std::move(byHour[hour]), options);
    return model;
}

std::unordered_map<std::string, BytesByMinute> bytesByPair(const std::vector<analysis::SeriesRecord>& series)
{
    std::unordered_map<std::string, BytesByMinute> pairs;
    for (const auto& row : series)
        pairs[row.key][row.minute] += static_cast<double>(row.txBytes + row.rxBytes);
    return pairs;
}

// The client of a pair names the direction alerts read in ("HMI → PLC").
std::unordered_map<std::string, bool> loInitiates(const std::vector<analysis::ConversationRecord>& conversations)
{
    std::unordered_map<std::string, bool> result;
    for (const auto& row : conversations)
        result.try_emplace(row.lo + ' ' + row.hi, row.initiatorIsLo);
    return result;
}

std::string formatBytes(double value)
{
    return std::to_string(static_cast<std::int64_t>(std::llround(value)));
}

} // namespace

void VolumeBandDetector::run(const DetectionContext& context, AlertList& alerts)
{
    constexpr std::int64_t kMinute = MinuteCoverage::kMinuteNs;
    const MinuteCoverage baselineCoverage(context.baseline.spans);
    const MinuteCoverage currentCoverage(context.current.spans);
    const auto baselinePairs = bytesByPair(context.baseline.pairSeries);
    const auto currentPairs =
        &context.baseline == &context.current ? baselinePairs : bytesByPair(context.current.pairSeries);

    // Minutes are learned from and judged only within an hour of some traffic. A stopped poll or
    // a dead cell is still seen as a drop, but one frame with a clock years off must not make
    // every pair walk a year of empty minutes: the cost follows the traffic, not the timestamps.
    const auto nearTraffic = [](const std::unordered_map<std::string, BytesByMinute>& pairs) {
        std::vector<std::int64_t> active;
        for (const auto& [key, bytes] : pairs)
            for (const auto& [minute, value] : bytes)
                active.push_back(minute);
        std::sort(active.begin(), active.end());
        active.erase(std::unique(active.begin(), active.end()), active.end());
        return [active = std::move(active)](std::int64_t minute) {
            constexpr std::int64_t kReachMinutes = 60;
            const auto next = std::lower_bound(active.begin(), active.end(), minute);
            return (next != active.end() && *next - minute <= kReachMinutes)
                   || (next != active.begin() && minute - *(next - 1) <= kReachMinutes);
        };
    };
    const auto nearBaselineTraffic = nearTraffic(baselinePairs);
    const auto nearCurrentTraffic = nearTraffic(currentPairs);
    std::vector<std::int64_t> learnedMinutes, judgedMinutes;
    for (const std::int64_t minute : baselineCoverage.minutes())
        if (context.window.learned((minute + 1) * kMinute) && nearBaselineTraffic(minute))
            learnedMinutes.push_back(minute);
    for (const std::int64_t minute : currentCoverage.minutes())
        if (context.window.judged(minute * kMinute) && nearCurrentTraffic(minute))
            judgedMinutes.push_back(minute);
    const auto initiators = loInitiates(context.current.conversations);
    const HostIndex hosts(context.current.hosts);
    const BytesByMinute none;

    std::map<std::string, const BytesByMinute*> ordered; // deterministic output
    for (const auto& [key, bytes] : baselinePairs)
        ordered.emplace(key, &bytes);
    for (const auto& [key, learnedBytes] : ordered) {
        const auto model = learn(*learnedBytes, learnedMinutes, context.options);
        if (!model)
            continue;
        const auto current = currentPairs.find(key);
        const BytesByMinute& bytes = current == currentPairs.end() ? none : current->second;
        const std::size_t space = key.find(' ');
        std::string lo = key.substr(0, space), hi = space == std::string::npos ? std::string() : key.substr(space + 1);
        if (const auto it = initiators.find(key); it != initiators.end() && !it->second)
            std::swap(lo, hi);

        std::optional<analysis::AlertRecord> open;
        std::int64_t previous = 0;
        auto close = [&] {
            if (open)
                alerts.push_back(std::move(*open));
            open.reset();
        };
        for (const std::int64_t minute : judgedMinutes) {
            const auto it = bytes.find(minute);
            const double value = it == bytes.end() ? 0.0 : it->second;
            const Band& band = model->bandAt(minute);
            const char* direction = value > band.high ? "above" : value < band.low ? "below" : nullptr;
            if (open && (!direction || open->rule != direction || minute != previous + 1))
                close();
            previous = minute;
            if (!direction)
                continue;
            if (open) {
                ++open->count;
                open->lastNs = (minute + 1) * kMinute - 1;
                continue;
            }
            auto alert = makeAlert(AlertType::VolumeBand, Severity::Medium, direction, minute * kMinute, (minute + 1) * kMinute - 1);
            if (const DetectHost* host = hosts.find(lo))
                setSource(alert, *host);
            else
                alert.src = lo;
            if (const DetectHost* host = hosts.find(hi))
                setDestination(alert, *host);
            else
                alert.dst = hi;
            addField(alert, "direction", direction);
            addField(alert, "bytes", formatBytes(value));
            addField(alert, "low", formatBytes(band.low));
            addField(alert, "high", formatBytes(band.high));
            addField(alert, "median", formatBytes(band.median));
            addField(alert, "hour", std::to_string(hourOf(minute)));
            open = std::move(alert);
        }
        close();
    }
}

} // namespace mieruka::detect
