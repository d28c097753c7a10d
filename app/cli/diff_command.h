// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli diff A [B] [--period NAME]… [--json FILE|-] [--csv FILE]`: what changed from
/// survey (or period) A to B. With one survey, two --period name its two periods; with two
/// surveys, one --period applies to both and two apply one each.
int runDiff(const QStringList& arguments);

} // namespace mieruka::cli
