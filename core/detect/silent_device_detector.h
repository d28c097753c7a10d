// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"

namespace mieruka::detect {

/// A device that sent regularly during the learning period and then stops for several times
/// its usual interval: a crashed PLC, a removed HMI, a cut cable. Judged per minute from the
/// host series; the usual interval is the 90th percentile of its learned gaps, so a chatty
/// but irregular PC needs a much longer silence than a PLC polled every second.
class SilentDeviceDetector {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
