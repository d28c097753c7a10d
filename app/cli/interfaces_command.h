// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli interfaces [--json]`: the network interfaces the capture helper can use.
int runInterfaces(const QStringList& arguments);

} // namespace mieruka::cli
