// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli analyze [CAPTURE...] [--survey FILE] [--json FILE|-] [--assets-csv FILE] [--html FILE]`.
/// Returns the process exit code: 0 clean, 1 a problem was reported (outputs are still written
/// for what was imported), 2 usage error.
int runAnalyze(const QStringList& arguments);

} // namespace mieruka::cli
