// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mieruka::cli {

/// Writes `data` to `path` atomically ("-" is standard output). On failure returns false and
/// sets `error` to one line naming the file and the problem (disk full, permission denied…).
bool writeOutputFile(const QString& path, const QByteArray& data, QString& error);

} // namespace mieruka::cli
