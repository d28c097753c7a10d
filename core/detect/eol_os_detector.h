// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detection_context.h"

namespace mieruka::detect {

/// A device whose operating system release was past its end of life during the survey
/// (judged by OsInference from the evidence; resources/os/eol.tsv).
class EolOsDetector {
public:
    static void run(const DetectionContext& context, AlertList& alerts);
};

} // namespace mieruka::detect
