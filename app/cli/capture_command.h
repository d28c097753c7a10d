// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli capture --interface IF [--filter BPF] [--duration S] --survey FILE`: captures
/// live through the helper into the survey until the duration, a size limit or Ctrl+C.
int runCapture(const QStringList& arguments);

} // namespace mieruka::cli
