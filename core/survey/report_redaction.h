// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey_snapshot.h"

namespace mieruka::survey {

/// A copy of the snapshot that can be shared outside the plant. Every address and name is
/// replaced by a pseudonym, the same one wherever it appears (hosts, conversations, endpoints,
/// operations, alerts and their fields, evidence):
/// - each IPv4 /24 becomes 10.x.y.0/24 in order of first appearance, keeping the last octet;
/// - each IPv6 address becomes 2001:db8::<n> (RFC 3849 documentation prefix);
/// - each MAC keeps its OUI (the vendor) and gets a counter as its NIC part;
/// - each hostname becomes host-0001, host-0002, …;
/// - serial numbers are removed, capture paths are cut to their file names.
/// Broadcast, multicast and unspecified addresses say nothing about the plant and stay.
/// Deterministic: the same snapshot always gives the same pseudonyms.
SurveySnapshot redactSnapshot(const SurveySnapshot& snapshot);

} // namespace mieruka::survey
