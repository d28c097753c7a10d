// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ingest/importer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace mieruka::cli {

/// The command-line switches of the detectors, shared by the commands that import or re-judge
/// a survey.
class DetectionArguments {
public:
    DetectionArguments();

    void addTo(QCommandLineParser& parser) const;
    /// Fills the import options; false with `error` set on a bad value or unreadable file.
    bool apply(const QCommandLineParser& parser, ingest::ImportOptions& options, QString& error) const;
    /// Whether any switch asks for survey-wide detection to be run again.
    bool changesSurveyDetection(const QCommandLineParser& parser) const;
    bool detectionOff(const QCommandLineParser& parser) const { return parser.isSet(m_noDetect); }

private:
    QCommandLineOption m_rules, m_otRules, m_baseline, m_learningUntil, m_learningFraction, m_disable, m_noDetect;
};

} // namespace mieruka::cli
