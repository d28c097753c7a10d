// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"

namespace mieruka::detect {

/// Per host pair and hour of day, the band of normal bytes per minute learned from the
/// learning period (median ± a multiple of the MAD, at least a factor either way and a floor
/// in bytes), and an alert for each stretch of minutes above or below it. Only pairs that
/// were active in nearly every learned minute are judged: cyclic OT polling has a volume to
/// speak of, office chatter does not. A poll that stops is reported as "below".
class VolumeBandDetector {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
