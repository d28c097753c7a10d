// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/detect/detection_context.h"

namespace mieruka::detect {

/// Runs every enabled network hygiene detector (internet exposure, clear-text protocols,
/// SMBv1, OPC UA without security, duplicate IP, ARP spoofing, rogue DHCP, scans). They judge
/// the whole current survey, not only what follows the learning period: a weakness present
/// from the first minute is still a finding.
void runHygieneDetectors(const DetectionContext& context, AlertList& alerts);

} // namespace mieruka::detect
