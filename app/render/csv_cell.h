// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mieruka::render {

/// One spreadsheet-safe CSV cell. Text that a spreadsheet would run as a formula (starting
/// with = + - @, tab or CR) gets a leading apostrophe; quotes, commas and line breaks are
/// quoted per RFC 4180; other control characters are replaced so a cell stays one cell.
QString csvCell(const QString& value);

} // namespace mieruka::render
