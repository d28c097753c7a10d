// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_model.h"

#include <string_view>

namespace mieruka::survey {

/// Link-local discovery and name/address resolution, sent to everyone by design; their frames
/// are what a loop or a storm multiplies. The list: arp, rarp, lldp, cdp, stp, llc, ssdp, mdns,
/// llmnr, netbios-ns, netbios-dgm, browser, dhcp, dhcpv6, igmp, wake-on-lan, profinet-dcp.
bool isDiscoveryProtocol(std::string_view label);

/// Per-minute totals of the whole survey from its protocol series, oldest first.
std::vector<TrafficPoint> trafficSeries(const std::vector<analysis::SeriesRecord>& protocolSeries);
/// The `count` busiest minutes by bytes (earlier first on a tie), busiest first.
std::vector<TrafficPoint> peakMinutes(const std::vector<TrafficPoint>& traffic, std::size_t count = 5);

/// Fills the four top-10 rankings from the conversations; broadcast and multicast addresses
/// are left out of the host rankings (their pairs still count).
void fillRankings(ReportModel& model, const SurveySnapshot& snapshot);

} // namespace mieruka::survey
