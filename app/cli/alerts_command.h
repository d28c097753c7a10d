// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli alerts SURVEY`: one tab-separated line per alert on standard output, oldest
/// first: id, type, severity, first time (ISO 8601 UTC), "src → dst", protocol, rule, count.
/// Returns the process exit code: 0 clean, 1 the survey cannot be read, 2 usage error.
int runAlerts(const QStringList& arguments);

} // namespace mieruka::cli
