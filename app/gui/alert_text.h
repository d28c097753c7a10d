// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysis_records.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace mieruka::gui {

/// The words and colours for the stable ids core gives alerts ("ot_command", "critical"):
/// core only has ids, so every page that shows an alert takes its words from here.
class AlertText {
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    static constexpr int kSeverityLevels = 5; ///< info, low, medium, high, critical

    /// 0 (info) … 4 (critical); an unknown id counts as info.
    static int severityRank(std::string_view severity);
    static QString severityText(int rank);
    static QString severityText(std::string_view severity) { return severityText(severityRank(severity)); }
    /// The marker colour of a severity (grey, blue, amber, orange, red).
    static QColor severityColor(int rank);
    static QString typeText(std::string_view type);

    /// The one-line "what": the operation of an OT command, the message of a signature, else the rule.
    static QString what(const analysis::AlertRecord& alert);
    /// A field's value by key; empty when the alert has none.
    static std::string field(const analysis::AlertRecord& alert, std::string_view key);
};

} // namespace mieruka::gui
