// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_text.h"

#include <QDateTime>
#include <QLocale>

namespace mieruka::render {

namespace {

bool isUnsafe(char32_t c)
{
    // Bidi overrides and isolates would let a hostname reorder the text around it.
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F)
        return true;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString ReportText::plain(std::string_view text, int maxChars)
{
    // Decoding at most a little more than the cap keeps a 64 KB name cheap.
    const std::size_t budget = static_cast<std::size_t>(maxChars) * 4 + 8;
    const bool longer = text.size() > budget;
    QString decoded = QString::fromUtf8(text.data(), static_cast<qsizetype>(longer ? budget : text.size()));
    if (longer)
        decoded += QChar(0x2026); // the cut below keeps the ellipsis
    return plain(decoded, maxChars);
}

QString ReportText::plain(const QString& text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars + 1));
    int chars = 0;
    bool cut = false;
    for (const char32_t c : text.toUcs4()) {
        if (chars >= maxChars) {
            cut = true;
            break;
        }
        if (c == U'\t' || c == U'\n' || c == U'\r')
            out += QLatin1Char(' ');
        else if (isUnsafe(c))
            out += QChar(0xFFFD);
        else
            out += QString::fromUcs4(&c, 1);
        ++chars;
    }
    if (cut) {
        out.chop(1);
        out += QChar(0x2026);
    }
    return out;
}

QString ReportText::number(std::uint64_t value)
{
    // A fixed locale: the report must not depend on the machine's settings (1,234,567 reads in both languages).
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(static_cast<qulonglong>(value));
}

QString ReportText::bytes(std::uint64_t value)
{
    static const char* const units[] = {"B", "kB", "MB", "GB", "TB"};
    double v = static_cast<double>(value);
    int unit = 0;
    while (v >= 1000.0 && unit < 4) {
        v /= 1000.0;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1 B").arg(value)
                     : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString ReportText::percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1);
}

QString ReportText::time(std::int64_t ns)
{
    if (ns <= 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportText::minute(std::int64_t minute)
{
    return time(minute * 60'000'000'000LL);
}

QString ReportText::duration(std::int64_t ns)
{
    const std::int64_t minutes = std::max<std::int64_t>(0, ns / 60'000'000'000LL);
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace mieruka::render
