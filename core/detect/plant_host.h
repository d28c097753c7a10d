// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_input.h"

#include <string_view>

namespace mieruka::detect {

/// A device of the plant: has its own MAC (not a router's) or a private address behind a
/// router. Internet peers are not plant devices; they are judged by internet_exposure.
bool isPlantHost(const DetectHost& host);
/// A unicast address of a private network (RFC 1918, ULA, link-local); false for MACs and public IPs.
bool isPrivateAddress(std::string_view address);
/// A public internet address (routable unicast).
bool isPublicAddress(std::string_view address);
/// A broadcast or multicast IP or MAC, or the unspecified address.
bool isGroupAddress(std::string_view address);

} // namespace mieruka::detect
