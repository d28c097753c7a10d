// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/report_model.h"

#include <QCoreApplication>

namespace mieruka::render {

class ReportPagePainter;

/// The long sections of the report: findings (security, then availability), OT commands,
/// the period comparison and the appendix (asset ledger and communication matrix).
class ReportDetailSections {
    Q_DECLARE_TR_FUNCTIONS(mieruka::render::ReportDetailSections)
public:
    /// The communication matrix stops here; the note under it says how many pairs were left out.
    static constexpr std::size_t kMaxPairs = 1500;

    static void drawFindings(ReportPagePainter& page, const survey::ReportModel& model);
    static void drawOtCommands(ReportPagePainter& page, const survey::ReportModel& model);
    static void drawDiff(ReportPagePainter& page, const survey::SurveyDiff& diff);
    static void drawAppendix(ReportPagePainter& page, const survey::ReportModel& model);

private:
    static void drawFinding(ReportPagePainter& page, const survey::Finding& finding);
};

} // namespace mieruka::render
