// SPDX-License-Identifier: GPL-3.0-or-later
#include "silent_device_detector.h"

#include "minute_coverage.h"
#include "plant_host.h"
#include "robust_stats.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace mieruka::detect {

namespace {

using MinutesByAddress = std::unordered_map<std::string, std::vector<std::int64_t>>;

MinutesByAddress sendingMinutes(const std::vector<analysis::SeriesRecord>& series)
{
    MinutesByAddress minutes;
    for (const auto& row : series)
        if (row.txPackets > 0)
            minutes[row.key].push_back(row.minute);
    return minutes;
}

std::vector<std::int64_t> minutesOf(const DetectHost& host, const MinutesByAddress& byAddress)
{
    std::vector<std::int64_t> minutes;
    auto take = [&](const std::string& address) {
        if (const auto it = byAddress.find(address); it != byAddress.end())
            minutes.insert(minutes.end(), it->second.begin(), it->second.end());
    };
    take(host.mac);
    for (const auto& ip : host.ips)
        take(ip);
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    return minutes;
}

// Enough sending minutes to call a gap "usual": fewer, and any silence could be normal.
constexpr std::size_t kMinLearnedMinutes = 6;

} // namespace

void SilentDeviceDetector::run(const DetectionContext& context, AlertList& alerts)
{
    constexpr std::int64_t kMinute = MinuteCoverage::kMinuteNs;
    const MinuteCoverage baselineCoverage(context.baseline.spans);
    const MinuteCoverage currentCoverage(context.current.spans);
    if (currentCoverage.minutes().empty())
        return;
    const std::int64_t lastWholeMinute = currentCoverage.minutes().back();
    const MinutesByAddress baselineMinutes = sendingMinutes(context.baseline.hostSeries);
    const MinutesByAddress currentMinutes =
        &context.baseline == &context.current ? baselineMinutes : sendingMinutes(context.current.hostSeries);

    for (const auto& host : context.current.hosts) {
        if (!isPlantHost(host))
            continue;
        std::vector<std::int64_t> learned;
        for (const std::int64_t minute : minutesOf(host, baselineMinutes))
            if (context.window.learned((minute + 1) * kMinute) && baselineCoverage.whole(minute))
                learned.push_back(minute);
        if (learned.size() < kMinLearnedMinutes)
            continue;
        std::vector<double> gaps;
        for (std::size_t i = 1; i < learned.size(); ++i)
            gaps.push_back(static_cast<double>(baselineCoverage.wholeBetween(learned[i - 1], learned[i]) + 1));
        const double usual = quantile(gaps, 0.9);
        const auto threshold = std::max<std::int64_t>(context.options.silentMinMinutes,
                                                      static_cast<std::int64_t>(std::ceil(context.options.silentIntervalFactor * usual)));

        const std::vector<std::int64_t> sent = minutesOf(host, currentMinutes);
        auto report = [&](std::int64_t quietFromNs, std::int64_t untilNs, std::int64_t silentMinutes, bool returned) {
            if (!context.window.judged(quietFromNs))
                return;
            auto alert = makeAlert(AlertType::DeviceSilent, Severity::High, "silent", quietFromNs, untilNs);
            setSource(alert, host);
            addField(alert, "usual_interval_s", std::to_string(static_cast<std::int64_t>(usual * 60)));
            addField(alert, "silent_for_s", std::to_string(silentMinutes * 60));
            addField(alert, "returned", returned ? "true" : "false");
            addField(alert, "role", host.role);
            alerts.push_back(std::move(alert));
        };
        for (std::size_t i = 1; i < sent.size(); ++i) {
            const std::int64_t silent = currentCoverage.wholeBetween(sent[i - 1], sent[i]);
            if (silent > threshold)
                report((sent[i - 1] + 1) * kMinute, sent[i] * kMinute, silent, true);
        }
        if (sent.empty())
            continue;
        const std::int64_t trailing = currentCoverage.wholeBetween(sent.back(), lastWholeMinute + 1);
        if (trailing > threshold) {
            // Its last frame is known exactly: that is when it went quiet.
            const std::int64_t quietFrom = std::clamp(host.lastSeenNs, sent.back() * kMinute, (sent.back() + 1) * kMinute);
            report(quietFrom, (lastWholeMinute + 1) * kMinute, trailing, false);
        }
    }
}

} // namespace mieruka::detect
