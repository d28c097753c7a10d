// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mieruka::gui {

/// What the app does without a display: import into the survey, then write the ledger CSV,
/// the JSON export and an HTML summary into `outputDir`, and say where. Returns the exit code.
int runHeadless(const QString& surveyPath, const QStringList& captures, const QString& outputDir);

/// True when no window system is reachable (no X11/Wayland display on Linux and no explicit QPA platform).
bool noDisplayAvailable();

} // namespace mieruka::gui
