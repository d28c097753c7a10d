// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/report_model.h"

#include <QCoreApplication>
#include <QString>

namespace mieruka::render {

/// The words of each kind of finding: a title, what was observed (with the finding's numbers
/// filled in), why it matters and what to do. Unknown ids get generic words naming the id.
class ReportFindingTexts {
    Q_DECLARE_TR_FUNCTIONS(mieruka::render::ReportFindingTexts)
public:
    struct Texts {
        QString title, observed, why, recommendation;
    };

    static Texts forFinding(const survey::Finding& finding);
    static QString severityName(const std::string& severity);
    static QString ratingName(const std::string& rating);
    /// Contribution factors of the risk score: finding ids, "eol_share", "flat_network".
    static QString factorName(const std::string& factor);
};

} // namespace mieruka::render
