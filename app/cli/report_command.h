// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mieruka::cli {

/// `mieruka-cli report SURVEY -o FILE.pdf [--lang ja|en] [--diff OTHER] [--redact]`: the PDF
/// assessment report of a survey.
int runReport(const QStringList& arguments);

} // namespace mieruka::cli
