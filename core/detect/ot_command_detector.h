// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"
#include "ot_command_rules.h"

namespace mieruka::detect {

/// Industrial operations that change a system (stop, download, firmware, writes…), judged by
/// the OT command rule table: one incident per requester → target → operation, pointing at the
/// first frame that carried it.
class OtCommandDetector {
public:
    /// `judgeNewAsAlways`: the learning period is too short to call anything routine.
    static void run(const DetectionContext& context, const OtCommandRules& rules, bool judgeNewAsAlways,
                    AlertList& alerts);
};

} // namespace mieruka::detect
