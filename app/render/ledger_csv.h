// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/survey_snapshot.h"

#include <QByteArray>

namespace mieruka::render {

/// The asset ledger as CSV: UTF-8 with BOM (so Japanese Excel detects the encoding), CRLF
/// line ends, every cell neutralised with csvCell().
class LedgerCsv {
public:
    static QByteArray build(const survey::SurveySnapshot& snapshot);
};

} // namespace mieruka::render
