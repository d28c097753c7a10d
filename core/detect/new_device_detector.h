// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"

namespace mieruka::detect {

/// A plant device (MAC, or private IP behind a router) none of whose addresses was seen
/// during the learning period: a laptop plugged into a cell, a replaced PLC, a rogue box.
class NewDeviceDetector {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
