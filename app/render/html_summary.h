// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QByteArray>
#include <QString>

namespace mieruka::render {

/// A self-contained HTML page summarising a survey (captures, key numbers, asset ledger).
/// Every packet-derived string is HTML-escaped; the page loads nothing from outside.
class HtmlSummary {
public:
    static QByteArray build(const survey::SurveySnapshot& snapshot, const QString& title);
};

} // namespace mieruka::render
