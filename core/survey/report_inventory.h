// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_model.h"

#include <string>

namespace mieruka::survey {

/// How the report names a host: its first IP address, else its MAC.
std::string reportHostAddress(const LedgerHost& host);
/// "192.168.1.0/24" for an IPv4 address; empty for anything else.
std::string ipv4Subnet24(const std::string& address);
/// Controllers, HMIs, engineering stations, SCADA servers, historians, and anything that
/// speaks an industrial protocol.
bool isOtHost(const LedgerHost& host);
/// Fills hostCount, otHostCount, byRole/byVendor/byOs, eolHosts, controllers and subnets.
void fillInventory(ReportModel& model, const SurveySnapshot& snapshot);

} // namespace mieruka::survey
