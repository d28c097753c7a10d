// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/survey_limits.h"

#include <QCoreApplication>
#include <QString>

namespace mieruka::render {

/// The words for a survey that hit its size limits, shared by the window, the CLI and the report,
/// so a consultant reads the same explanation everywhere.
class TruncationText {
    Q_DECLARE_TR_FUNCTIONS(mieruka::render::TruncationText)
public:
    /// A few words for a status bar; empty when nothing was refused or closed early.
    static QString badge(const store::TruncationInfo& info);
    /// Full sentences: which limit, how much was not listed, and what that means for the reader.
    static QString explanation(const store::TruncationInfo& info);
};

} // namespace mieruka::render
