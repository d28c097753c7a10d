// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mieruka::live {

/// Where the capture helper is: $MIERUKA_CAPTURE_HELPER, next to this program, the installed
/// libexec folder, or the build tree. Empty when none exists. The helper is never looked up in
/// PATH: a program with capture rights is only run from where Mieruka put it.
QString captureHelperPath();

/// One line for the user when the helper cannot be found, naming where it was looked for.
QString missingHelperMessage();

} // namespace mieruka::live
