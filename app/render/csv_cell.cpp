// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_cell.h"

namespace mieruka::render {

QString csvCell(const QString& value)
{
    QString cell;
    cell.reserve(value.size() + 3);
    for (QChar c : value) {
        const char16_t code = c.unicode();
        const bool keep = code >= 0x20 || code == u'\t' || code == u'\r' || code == u'\n';
        cell.append(keep ? c : QChar(0xfffd));
    }
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && kFormulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                             || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                             || cell.contains(QLatin1Char('\''));
    if (needsQuotes) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace mieruka::render
