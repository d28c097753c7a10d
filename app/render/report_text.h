// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace mieruka::render {

/// Turns survey strings (which come from packets and may be hostile) into text that is safe to
/// draw as plain text, and formats the report's numbers. Pure functions, any thread.
class ReportText {
public:
    static constexpr int kCellChars = 200;

    /// Control characters and bidi overrides/isolates become U+FFFD; longer text is cut to
    /// `maxChars` characters and ends with an ellipsis. Invalid UTF-8 already arrives as U+FFFD.
    static QString plain(std::string_view text, int maxChars = kCellChars);
    static QString plain(const QString& text, int maxChars = kCellChars);

    static QString number(std::uint64_t value);
    static QString bytes(std::uint64_t value);      ///< "1.2 MB"
    static QString percent(double share);           ///< 0…1 → "42.0 %"
    static QString time(std::int64_t ns);           ///< UTC "2026-11-26 20:57"
    static QString minute(std::int64_t minute);     ///< Unix minute → UTC "2026-11-26 20:57"
    static QString duration(std::int64_t ns);       ///< "3 h 12 min"
};

} // namespace mieruka::render
